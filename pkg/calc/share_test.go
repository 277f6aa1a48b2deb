package calc

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestPostAmountsAddUpToBase(t *testing.T) {
	m := monthCSV{
		roster: []string{
			rosterHeader,
			"1001,周海燕,值班长,在岗",
			"1002,陈立新,培训师,在岗",
			"2001,李晓梅,受理岗,在岗",
			"2002,张丽华,受理岗,在岗",
			"2003,刘芳,受理岗,在岗",
			"3001,孙志强,派遣岗,在岗",
			"5001,郑雨涵,专岗,在岗",
		},
		workload: []string{
			datedHeader,
			"2018-03-01,2001,受理,97",
			"2018-03-01,2002,受理,89",
			"2018-03-01,2003,受理,83",
			"2018-03-01,3001,派遣,7",
			"2018-03-01,5001,派遣,13",
			"2018-03-01,5001,受理,11",
			"2018-03-01,5001,回访,1",
		},
	}
	res := m.withLog("2018-03-05,1002,培训师-1,,,,", "2018-03-05,2002,纪律-13,,,0.37,").
		compute(t)

	checkDecimal(t, "pool", res.Pool, "3500")
	unit := dec("0.01")
	for _, pr := range res.Posts {
		sum := decimal.Zero
		for _, p := range res.People {
			l := p.line(pr.Post.Name)
			if l == nil {
				continue
			}
			sum = sum.Add(l.Amount)
			if !l.Amount.Mod(unit).IsZero() {
				t.Errorf("%s %s amount %s is not whole fen", p.ID, pr.Post.Name, l.Amount)
			}
			if gap := l.Amount.Sub(l.Exact).Abs(); !gap.LessThan(unit) {
				t.Errorf("%s %s amount %s is %s from exact %s", p.ID, pr.Post.Name,
					l.Amount, gap, l.Exact)
			}
		}
		checkDecimal(t, pr.Post.Name+" lines sum", sum, pr.Base.String())
		checkDecimal(t, pr.Post.Name+" paid", pr.Paid, pr.Base.String())
		checkDecimal(t, pr.Post.Name+" unpaid", pr.Unpaid, "0")
	}
}

func TestRoundingTieByIDNumeric(t *testing.T) {
	m := monthCSV{
		roster: []string{
			rosterHeader,
			"10,钱十,受理岗,在岗",
			"9,钱九,受理岗,在岗",
			"8,钱八,受理岗,在岗",
			"1001,周海燕,值班长,在岗",
		},
		workload: []string{
			datedHeader,
			"2018-03-01,10,受理,100",
			"2018-03-01,9,受理,100",
			"2018-03-01,8,受理,100",
		},
	}
	res := m.withLog().compute(t)

	// 4 people give a 受理 base of 1370.00; a third is 456.666…, so two of
	// the three equal lines get the extra fen, by 工号 as numbers.
	checkDecimal(t, "受理 base", postResult(t, res, "受理").Base, "1370")
	want := map[string]string{"8": "456.67", "9": "456.67", "10": "456.66"}
	for id, amount := range want {
		checkDecimal(t, id+" amount", lineOf(t, person(t, res, id), "受理").Amount, amount)
	}
}

func TestCompareIDs(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want int
	}{
		{"shorter number first", "9", "10", -1},
		{"leading zeros ignored", "009", "10", -1},
		{"equal numbers", "0010", "10", 0},
		{"text as text", "A10", "A9", -1},
		{"digits before letters", "10", "A1", -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := CompareIDs(c.a, c.b)
			if sign(got) != c.want {
				t.Errorf("CompareIDs(%q, %q) = %d, want sign %d", c.a, c.b, got, c.want)
			}
		})
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

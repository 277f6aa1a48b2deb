package calc

import (
	"path/filepath"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/shopspring/decimal"
)

var march = month.Month{Year: 2018, Month: 3}

func haimen(t *testing.T) *rules.Rules {
	t.Helper()
	all, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r, err := rules.InForce(all, march)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func computeDir(t *testing.T, dir string) *Result {
	t.Helper()
	r := haimen(t)
	paths := input.Paths{
		Roster:   filepath.Join(dir, "花名册.csv"),
		Workload: filepath.Join(dir, "工作量.csv"),
		Log:      filepath.Join(dir, "扣分登记.csv"),
	}
	in, err := input.Read(paths, r, march, input.Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	res, err := Compute(in, r)
	if err != nil {
		t.Fatalf("Compute: %v", err)
	}
	return res
}

func person(t *testing.T, res *Result, id string) *Person {
	t.Helper()
	for _, p := range res.People {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("person %s not in result", id)
	return nil
}

func TestDemoMonthToTheCent(t *testing.T) {
	res := computeDir(t, "../../testdata/demo/2018-03")

	if res.Headcount != 10 || !res.Pool.Equal(decimal.NewFromInt(5000)) {
		t.Errorf("headcount %d pool %s, want 10 and 5000", res.Headcount, res.Pool)
	}
	bases := map[string]string{"管理": "550", "受理": "3425", "派遣": "575", "回访": "450"}
	for _, pr := range res.Posts {
		if !pr.Base.Equal(decimal.RequireFromString(bases[pr.Post.Name])) {
			t.Errorf("base of %s = %s, want %s", pr.Post.Name, pr.Base, bases[pr.Post.Name])
		}
		if !pr.Paid.Equal(pr.Base) {
			t.Errorf("paid in %s = %s, want the base %s", pr.Post.Name, pr.Paid, pr.Base)
		}
	}

	adjusted := map[string]map[string]string{
		"1001": {"管理": "470"}, "1002": {"管理": "520"}, "1003": {"管理": "450"},
		"2001": {"受理": "1160"}, "2002": {"受理": "1050"}, "2003": {"受理": "870"},
		"2004": {"受理": "0"}, "3001": {"派遣": "1900"}, "4001": {"回访": "1440"},
		"5001": {"受理": "270", "派遣": "50", "回访": "200"},
	}
	bonus := map[string]string{
		"1001": "179.51", "1002": "198.61", "1003": "171.88", "2001": "1185.97",
		"2002": "1073.51", "2003": "889.48", "2004": "0", "3001": "560.26",
		"4001": "395.12", "5001": "345.66",
	}
	total := decimal.Zero
	for id, posts := range adjusted {
		p := person(t, res, id)
		if len(p.Lines) != len(posts) {
			t.Errorf("%s has %d lines, want %d", id, len(p.Lines), len(posts))
		}
		for _, l := range p.Lines {
			if want := posts[l.Post.Name]; !l.Adjusted.Equal(decimal.RequireFromString(want)) {
				t.Errorf("%s %s adjusted = %s, want %s", id, l.Post.Name, l.Adjusted, want)
			}
		}
		if !p.Bonus.Equal(decimal.RequireFromString(bonus[id])) {
			t.Errorf("%s bonus = %s, want %s", id, p.Bonus, bonus[id])
		}
		total = total.Add(p.Bonus)
	}
	if !total.Equal(decimal.NewFromInt(5000)) {
		t.Errorf("total = %s, want 5000", total)
	}

	lines := person(t, res, "5001").Lines
	for i, want := range []string{"276.04", "14.74", "54.88"} {
		if !lines[i].Amount.Equal(decimal.RequireFromString(want)) {
			t.Errorf("5001 line %s = %s, want %s", lines[i].Post.Name, lines[i].Amount, want)
		}
	}
}

func TestDemoMonthWarnings(t *testing.T) {
	res := computeDir(t, "../../testdata/demo/2018-03")
	count := map[diag.Kind]int{}
	for _, w := range res.Warnings {
		count[w.Kind]++
	}
	want := map[diag.Kind]int{
		diag.KindBonusCap: 2, // 1002 and 2002
		diag.KindRate:     1, // 1001 at 2.5 %
	}
	for kind, n := range want {
		if count[kind] != n {
			t.Errorf("%d warnings of kind %s, want %d", count[kind], kind, n)
		}
	}
	if p := person(t, res, "2003"); p.Latenesses != 3 {
		t.Errorf("2003 latenesses = %d, want 3", p.Latenesses)
	}
	if p := person(t, res, "2004"); len(p.Grounds) != 1 {
		t.Errorf("2004 has %d grounds, want the 退回-5 row", len(p.Grounds))
	}
}

package history

import (
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/workspace"
	"github.com/shopspring/decimal"
)

// facts are one person's figures in one month.
type facts struct {
	late    int
	absent  string
	points  string
	forfeit bool
	name    string
}

func haimen(t *testing.T) *rules.Rules {
	t.Helper()
	all, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r, err := rules.InForce(all, month.Month{Year: 2018, Month: 3})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func mustMonth(t *testing.T, s string) month.Month {
	t.Helper()
	m, err := month.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// fakeHistory returns a history whose months hold person 2001's facts as
// given; months not given are missing, and months before 2018-03 are
// before the rules.
func fakeHistory(t *testing.T, months map[string]facts) *History {
	t.Helper()
	r := haimen(t)
	return New(func(m month.Month) (*calc.Result, error) {
		if m.Before(r.EffectiveFrom) {
			_, err := rules.InForce([]*rules.Rules{r}, m)
			return nil, err
		}
		f, ok := months[m.String()]
		if !ok {
			return nil, &diag.Problem{Message: "缺少", Err: workspace.ErrMonthMissing}
		}
		p := &calc.Person{
			ID: "2001", Name: "李晓梅", Latenesses: f.late,
			AbsenceDays:  decimal.RequireFromString(or(f.absent, "0")),
			DeductPoints: decimal.RequireFromString(or(f.points, "0")),
		}
		if f.name != "" {
			p.Name = f.name
		}
		if f.forfeit {
			p.Forfeited = &calc.Application{}
		}
		return &calc.Result{Month: m, Rules: r, People: []*calc.Person{p}}, nil
	})
}

func or(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

// kinds returns the details of the warnings of kind whose source or
// detail contains text.
func details(ws []diag.Warning, kind diag.Kind, text string) []string {
	var out []string
	for _, w := range ws {
		if w.Kind == kind && strings.Contains(w.Source+w.Detail, text) {
			out = append(out, w.Detail)
		}
	}
	return out
}

func TestGroundsAtTheirBoundaries(t *testing.T) {
	cases := []struct {
		name   string
		months map[string]facts
		at     string
		kind   diag.Kind
		text   string
		want   int
	}{
		{"3 latenesses in the month", map[string]facts{"2018-04": {late: 3}},
			"2018-04", diag.KindReturn, "本月迟到、早退 3 次", 1},
		{"2 latenesses in the month are near", map[string]facts{"2018-04": {late: 2}},
			"2018-04", diag.KindNear, "本月迟到、早退已 2 次", 1},
		{"1 lateness is not near", map[string]facts{"2018-04": {late: 1}},
			"2018-04", diag.KindNear, "迟到", 0},
		{"5 latenesses in the quarter", map[string]facts{
			"2018-04": {late: 2}, "2018-05": {late: 1}, "2018-06": {late: 2}},
			"2018-06", diag.KindReturn, "本季度迟到、早退共 5 次", 1},
		{"4 latenesses in the quarter are near", map[string]facts{
			"2018-04": {late: 2}, "2018-05": {late: 2}},
			"2018-05", diag.KindNear, "本季度迟到、早退已 4 次", 1},
		{"5 latenesses over two quarters", map[string]facts{
			"2018-05": {late: 2}, "2018-06": {late: 1}, "2018-07": {late: 2}},
			"2018-07", diag.KindReturn, "本季度", 0},
		{"3 days absent in 12 months", map[string]facts{
			"2018-04": {absent: "1"}, "2018-09": {absent: "1.5"}, "2019-03": {absent: "0.5"}},
			"2019-03", diag.KindReturn, "旷工共 3 天", 1},
		{"absence older than 12 months drops out", map[string]facts{
			"2018-03": {absent: "1"}, "2018-09": {absent: "1.5"}, "2019-03": {absent: "0.5"}},
			"2019-03", diag.KindReturn, "旷工", 0},
		{"2.5 days absent are near", map[string]facts{"2018-05": {absent: "2.5"}},
			"2018-05", diag.KindNear, "旷工已 2.5 天", 1},
		{"1.5 days absent are not near", map[string]facts{"2018-05": {absent: "1.5"}},
			"2018-05", diag.KindNear, "旷工", 0},
		{"3 months in a row over 10", map[string]facts{
			"2018-04": {points: "10.5"}, "2018-05": {points: "11"}, "2018-06": {points: "20"}},
			"2018-06", diag.KindReturn, "连续 3 个月扣分超过 10 分", 1},
		{"exactly 10 points is not over 10", map[string]facts{
			"2018-04": {points: "10"}, "2018-05": {points: "11"}, "2018-06": {points: "20"}},
			"2018-06", diag.KindReturn, "连续", 0},
		{"two months in a row are near", map[string]facts{
			"2018-04": {points: "10"}, "2018-05": {points: "11"}, "2018-06": {points: "20"}},
			"2018-06", diag.KindNear, "已连续 2 个月", 1},
		{"a streak broken this month is not near", map[string]facts{
			"2018-04": {points: "11"}, "2018-05": {points: "11"}, "2018-06": {points: "3"}},
			"2018-06", diag.KindNear, "连续", 0},
		{"6 of 12 months over 10", map[string]facts{
			"2018-03": {points: "11"}, "2018-05": {points: "11"}, "2018-07": {points: "11"},
			"2018-09": {points: "11"}, "2018-11": {points: "11"}, "2019-01": {points: "11"},
			"2019-02": {points: "0"}},
			"2019-02", diag.KindReturn, "有 6 个月扣分超过", 1},
		{"5 of 12 months are near", map[string]facts{
			"2018-03": {points: "11"}, "2018-05": {points: "11"}, "2018-07": {points: "11"},
			"2018-09": {points: "11"}, "2018-11": {points: "11"}, "2019-01": {points: "0"}},
			"2019-01", diag.KindNear, "已有 5 个月", 1},
		{"a forfeited month is listed as such", map[string]facts{
			"2018-04": {points: "11"}, "2018-05": {points: "11", forfeit: true},
			"2018-06": {points: "12"}},
			"2018-06", diag.KindReturn, "2018-05 11 分（扣除当月工作量）", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := fakeHistory(t, c.months)
			ws, err := h.Evaluate(mustMonth(t, c.at))
			if err != nil {
				t.Fatalf("Evaluate: %v", err)
			}
			if got := details(ws, c.kind, c.text); len(got) != c.want {
				t.Errorf("%d %s warnings with %q, want %d; all: %+v", len(got), c.kind, c.text, c.want, ws)
			}
		})
	}
}

func TestCoverageNamesMissingMonths(t *testing.T) {
	h := fakeHistory(t, map[string]facts{"2018-03": {}, "2018-05": {}})
	ws, err := h.Evaluate(mustMonth(t, "2018-05"))
	if err != nil {
		t.Fatal(err)
	}
	got := details(ws, KindCoverage, "扣分超过")
	if len(got) != 1 {
		t.Fatalf("%d coverage warnings about points, want 1: %+v", len(got), ws)
	}
	want := "2017-06 至 2018-02（早于规则生效）、2018-04（缺少月份文件夹）"
	if !strings.Contains(got[0], want) {
		t.Errorf("coverage detail %q, want it to contain %q", got[0], want)
	}
}

func TestChangedNameWarns(t *testing.T) {
	h := fakeHistory(t, map[string]facts{"2018-03": {name: "李小梅"}, "2018-04": {}})
	ws, err := h.Evaluate(mustMonth(t, "2018-04"))
	if err != nil {
		t.Fatal(err)
	}
	got := details(ws, diag.KindData, "在 2018-03 的花名册中名为“李小梅”，本月为“李晓梅”")
	if len(got) != 1 {
		t.Errorf("%d name warnings, want 1: %+v", len(got), ws)
	}
}

func TestEvaluateMissingMonth(t *testing.T) {
	h := fakeHistory(t, map[string]facts{})
	if _, err := h.Evaluate(mustMonth(t, "2018-04")); err == nil {
		t.Error("Evaluate of a missing month returned no error")
	}
}

func TestMonthComputedOnce(t *testing.T) {
	calls := 0
	r := haimen(t)
	h := New(func(m month.Month) (*calc.Result, error) {
		calls++
		return &calc.Result{Month: m, Rules: r}, nil
	})
	m := mustMonth(t, "2018-06")
	h.Evaluate(m)
	h.Evaluate(m.Add(1))
	if calls != 13 {
		t.Errorf("%d months computed for two evaluations a month apart, want 13", calls)
	}
}

package rules

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/month"
)

func builtinHaimen(t *testing.T) *Rules {
	t.Helper()
	all, err := Builtin()
	if err != nil {
		t.Fatalf("Builtin: %v", err)
	}
	r, err := InForce(all, month.Month{Year: 2018, Month: 3})
	if err != nil {
		t.Fatalf("InForce: %v", err)
	}
	return r
}

func TestBuiltinHaimen(t *testing.T) {
	r := builtinHaimen(t)
	if r.Source != "haimen-2018.yaml" {
		t.Errorf("Source = %q, want haimen-2018.yaml", r.Source)
	}
	if len(r.SHA256) != 64 {
		t.Errorf("SHA256 = %q, want 64 hex digits", r.SHA256)
	}
	want := map[string]string{"管理": "1.1", "受理": "6.85", "派遣": "1.15", "回访": "0.9"}
	for name, coef := range want {
		p, ok := r.Post(name)
		if !ok {
			t.Fatalf("post %s missing", name)
		}
		if p.Coefficient.String() != coef {
			t.Errorf("post %s coefficient = %s, want %s", name, p.Coefficient, coef)
		}
	}
}

func TestItemCodeForms(t *testing.T) {
	r := builtinHaimen(t)
	cases := map[string]string{
		"纪律-1":    "纪律-1",
		"纪律1":     "纪律-1",
		"纪律 1":    "纪律-1",
		"纪律－１":    "纪律-1",
		" 受理-10 ": "受理-10",
		"考勤-迟到":   "考勤-迟到",
		"考勤迟到":    "考勤-迟到",
		"退回－５":    "退回-5",
		"加分５":     "加分-5",
	}
	for in, want := range cases {
		it, ok := r.Item(in)
		if !ok {
			t.Errorf("Item(%q) not found, want %s", in, want)
			continue
		}
		if it.Code != want {
			t.Errorf("Item(%q) = %s, want %s", in, it.Code, want)
		}
	}
	for _, bad := range []string{"纪律-14", "纪律", "受理-0", "X-1"} {
		if _, ok := r.Item(bad); ok {
			t.Errorf("Item(%q) found, want not found", bad)
		}
	}
}

func TestInForceBeforeFirstFile(t *testing.T) {
	all, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	_, err = InForce(all, month.Month{Year: 2018, Month: 2})
	if err == nil || !strings.Contains(err.Error(), "2018-03") {
		t.Errorf("InForce(2018-02) error = %v, want one naming 2018-03", err)
	}
}

const minimal = `title: 测试
effective_from: 2019-01
pool: {per_head: 500}
posts:
  - {name: 管理, coefficient: 1, points_to_workload: 10, start_workload: 500}
roles:
  - {name: 值班长, post: 管理}
attendance:
  hours_per_point: 4
  hours_per_day: 8
  minor_from_minutes: 5
  minor_to_minutes: 30
  minor_leave_hours: 0.5
  major_absence_days: 0.5
bonus: {monthly_cap: 5}
workload: {minimum: 0}
rounding: {unit: 0.01}
return_grounds:
  lateness_min_minutes: 5
  lateness_per_month: 3
  lateness_per_quarter: 5
  absence_days: 3
  absence_near_days: 2
  absence_window_months: 12
  points_over: 10
  points_consecutive_months: 3
  points_months_in_window: 6
  points_window_months: 12
tables:
  - prefix: 纪律
    effect: deduct
    charge: own
    items:
      - {no: "2", kind: fixed, points: 2}
`

func TestParseMinimal(t *testing.T) {
	r, err := Parse("min.yaml", []byte(minimal))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if r.EffectiveFrom.String() != "2019-01" {
		t.Errorf("EffectiveFrom = %s, want 2019-01", r.EffectiveFrom)
	}
}

func TestParseStrictness(t *testing.T) {
	cases := []struct {
		name    string
		from    string
		to      string
		wantKey string
		wantMsg string
	}{
		{"unknown key", "bonus: {monthly_cap: 5}", "bonus: {monthly_cap: 5, cap: 1}", "cap", "未知的键"},
		{"word for a number", "monthly_cap: 5}", "monthly_cap: five}", "monthly_cap", "不是数字"},
		{"missing value", "workload: {minimum: 0}", "workload: {}", "workload.minimum", "缺少"},
		{"zero coefficient", "coefficient: 1,", "coefficient: 0,", "posts[0].coefficient", "正数"},
		{"negative rate", "points_to_workload: 10", "points_to_workload: -1", "posts[0].points_to_workload", "正数"},
		{"duplicate code", `{no: "2", kind: fixed, points: 2}`,
			"{no: \"2\", kind: fixed, points: 2}\n      - {no: \"2\", kind: fixed, points: 1}",
			"tables[0].items[1].no", "重复"},
		{"unknown kind", "kind: fixed", "kind: bogus", "tables[0].items[0].kind", "未知"},
		{"unit not dividing the pool per head", "unit: 0.01", "unit: 0.03", "rounding.unit", "整数倍"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Replace(minimal, c.from, c.to, 1)
			_, err := Parse("bad.yaml", []byte(text))
			ps := diag.AsProblems(err)
			if len(ps) != 1 {
				t.Fatalf("got %d problems (%v), want 1", len(ps), err)
			}
			p := ps[0]
			if p.Where.File != "bad.yaml" || p.Where.Line == 0 {
				t.Errorf("location = %+v, want file bad.yaml and a line", p.Where)
			}
			if c.wantKey != "" && p.Where.Key != c.wantKey {
				t.Errorf("key = %q, want %q", p.Where.Key, c.wantKey)
			}
			if !strings.Contains(p.Message, c.wantMsg) {
				t.Errorf("message = %q, want it to contain %q", p.Message, c.wantMsg)
			}
		})
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	text := strings.Replace(minimal, "bonus: {monthly_cap: 5}", "bonus: {monthly_cap: 5, cap: 1}", 1)
	text = strings.Replace(text, "coefficient: 1,", "coefficient: 0,", 1)
	_, err := Parse("bad.yaml", []byte(text))

	ps := diag.AsProblems(err)
	if len(ps) != 2 {
		t.Fatalf("got %d problems (%v), want the unknown key and the zero coefficient", len(ps), err)
	}
	keys := []string{ps[0].Where.Key, ps[1].Where.Key}
	if keys[0] != "posts[0].coefficient" || keys[1] != "cap" {
		t.Errorf("problems at keys %q, want posts[0].coefficient and cap in line order", keys)
	}
}

func TestLoadAllRejectsSameMonth(t *testing.T) {
	other := strings.Replace(minimal, "title: 测试", "title: 另一份", 1)
	fsys := fstest.MapFS{
		"a.yaml": {Data: []byte(minimal)},
		"b.yml":  {Data: []byte(other)},
	}
	_, err := LoadAll(fsys)
	ps := diag.AsProblems(err)
	if len(ps) != 1 {
		t.Fatalf("got %d problems (%v), want 1", len(ps), err)
	}
	if ps[0].Where.File != "b.yml" || !strings.Contains(ps[0].Message, "与 a.yaml 都自 2019-01 起适用") {
		t.Errorf("problem = %v, want b.yml named beside a.yaml", ps[0])
	}
}

func TestLoadAllEmptyFolder(t *testing.T) {
	_, err := LoadAll(fstest.MapFS{"notes.txt": {Data: []byte("x")}})
	if err == nil || !strings.Contains(err.Error(), "没有 .yaml 规则文件") {
		t.Errorf("LoadAll of a folder without rules: %v", err)
	}
}

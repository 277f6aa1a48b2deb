package rules

import (
	"strconv"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/shopspring/decimal"
	"go.yaml.in/yaml/v3"
)

// validator collects every problem of one rule file.
type validator struct {
	name     string
	root     *yaml.Node
	problems diag.Problems
}

func (v *validator) addf(path []string, format string, args ...any) {
	// A missing key has no line of its own, so point at its nearest parent.
	line := 0
	for n := len(path); line == 0 && n > 0; n-- {
		line = locate(v.root, path[:n]...)
	}
	where := diag.Location{File: v.name, Line: line, Key: keyPath(path)}
	v.problems.Add(where, format, args...)
}

// present reports whether path is in the file, and reports a missing value
// otherwise.
func (v *validator) present(path ...string) bool {
	if locate(v.root, path...) > 0 {
		return true
	}
	v.addf(path, "缺少 %s 的值", keyPath(path))
	return false
}

// positive checks that the value at path is given and greater than zero.
func (v *validator) positive(d decimal.Decimal, path ...string) {
	if v.present(path...) && !d.IsPositive() {
		v.addf(path, "%s 必须是正数，现在是 %s", keyPath(path), d)
	}
}

// nonNegative checks that the value at path is given and not below zero.
func (v *validator) nonNegative(d decimal.Decimal, path ...string) {
	if v.present(path...) && d.IsNegative() {
		v.addf(path, "%s 不能是负数，现在是 %s", keyPath(path), d)
	}
}

// divides checks that the pool per head is a whole number of rounding
// units, because otherwise the rounded post bases could not add up to the
// pool and money would be lost.
func (v *validator) divides(unit, perHead decimal.Decimal) {
	if !unit.IsPositive() || !perHead.IsPositive() {
		return
	}
	if _, rem := perHead.QuoRem(unit, 0); !rem.IsZero() {
		v.addf([]string{"rounding", "unit"},
			"每人考核额 %s 不是取整单位 %s 的整数倍，岗位基数加起来会不等于考核总额", perHead, unit)
	}
}

func (v *validator) build(f *file) *Rules {
	r := &Rules{
		Title: f.Title, Issuer: f.Issuer,
		Pool: f.Pool, Posts: f.Posts, Roles: f.Roles, Attendance: f.Attendance,
		Bonus: f.Bonus, Workload: f.Workload, Rounding: f.Rounding,
		ReturnGrounds: f.ReturnGrounds,
	}
	if v.present("title") && f.Title == "" {
		v.addf([]string{"title"}, "title 不能为空")
	}
	if v.present("effective_from") {
		m, err := parseMonth(f.EffectiveFrom)
		if err != nil {
			v.addf([]string{"effective_from"}, "%v", err)
		}
		r.EffectiveFrom = m
	}

	v.positive(f.Pool.PerHead, "pool", "per_head")
	v.divides(f.Rounding.Unit, f.Pool.PerHead)
	v.checkPosts(f.Posts)
	v.checkRoles(r, f.Roles)
	v.checkScalars(f)
	v.checkTables(r, f.Tables)
	return r
}

func (v *validator) checkPosts(posts []Post) {
	if !v.present("posts") {
		return
	}
	if len(posts) == 0 {
		v.addf([]string{"posts"}, "posts 至少要有一个岗位")
		return
	}
	seen := map[string]bool{}
	for i, p := range posts {
		at := func(key string) []string { return []string{"posts", strconv.Itoa(i), key} }
		if p.Name == "" || seen[p.Name] {
			v.addf(at("name"), "岗位名 %q 为空或重复", p.Name)
		}
		seen[p.Name] = true
		v.positive(p.Coefficient, at("coefficient")...)
		v.positive(p.PointsToWorkload, at("points_to_workload")...)
		if !p.FromExport {
			v.positive(p.StartWorkload, at("start_workload")...)
		}
	}
}

func (v *validator) checkRoles(r *Rules, roles []Role) {
	r.roles = map[string]*Role{}
	if !v.present("roles") {
		return
	}
	for i := range roles {
		role := &r.Roles[i]
		at := []string{"roles", strconv.Itoa(i)}
		for _, name := range append([]string{role.Name}, role.Aliases...) {
			if name == "" || r.roles[name] != nil {
				v.addf(append(at, "name"), "岗位称呼 %q 为空或重复", name)
			}
			r.roles[name] = role
		}
		if role.Combined {
			continue
		}
		if _, ok := r.Post(role.Post); !ok {
			v.addf(append(at, "post"), "岗位称呼 %s 对应的岗位 %q 不在 posts 中", role.Name, role.Post)
		}
	}
}

func (v *validator) checkScalars(f *file) {
	a := f.Attendance
	v.positive(a.HoursPerPoint, "attendance", "hours_per_point")
	v.positive(a.HoursPerDay, "attendance", "hours_per_day")
	v.nonNegative(a.MinorFromMinutes, "attendance", "minor_from_minutes")
	v.positive(a.MinorToMinutes, "attendance", "minor_to_minutes")
	v.nonNegative(a.MinorLeaveHours, "attendance", "minor_leave_hours")
	v.nonNegative(a.MajorAbsenceDays, "attendance", "major_absence_days")
	v.nonNegative(f.Bonus.MonthlyCap, "bonus", "monthly_cap")
	v.nonNegative(f.Workload.Minimum, "workload", "minimum")
	v.positive(f.Rounding.Unit, "rounding", "unit")
	v.checkGrounds(f.ReturnGrounds)
}

func (v *validator) checkGrounds(g ReturnGrounds) {
	v.nonNegative(g.LatenessMinMinutes, "return_grounds", "lateness_min_minutes")
	v.positive(g.AbsenceDays, "return_grounds", "absence_days")
	v.positive(g.AbsenceNearDays, "return_grounds", "absence_near_days")
	v.nonNegative(g.PointsOver, "return_grounds", "points_over")
	counts := map[string]int{
		"lateness_per_month":        g.LatenessPerMonth,
		"lateness_per_quarter":      g.LatenessPerQuarter,
		"absence_window_months":     g.AbsenceWindowMonths,
		"points_consecutive_months": g.PointsConsecutiveMonths,
		"points_months_in_window":   g.PointsMonthsInWindow,
		"points_window_months":      g.PointsWindowMonths,
	}
	for key, n := range counts {
		if v.present("return_grounds", key) && n < 1 {
			v.addf([]string{"return_grounds", key}, "%s 必须是正整数，现在是 %d", key, n)
		}
	}
	if g.AbsenceNearDays.GreaterThan(g.AbsenceDays) {
		v.addf([]string{"return_grounds", "absence_near_days"},
			"absence_near_days 不能大于 absence_days")
	}
	if g.PointsMonthsInWindow > g.PointsWindowMonths || g.PointsConsecutiveMonths > g.PointsWindowMonths {
		v.addf([]string{"return_grounds", "points_window_months"},
			"points_window_months 不能小于 points_months_in_window 和 points_consecutive_months")
	}
}

func (v *validator) checkTables(r *Rules, tables []*Table) {
	r.items = map[string]*Item{}
	if !v.present("tables") {
		return
	}
	prefixes := map[string]bool{}
	for i, t := range tables {
		at := func(keys ...string) []string {
			return append([]string{"tables", strconv.Itoa(i)}, keys...)
		}
		if t.Prefix == "" || prefixes[t.Prefix] {
			v.addf(at("prefix"), "表前缀 %q 为空或重复", t.Prefix)
		}
		prefixes[t.Prefix] = true
		if t.Effect != Deduct && t.Effect != Add && t.Effect != None {
			v.addf(at("effect"), "effect 只能是 deduct、bonus 或 none，现在是 %q", t.Effect)
		}
		if _, ok := r.Post(t.Charge); !ok && t.Charge != ChargeOwn {
			v.addf(at("charge"), "charge 应为 own 或 posts 中的岗位名，现在是 %q", t.Charge)
		}
		for j, it := range t.Items {
			v.checkItem(r, t, it, at("items", strconv.Itoa(j)))
		}
		r.Tables = append(r.Tables, t)
	}
}

func (v *validator) checkItem(r *Rules, t *Table, it *Item, at []string) {
	it.Table = t
	it.Code = t.Prefix + "-" + it.No
	switch first := r.items[it.Code]; {
	case it.No == "":
		v.addf(append(at, "no"), "%s 表有一个项目没有编号（no）", t.Prefix)
	case first != nil:
		v.addf(append(at, "no"), "项目编号 %s 重复，第 %d 行已有同一编号", it.Code, first.line)
	default:
		r.items[it.Code] = it
	}
	it.line = locate(v.root, at...)

	switch it.Kind {
	case Fixed:
		v.positive(it.Points, append(at, "points")...)
	case Rate:
		v.positive(it.Threshold, append(at, "threshold")...)
		v.positive(it.Points, append(at, "points")...)
		v.nonNegative(it.Step, append(at, "step")...)
	case Leave, Lateness, Absence, ForfeitMonth, ForfeitDay, Discretionary, Ground:
	default:
		v.addf(append(at, "kind"), "项目 %s 的类型 %q 未知", it.Code, it.Kind)
	}
}

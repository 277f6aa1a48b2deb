package history

import (
	"fmt"
	"strings"

	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/shopspring/decimal"
)

// KindCoverage is the warning kind for months a ground could not look at.
const KindCoverage diag.Kind = "历史不完整"

// evaluation holds the state of evaluating one month.
type evaluation struct {
	h        *History
	m        month.Month
	g        rules.ReturnGrounds
	warnings []diag.Warning
}

// Evaluate returns month m's warnings about the grounds for returning a
// person to the labour agency. They are the grounds met (退回条件), grounds
// one occurrence or one month away (接近), months a ground could not look
// at, and names that differ from the month before. The thresholds are those
// of the rules in force for m. It is an error when m itself is not covered.
func (h *History) Evaluate(m month.Month) ([]diag.Warning, error) {
	e := h.Month(m)
	if e.Status != Covered {
		if e.Err != nil {
			return nil, e.Err
		}
		return nil, fmt.Errorf("%s %s，无法判断退回条件", m, e.Status)
	}

	ev := &evaluation{h: h, m: m, g: e.Result.Rules.ReturnGrounds}
	ev.coverage()
	for _, p := range e.Result.People {
		ev.names(p)
		ev.lateness(p)
		ev.absence(p)
		ev.points(p)
		ev.groundRows(p)
	}
	return ev.warnings, nil
}

func (ev *evaluation) add(kind diag.Kind, p *calc.Person, source, format string, args ...any) {
	ev.warnings = append(ev.warnings, diag.Warning{
		Kind: kind, ID: p.ID, Name: p.Name, Source: source,
		Detail: fmt.Sprintf(format, args...),
	})
}

// quarter returns the months of m's calendar quarter up to m.
func (ev *evaluation) quarter() []*Entry {
	return ev.h.Range(ev.m.Quarter(), ev.m)
}

func (ev *evaluation) lateness(p *calc.Person) {
	g := ev.g
	source := fmt.Sprintf("迟到、早退（%s 分钟以上）月累计 %d 次或一个季度 %d 次",
		g.LatenessMinMinutes, g.LatenessPerMonth, g.LatenessPerQuarter)

	n := p.Latenesses
	switch {
	case n >= g.LatenessPerMonth:
		ev.add(diag.KindReturn, p, source, "本月迟到、早退 %d 次，达到每月 %d 次", n, g.LatenessPerMonth)
	case n > 0 && n == g.LatenessPerMonth-1:
		ev.add(diag.KindNear, p, source, "本月迟到、早退已 %d 次，再 1 次即达到每月 %d 次",
			n, g.LatenessPerMonth)
	}

	total, parts := 0, []string{}
	for _, e := range ev.quarter() {
		if q := e.Person(p.ID); q != nil && q.Latenesses > 0 {
			total += q.Latenesses
			parts = append(parts, fmt.Sprintf("%s %d 次", e.Month, q.Latenesses))
		}
	}
	figures := strings.Join(parts, "、")
	switch {
	case total >= g.LatenessPerQuarter:
		ev.add(diag.KindReturn, p, source, "本季度迟到、早退共 %d 次（%s），达到 %d 次",
			total, figures, g.LatenessPerQuarter)
	case total > 0 && total == g.LatenessPerQuarter-1:
		ev.add(diag.KindNear, p, source, "本季度迟到、早退已 %d 次（%s），再 1 次即达到 %d 次",
			total, figures, g.LatenessPerQuarter)
	}
}

func (ev *evaluation) absence(p *calc.Person) {
	g := ev.g
	source := fmt.Sprintf("%d 个月内旷工累计 %s 天", g.AbsenceWindowMonths, g.AbsenceDays)

	total, parts := decimal.Zero, []string{}
	for _, e := range ev.h.Window(ev.m, g.AbsenceWindowMonths) {
		if q := e.Person(p.ID); q != nil && q.AbsenceDays.IsPositive() {
			total = total.Add(q.AbsenceDays)
			parts = append(parts, fmt.Sprintf("%s %s 天", e.Month, q.AbsenceDays))
		}
	}
	figures := strings.Join(parts, "、")
	switch {
	case !total.LessThan(g.AbsenceDays):
		ev.add(diag.KindReturn, p, source, "近 %d 个月旷工共 %s 天（%s），达到 %s 天",
			g.AbsenceWindowMonths, total, figures, g.AbsenceDays)
	case !total.LessThan(g.AbsenceNearDays):
		ev.add(diag.KindNear, p, source, "近 %d 个月旷工已 %s 天（%s），达到 %s 天即构成退回条件",
			g.AbsenceWindowMonths, total, figures, g.AbsenceDays)
	}
}

// points checks deduction points over the limit in consecutive months and
// in months of the window.
func (ev *evaluation) points(p *calc.Person) {
	g := ev.g
	source := fmt.Sprintf("连续 %d 个月或 %d 个月内累计 %d 个月扣分超过 %s 分",
		g.PointsConsecutiveMonths, g.PointsWindowMonths, g.PointsMonthsInWindow, g.PointsOver)
	window := ev.h.Window(ev.m, g.PointsWindowMonths)

	streak := 0
	for i := len(window) - 1; i >= 0 && ev.over(window[i], p.ID); i-- {
		streak++
	}
	recent := describePoints(window[len(window)-streak:], p.ID)
	switch {
	case streak >= g.PointsConsecutiveMonths:
		ev.add(diag.KindReturn, p, source, "连续 %d 个月扣分超过 %s 分（%s）",
			streak, g.PointsOver, recent)
	case streak > 0 && streak == g.PointsConsecutiveMonths-1:
		ev.add(diag.KindNear, p, source, "已连续 %d 个月扣分超过 %s 分（%s），下月再超过即达到连续 %d 个月",
			streak, g.PointsOver, recent, g.PointsConsecutiveMonths)
	}

	var overs []*Entry
	for _, e := range window {
		if ev.over(e, p.ID) {
			overs = append(overs, e)
		}
	}
	n, all := len(overs), describePoints(overs, p.ID)
	switch {
	case n >= g.PointsMonthsInWindow:
		ev.add(diag.KindReturn, p, source, "近 %d 个月中有 %d 个月扣分超过 %s 分（%s）",
			g.PointsWindowMonths, n, g.PointsOver, all)
	case n > 0 && n == g.PointsMonthsInWindow-1:
		ev.add(diag.KindNear, p, source, "近 %d 个月中已有 %d 个月扣分超过 %s 分（%s），再有 1 个月即达到 %d 个月",
			g.PointsWindowMonths, n, g.PointsOver, all, g.PointsMonthsInWindow)
	}
}

// over reports whether the person's deduction points in e are strictly
// over the limit.
func (ev *evaluation) over(e *Entry, id string) bool {
	q := e.Person(id)
	return q != nil && q.DeductPoints.GreaterThan(ev.g.PointsOver)
}

// describePoints lists each month's deduction points, marking forfeited
// months, such as "2018-01 12 分、2018-02 11 分（扣除当月工作量）".
func describePoints(entries []*Entry, id string) string {
	var parts []string
	for _, e := range entries {
		q := e.Person(id)
		s := fmt.Sprintf("%s %s 分", e.Month, q.DeductPoints)
		if q.Forfeited != nil {
			s += "（扣除当月工作量）"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "、")
}

// groundRows reports the month's log rows that record a ground.
func (ev *evaluation) groundRows(p *calc.Person) {
	for _, a := range p.Grounds {
		ev.warnings = append(ev.warnings, diag.Warning{
			Kind: diag.KindReturn, ID: p.ID, Name: p.Name, Where: a.Entry.Where,
			Detail: a.Entry.Item.Code + "：" + a.Entry.Item.Text,
		})
	}
}

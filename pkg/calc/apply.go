package calc

import (
	"fmt"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/shopspring/decimal"
)

// apply applies one log row to its person.
func (c *computation) apply(e *input.LogEntry) {
	p := c.people[e.ID]
	if p == nil {
		hint := "请核对工号或在花名册中补上此人"
		if similar := c.similarID(e.ID); similar != "" {
			hint = "花名册中有 " + similar + "，请统一工号的写法（前导零）"
		}
		c.problems.Add(cellOf(e, "工号"), "工号 %s 不在花名册中，%s", e.ID, hint)
		return
	}
	if e.Name != "" && e.Name != p.Name {
		c.warn(diag.KindData, p, cellOf(e, "姓名"), "登记的姓名“%s”与花名册的“%s”不同，按工号计",
			e.Name, p.Name)
	}

	a := &Application{Entry: e, Person: p, Effect: e.Item.Table.Effect}
	line, redirect := c.chargeLine(p, e)
	if line != nil {
		a.Post = line.Post
	}

	switch e.Item.Kind {
	case rules.Fixed:
		c.fixed(a)
	case rules.Discretionary:
		a.Points = e.Points.Mul(e.Count)
		a.Reason = fmt.Sprintf("视情：%s 次 × %s 分 = %s 分", e.Count, e.Points, a.Points)
	case rules.Rate:
		c.rate(a)
	case rules.Leave, rules.Lateness, rules.Absence:
		c.attendanceRow(a, line)
	case rules.ForfeitMonth:
		if p.Forfeited == nil {
			p.Forfeited = a
		}
		a.Reason = "扣除当月工作量：本人各岗位工作量均计为 0"
	case rules.ForfeitDay:
		c.forfeitDay(a, line)
	case rules.Ground:
		p.Grounds = append(p.Grounds, a)
		a.Reason = "退回劳务派遣公司的情形：" + e.Item.Text
	}

	if redirect != "" {
		a.Reason += "；" + redirect
	}
	c.book(a, line)
	c.res.Applications = append(c.res.Applications, a)
}

// book adds an application's points to its line and person, applying the
// monthly bonus cap in log order.
func (c *computation) book(a *Application, line *Line) {
	if line == nil || a.Points.IsZero() {
		return
	}
	p := a.Person
	rate := line.Post.PointsToWorkload

	switch a.Effect {
	case rules.Deduct:
		line.DeductPoints = line.DeductPoints.Add(a.Points)
		p.DeductPoints = p.DeductPoints.Add(a.Points)
		a.Workload = a.Points.Mul(rate).Neg()
	case rules.Add:
		room := decimal.Max(c.rules.Bonus.MonthlyCap.Sub(p.BonusPoints), decimal.Zero)
		a.Counted = decimal.Min(a.Points, room)
		p.BonusClaimed = p.BonusClaimed.Add(a.Points)
		p.BonusPoints = p.BonusPoints.Add(a.Counted)
		line.BonusPoints = line.BonusPoints.Add(a.Counted)
		a.Workload = a.Counted.Mul(rate)
		if cut := a.Points.Sub(a.Counted); cut.IsPositive() {
			a.Reason += fmt.Sprintf("；当月加分上限 %s 分，本行只计 %s 分，超出 %s 分不计",
				c.rules.Bonus.MonthlyCap, a.Counted, cut)
			c.warn(diag.KindBonusCap, p, a.Entry.Where,
				"%s 加分 %s 分，当月加分已达上限 %s 分，%s 分不计",
				a.Entry.Item.Code, a.Points, c.rules.Bonus.MonthlyCap, cut)
		}
	}
}

func (c *computation) fixed(a *Application) {
	e := a.Entry
	a.Points = e.Item.Points.Mul(e.Count)
	a.Reason = fmt.Sprintf("%s 次 × %s 分 = %s 分", e.Count, e.Item.Points, a.Points)
	if e.HasPoints && !e.Points.Equal(e.Item.Points) {
		c.warn(diag.KindData, a.Person, cellOf(e, "分值"), "登记的分值 %s 与规则的 %s 分不同，按规则计", e.Points, e.Item.Points)
	}
}

// rate scores a percentage: the item's points at its threshold, plus step
// points per full percentage point above it, and nothing below it.
func (c *computation) rate(a *Application) {
	e, it := a.Entry, a.Entry.Item
	q := e.Quantity
	if !e.Count.Equal(decimal.NewFromInt(1)) {
		c.problems.Add(cellOf(e, "次数"), "%s 是一个月的比率，每月登记一次，次数应为 1 或留空", it.Code)
		return
	}
	key := a.Person.ID + "\x00" + it.Code
	if prev, seen := c.rates[key]; seen {
		c.warnEntry(a.Person, e, "%s 本月已在第 %d 行登记过，比率每月一般只登记一次，两行都已计分", it.Code, prev)
	}
	c.rates[key] = e.Where.Row
	if q.LessThan(it.Threshold) {
		a.Reason = fmt.Sprintf("%s%% 未达 %s%%，不扣分", q, it.Threshold)
		c.warn(diag.KindRate, a.Person, cellOf(e, "数量"), "%s 登记的比率 %s%% 未达 %s%%，不扣分",
			it.Code, q, it.Threshold)
		return
	}
	above := q.Sub(it.Threshold).Floor()
	per := it.Points.Add(above.Mul(it.Step))
	a.Points = per
	a.Reason = fmt.Sprintf("%s%%：达 %s%% 扣 %s 分，超出 %s 个整百分点各加 %s 分，共 %s 分",
		q, it.Threshold, it.Points, above, it.Step, per)
}

// forfeitDay takes off the export's workload of the charged post on the
// row's date, once per person, post and day. When the export has no dates,
// 数量 gives the workload to take off.
func (c *computation) forfeitDay(a *Application, line *Line) {
	e := a.Entry
	if line == nil {
		return
	}
	var amount decimal.Decimal
	switch {
	case c.in.Workload.Dated:
		key := dayKey{a.Person.ID, line.Post.Name, e.Date.Format("2006-01-02")}
		if c.forfeits[key] {
			a.Reason = "当日工作量已扣除过，本行不再扣"
			c.warn(diag.KindData, a.Person, cellOf(e, "日期"), "%s 当日工作量已扣除过，不重复扣除",
				key.date)
			return
		}
		c.forfeits[key] = true
		amount = c.daily[key]
		a.Reason = fmt.Sprintf("扣除 %s %s岗当日工作量 %s", key.date, line.Post.Name, amount)
		if amount.IsZero() {
			c.warn(diag.KindData, a.Person, cellOf(e, "日期"),
				"%s：工作量导出中 %s 这一天没有此人%s岗的工作量，扣除 0。请核对日期",
				e.Item.Code, key.date, line.Post.Name)
		}
	case e.HasQuantity:
		amount = e.Quantity.Mul(e.Count)
		a.Reason = fmt.Sprintf("导出无日期，按数量扣除当日工作量 %s", amount)
	default:
		c.problems.Add(cellOf(e, "数量"),
			"%s 扣除当日工作量，但工作量导出没有日期列，请在数量中填写当日工作量", e.Item.Code)
		return
	}
	line.DayForfeit = line.DayForfeit.Add(amount)
	a.Workload = amount.Neg()
}

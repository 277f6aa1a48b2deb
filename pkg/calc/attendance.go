package calc

import (
	"fmt"

	"github.com/kaohe/kaohe/pkg/rules"
)

// attendanceRow adds a leave, lateness or absence row to the person's
// attendance hours. The points come from the month's total, in
// addAttendance.
func (c *computation) attendanceRow(a *Application, line *Line) {
	e, at, p := a.Entry, c.rules.Attendance, a.Person
	if _, seen := c.attendance[p]; !seen {
		c.attendance[p] = line
	}

	switch e.Item.Kind {
	case rules.Leave:
		a.Hours = e.Quantity.Mul(e.Count)
		p.LeaveHours = p.LeaveHours.Add(a.Hours)
		a.Reason = fmt.Sprintf("请假 %s 小时", a.Hours)
	case rules.Absence:
		days := e.Quantity.Mul(e.Count)
		p.AbsenceDays = p.AbsenceDays.Add(days)
		a.Hours = days.Mul(at.HoursPerDay)
		a.Reason = fmt.Sprintf("旷工 %s 天，按每天 %s 小时计 %s 小时", days, at.HoursPerDay, a.Hours)
	case rules.Lateness:
		c.lateness(a)
	}
}

// lateness scores one lateness or early leave row of 次数 occurrences of
// 数量 minutes each.
func (c *computation) lateness(a *Application) {
	e, at, p := a.Entry, c.rules.Attendance, a.Person
	minutes := e.Quantity

	if !minutes.LessThan(c.rules.ReturnGrounds.LatenessMinMinutes) {
		p.Latenesses += int(e.Count.IntPart())
	}
	switch {
	case minutes.LessThan(at.MinorFromMinutes):
		a.Reason = fmt.Sprintf("%s 分钟，不足 %s 分钟，不计", minutes, at.MinorFromMinutes)
	case !minutes.GreaterThan(at.MinorToMinutes):
		a.Hours = at.MinorLeaveHours.Mul(e.Count)
		a.Reason = fmt.Sprintf("%s 分钟，按请假 %s 小时计，%s 次共 %s 小时",
			minutes, at.MinorLeaveHours, e.Count, a.Hours)
		p.LeaveHours = p.LeaveHours.Add(a.Hours)
	default:
		days := at.MajorAbsenceDays.Mul(e.Count)
		a.Hours = days.Mul(at.HoursPerDay)
		p.AbsenceDays = p.AbsenceDays.Add(days)
		a.Reason = fmt.Sprintf("%s 分钟，超过 %s 分钟按旷工 %s 天计，%s 次共 %s 小时",
			minutes, at.MinorToMinutes, at.MajorAbsenceDays, e.Count, a.Hours)
	}
}

// addAttendance converts each person's attendance hours of the month into
// points: one per full HoursPerPoint hours, charged to the line of their
// first attendance row.
func (c *computation) addAttendance() {
	at := c.rules.Attendance
	for _, p := range c.res.People {
		line, ok := c.attendance[p]
		if !ok {
			continue
		}
		hours := p.LeaveHours.Add(p.AbsenceDays.Mul(at.HoursPerDay))
		points := hours.Div(at.HoursPerPoint).Floor()
		a := &Application{Person: p, Effect: rules.Deduct, Points: points, Hours: hours}
		if line != nil {
			a.Post = line.Post
		}
		a.Reason = fmt.Sprintf("本月请假、迟到早退和旷工共 %s 小时，每满 %s 小时扣 1 分，共 %s 分",
			hours, at.HoursPerPoint, points)
		p.AttendancePoints = points
		c.book(a, line)
		c.res.Applications = append(c.res.Applications, a)
	}
}

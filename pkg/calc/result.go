package calc

import (
	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/shopspring/decimal"
)

// Result is a computed month: the pool and its split over posts, every
// person's lines and bonus, every log row applied and every warning.
type Result struct {
	Month     month.Month
	Rules     *rules.Rules
	Headcount int
	Pool      decimal.Decimal
	Posts     []*PostResult
	// People are in roster order.
	People []*Person
	// Applications are in log order, followed by each person's attendance
	// total in roster order.
	Applications []*Application
	Warnings     []diag.Warning
}

// PostResult is one post's share of the pool. Base is the post's share of
// the pool rounded by largest remainder, and Exact the unrounded share.
// Total is the sum of its lines' adjusted workloads; Paid is what its lines
// got, which equals Base unless Total is zero, and Unpaid the rest.
type PostResult struct {
	Post   *rules.Post
	Base   decimal.Decimal
	Exact  decimal.Decimal
	Lines  int
	Total  decimal.Decimal
	Paid   decimal.Decimal
	Unpaid decimal.Decimal
}

// Person is one roster person's month. DeductPoints counts the points of
// deduction items and attendance, before conversion; BonusPoints the bonus
// points counted after the cap, BonusClaimed before it.
type Person struct {
	ID      string
	Name    string
	Role    *rules.Role
	Counted bool
	Where   diag.Location
	Lines   []*Line

	DeductPoints     decimal.Decimal
	AttendancePoints decimal.Decimal
	BonusPoints      decimal.Decimal
	BonusClaimed     decimal.Decimal
	LeaveHours       decimal.Decimal
	AbsenceDays      decimal.Decimal
	// Latenesses counts latenesses and early leaves at or above the rules'
	// minimum minutes for grounds of return.
	Latenesses int
	// Forfeited is the application that forfeited the month, or nil.
	Forfeited *Application
	Grounds   []*Application

	Bonus decimal.Decimal
}

// Line is a person's workload and share in one post. Adjusted is Start
// minus deductions, plus counted bonus points, minus forfeited days, never
// below the rules' minimum; zero for a forfeited month.
type Line struct {
	Post  *rules.Post
	Start decimal.Decimal
	// DeductPoints and BonusPoints are the points charged to this line.
	DeductPoints decimal.Decimal
	BonusPoints  decimal.Decimal
	// DayForfeit is the workload taken off by forfeited days.
	DayForfeit decimal.Decimal
	// Unclamped is the adjusted workload before the minimum and any
	// forfeited month.
	Unclamped decimal.Decimal
	Adjusted  decimal.Decimal
	Clamped   bool
	// Exact is the unrounded share, Floor the share rounded down to the
	// unit, and Extra whether largest remainder added one unit.
	Exact  decimal.Decimal
	Floor  decimal.Decimal
	Extra  bool
	Amount decimal.Decimal
}

// Application is one log row applied to a person, or a person's attendance
// total (Entry nil). Points are deduction or bonus points by Effect;
// Counted is the part of bonus points within the cap; Workload the effect
// on the charged line's workload (negative for deductions). Hours is the
// leave or absence the row adds to the attendance total.
type Application struct {
	Entry    *input.LogEntry
	Person   *Person
	Post     *rules.Post
	Effect   rules.Effect
	Points   decimal.Decimal
	Counted  decimal.Decimal
	Hours    decimal.Decimal
	Workload decimal.Decimal
	// Reason explains the figures in Chinese, e.g. "2 次 × 1 分".
	Reason string
}

// Code returns the applied item's code, or 考勤合计 for an attendance total.
func (a *Application) Code() string {
	if a.Entry == nil {
		return "考勤合计"
	}
	return a.Entry.Item.Code
}

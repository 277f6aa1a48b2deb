package rules

import (
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/shopspring/decimal"
)

// Rules is one validated rule file.
type Rules struct {
	// Source is the file name the rules were loaded from.
	Source string
	// SHA256 is the hex digest of the file's bytes, and Size their count.
	SHA256 string
	Size   int64

	Title         string
	Issuer        string
	EffectiveFrom month.Month

	Pool          Pool
	Posts         []Post
	Roles         []Role
	Attendance    Attendance
	Bonus         Bonus
	Workload      Workload
	Rounding      Rounding
	ReturnGrounds ReturnGrounds
	Tables        []*Table

	items map[string]*Item
	roles map[string]*Role
}

// Pool sets the month's bonus pool: PerHead yuan for each counted person.
type Pool struct {
	PerHead           decimal.Decimal `yaml:"per_head"`
	UncountedStatuses []string        `yaml:"uncounted_statuses"`
}

// Post is a group of people who share one base of the pool. Start is the
// fixed starting workload of each person of the post when FromExport is
// false; otherwise the workload comes from the call-centre export.
type Post struct {
	Name             string          `yaml:"name"`
	Label            string          `yaml:"label"`
	Coefficient      decimal.Decimal `yaml:"coefficient"`
	PointsToWorkload decimal.Decimal `yaml:"points_to_workload"`
	StartWorkload    decimal.Decimal `yaml:"start_workload"`
	FromExport       bool            `yaml:"from_export"`
}

// Role is a value of the roster's 岗位 column. A role maps to one Post, or
// is Combined (专岗): a line in every export post where the person has
// workload.
type Role struct {
	Name     string   `yaml:"name"`
	Aliases  []string `yaml:"aliases"`
	Post     string   `yaml:"post"`
	Combined bool     `yaml:"combined"`
}

// Attendance converts leave, lateness and absence into points.
type Attendance struct {
	HoursPerPoint    decimal.Decimal `yaml:"hours_per_point"`
	HoursPerDay      decimal.Decimal `yaml:"hours_per_day"`
	MinorFromMinutes decimal.Decimal `yaml:"minor_from_minutes"`
	MinorToMinutes   decimal.Decimal `yaml:"minor_to_minutes"`
	MinorLeaveHours  decimal.Decimal `yaml:"minor_leave_hours"`
	MajorAbsenceDays decimal.Decimal `yaml:"major_absence_days"`
}

// Bonus limits the bonus points counted in a month.
type Bonus struct {
	MonthlyCap decimal.Decimal `yaml:"monthly_cap"`
}

// Workload bounds an adjusted workload from below.
type Workload struct {
	Minimum decimal.Decimal `yaml:"minimum"`
}

// Rounding is the unit that amounts are rounded to.
type Rounding struct {
	Unit decimal.Decimal `yaml:"unit"`
}

// ReturnGrounds holds the thresholds of the grounds for returning a person
// to the labour agency that look at figures across months. Windows count
// months back from the month computed, that month included.
type ReturnGrounds struct {
	// LatenessMinMinutes is the shortest lateness or early leave that counts.
	LatenessMinMinutes decimal.Decimal `yaml:"lateness_min_minutes"`
	// LatenessPerMonth and LatenessPerQuarter are the counts that meet the
	// ground in one month and in the calendar quarter so far.
	LatenessPerMonth   int `yaml:"lateness_per_month"`
	LatenessPerQuarter int `yaml:"lateness_per_quarter"`
	// AbsenceDays within AbsenceWindowMonths meets the ground; from
	// AbsenceNearDays on, the person is near it.
	AbsenceDays         decimal.Decimal `yaml:"absence_days"`
	AbsenceNearDays     decimal.Decimal `yaml:"absence_near_days"`
	AbsenceWindowMonths int             `yaml:"absence_window_months"`
	// A month counts when its deduction points are strictly over
	// PointsOver. PointsConsecutiveMonths such months in a row, or
	// PointsMonthsInWindow of the last PointsWindowMonths, meet the ground.
	PointsOver              decimal.Decimal `yaml:"points_over"`
	PointsConsecutiveMonths int             `yaml:"points_consecutive_months"`
	PointsMonthsInWindow    int             `yaml:"points_months_in_window"`
	PointsWindowMonths      int             `yaml:"points_window_months"`
}

// Effect is the direction in which a table's items change a person's points.
type Effect string

// Effects of a table.
const (
	Deduct Effect = "deduct"
	Add    Effect = "bonus"
	None   Effect = "none"
)

// ChargeOwn charges an item to the log row's 岗位, else the person's post,
// else for a combined role the post with the most workload.
const ChargeOwn = "own"

// Table is one table of the measures, such as 纪律 or 受理.
type Table struct {
	Prefix string `yaml:"prefix"`
	Title  string `yaml:"title"`
	Effect Effect `yaml:"effect"`
	// Charge is a post name or ChargeOwn.
	Charge string  `yaml:"charge"`
	Items  []*Item `yaml:"items"`
}

// Kind is the rule by which an item turns a log row into points or workload.
type Kind string

// Item kinds; docs/rules.md describes each.
const (
	Fixed         Kind = "fixed"
	Leave         Kind = "leave"
	Lateness      Kind = "lateness"
	Absence       Kind = "absence"
	Rate          Kind = "rate"
	ForfeitMonth  Kind = "forfeit_month"
	ForfeitDay    Kind = "forfeit_day"
	Discretionary Kind = "discretionary"
	Ground        Kind = "ground"
)

// Item is one row of a table. Code is Prefix-No, such as "纪律-2". Points is
// the points per occurrence of a fixed item and the points at the threshold
// of a rate item; Threshold and Step are the rate item's percentage and the
// points added per full percentage point above it.
type Item struct {
	No        string          `yaml:"no"`
	Kind      Kind            `yaml:"kind"`
	Text      string          `yaml:"text"`
	Points    decimal.Decimal `yaml:"points"`
	Threshold decimal.Decimal `yaml:"threshold"`
	Step      decimal.Decimal `yaml:"step"`

	Code  string `yaml:"-"`
	Table *Table `yaml:"-"`
	// line is the item's line in its file, for messages about duplicates.
	line int
}

package input

import (
	"time"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/shopspring/decimal"
)

// Person is one row of the roster (花名册). Role is nil only in records
// that failed to parse, which Read never returns.
type Person struct {
	ID      string
	Name    string
	Role    *rules.Role
	Status  string
	Counted bool
	Where   diag.Location
}

// Roster is the month's list of people, in file order.
type Roster struct {
	File   string
	People []Person
}

// WorkRow is the export's workload of one person in one post on one date,
// summed over every export row with that key. Date is the zero time when
// the export has no 日期 column. Where is the first row of the sum.
type WorkRow struct {
	ID     string
	Name   string
	Post   string
	Date   time.Time
	Amount decimal.Decimal
	Rows   int
	Where  diag.Location
}

// WorkloadExport is the call-centre system's workload export (工作量),
// summed by person, post and date, in order of first appearance.
type WorkloadExport struct {
	File string
	// Dated reports whether the export has a 日期 column.
	Dated bool
	Rows  []WorkRow
}

// LogEntry is one row of the deduction and bonus log (扣分登记). Count is
// 次数 (1 when empty); Quantity is 数量 (hours, minutes, days or percent,
// by the item's kind) and Points is 分值, each valid only when its Has flag
// is set. Post is the post named in 岗位, or "".
type LogEntry struct {
	Seq         int
	Date        time.Time
	ID          string
	Name        string
	Item        *rules.Item
	Count       decimal.Decimal
	Quantity    decimal.Decimal
	HasQuantity bool
	Points      decimal.Decimal
	HasPoints   bool
	Post        string
	Note        string
	// Where is the row's 项目 cell; Cells has the location of every column
	// by its Chinese header name.
	Where diag.Location
	Cells map[string]diag.Location
}

// Log is the month's deduction and bonus log, in file order.
type Log struct {
	File    string
	Entries []LogEntry
}

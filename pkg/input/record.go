package input

import (
	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// record is one data row of a table, with its cells by column key.
type record struct {
	row    sheet.Row
	cells  map[string]sheet.Cell
	cols   map[string]int
	base   diag.Location
	table  *table
	failed bool
	// errored marks columns whose cell holds an error value.
	errored map[string]bool
}

// where returns the location of the row's cell in column key, or of the
// whole row when the table has no such column.
func (r *record) where(key string) diag.Location {
	at := r.base
	at.Row = r.row.Num
	at.Col = r.cols[key]
	return at
}

// addf reports a problem in the row's cell of column key and marks the row
// as failed.
func (r *record) addf(key, format string, args ...any) {
	r.failed = true
	if r.errored[key] {
		// The cell's error value is already reported; a second message
		// such as "empty" would mislead.
		return
	}
	r.table.problems.Add(r.where(key), format, args...)
}

// value returns the folded text of the cell in column key, "" when empty.
func (r *record) value(key string) string {
	c, ok := r.cells[key]
	if !ok {
		return ""
	}
	return rules.Fold(c.Value)
}

// id returns the 工号 in column key, or "" after adding a problem when it
// is empty or was damaged by a spreadsheet program. A value that width
// folding or trimming changed is remembered for a warning.
func (r *record) id(key string) string {
	c, ok := r.cells[key]
	if !ok {
		r.addf(key, "工号为空，请填写工号")
		return ""
	}
	id, err := parseID(c)
	if err != nil {
		r.addf(key, "%v", err)
		return ""
	}
	if c.Type != sheet.Number && id != c.Value {
		f := r.table.normalized[c.Value]
		if f == nil {
			f = &folded{to: id, first: r.where(key)}
			r.table.normalized[c.Value] = f
		}
		f.count++
	}
	return id
}

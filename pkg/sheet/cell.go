package sheet

// CellType is the stored type of a cell.
type CellType int

// Cell types. CSV fields are always Text.
const (
	Text CellType = iota
	Number
	Bool
	Error
)

// Cell is one non-empty cell. Value is the stored value, not the displayed
// text: a number is its stored decimal form ("463.61" even when shown as
// "464", "0.042" for a cell shown as "4.2%"), a shared or inline string is its
// text, a boolean is "1" or "0". Percent and Date report the cell's number
// format, so that callers can read 0.042 as 4.2 % or a serial number as a
// date. They are set only for Number cells, because a number format does not
// change how Excel shows text. The exception is a Text cell stored as an ISO
// 8601 date (cell type "d"), which has Date set.
//
// Format is the number format code of a Number cell ("" for General), so
// that callers can restore what Excel shows, such as the zero padding of
// "0000". FilledDown reports a cell that was empty in the file but lies in the
// first column of a merged range that spans rows, below the range's top cell,
// and took that cell's value. Other cells of a merged range stay empty.
//
// A formula cell whose result the file does not store, as programs other
// than Excel often write it, is an Error cell with the Value "#公式无结果", so
// that callers report it instead of reading the cell as empty.
type Cell struct {
	Col        int
	Value      string
	Type       CellType
	Percent    bool
	Date       bool
	Format     string
	FilledDown bool
}

// Row is one row of a sheet with at least one non-empty cell. Num is the
// 1-based row number. For CSV it is the row that Excel shows for the record:
// blank lines count, and a quoted field that spans lines adds no rows, so it is
// the line number when no field spans lines. Cells are in column order.
//
// Hidden reports a row hidden in the workbook, for example by a filter.
type Row struct {
	Num    int
	Cells  []Cell
	Hidden bool
}

// Get returns the cell in the 1-based column col and whether it is present.
func (r Row) Get(col int) (Cell, bool) {
	for _, c := range r.Cells {
		if c.Col == col {
			return c, true
		}
	}
	return Cell{}, false
}

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
// text. Percent and Date report the cell's number format, so that callers can
// read 0.042 as 4.2 % or a serial number as a date.
type Cell struct {
	Col     int
	Value   string
	Type    CellType
	Percent bool
	Date    bool
}

// Row is one row of a sheet with at least one non-empty cell. Num is the
// 1-based row number (for CSV, the 1-based record number, which is the line
// number when no field spans lines). Cells are in column order.
type Row struct {
	Num   int
	Cells []Cell
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

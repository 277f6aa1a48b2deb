package input

import (
	"errors"
	"strings"
	"unicode"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// headerSearchRows is how many rows at the top of a sheet are searched for
// the header row, so that a title or a date line above it is skipped.
const headerSearchRows = 10

// column is one expected column of an input table. The first name is the
// one used in messages; the others are accepted as well.
type column struct {
	key      string
	names    []string
	required bool
}

// record is one data row of a table, with its cells by column key.
type record struct {
	row    sheet.Row
	cells  map[string]sheet.Cell
	cols   map[string]int
	base   diag.Location
	ps     *diag.Problems
	failed bool
}

// where locates the row's cell in column key, or the whole row when the
// table has no such column.
func (r *record) where(key string) diag.Location {
	at := r.base
	at.Row = r.row.Num
	at.Col = r.cols[key]
	return at
}

// addf reports a problem in the row's cell of column key and marks the row
// as failed.
func (r *record) addf(key, format string, args ...any) {
	r.ps.Add(r.where(key), format, args...)
	r.failed = true
}

// value returns the folded text of the cell in column key, "" when empty.
func (r *record) value(key string) string {
	c, ok := r.cells[key]
	if !ok {
		return ""
	}
	return rules.Fold(c.Value)
}

var errStopScan = errors.New("stop scan")

// headerName normalises a header cell: width folding, and no spaces or line
// breaks anywhere in it.
func headerName(s string) string {
	return strings.Map(func(c rune) rune {
		if unicode.IsSpace(c) {
			return -1
		}
		return c
	}, rules.Fold(s))
}

// header maps column keys to 1-based column numbers.
type header struct {
	sheet string
	row   int
	cols  map[string]int
}

// matchHeader returns the known columns found in row. Duplicate names of
// known columns are added to ps.
func matchHeader(row sheet.Row, cols []column, where diag.Location, ps *diag.Problems) *header {
	h := &header{sheet: where.Sheet, row: row.Num, cols: map[string]int{}}
	for _, c := range row.Cells {
		name := headerName(c.Value)
		for _, col := range cols {
			if !contains(col.names, name) {
				continue
			}
			if prev, dup := h.cols[col.key]; dup {
				at := where
				at.Row, at.Col = row.Num, c.Col
				ps.Add(at, "表头“%s”重复（%s 列已有），请删去或改名其中一列",
					name, diag.ColumnName(prev))
				continue
			}
			h.cols[col.key] = c.Col
		}
	}
	return h
}

// missing returns the first names of the required columns h lacks.
func (h *header) missing(cols []column) []string {
	var names []string
	for _, col := range cols {
		if _, ok := h.cols[col.key]; col.required && !ok {
			names = append(names, col.names[0])
		}
	}
	return names
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// readTable finds the one sheet of the file at path whose top rows hold a
// header with every required column, then calls fn for each data row
// below the header. Several such sheets are a problem, because reading
// the wrong month's sheet would give wrong figures without any error.
func readTable(path string, opts sheet.Options, cols []column, fn func(*record)) diag.Problems {
	book, err := sheet.Open(path, opts)
	if err != nil {
		return problemsOf(path, err)
	}
	defer book.Close()

	var ps diag.Problems
	var found []*header
	var best *header
	for _, info := range book.Sheets() {
		if info.Hidden {
			continue
		}
		h, err := findHeader(book, info.Name, cols, &ps)
		if err != nil {
			return append(ps, problemsOf(path, err)...)
		}
		switch {
		case h == nil:
		case len(h.missing(cols)) == 0:
			found = append(found, h)
		case best == nil || len(h.cols) > len(best.cols):
			best = h
		}
	}

	switch {
	case len(found) == 1:
		if err := scanRecords(book, found[0], fn, &ps); err != nil {
			ps = append(ps, problemsOf(path, err)...)
		}
	case len(found) > 1:
		var names []string
		for _, h := range found {
			names = append(names, h.sheet)
		}
		ps.Add(diag.Location{File: path}, "有多个工作表（%s）都含有表头，无法确定读哪一个。"+
			"请只保留本月的工作表，或把其余的删去或隐藏", strings.Join(names, "、"))
	default:
		if best == nil {
			best = &header{}
		}
		ps.Add(diag.Location{File: path, Sheet: best.sheet, Row: best.row},
			"缺少必需的列：%s。请在表头行（前 %d 行之内）加上这些列名",
			strings.Join(best.missing(cols), "、"), headerSearchRows)
	}
	return ps
}

// findHeader returns the first of the sheet's top rows that has every
// required column, else the one that matched most columns, or nil when
// none matched any.
func findHeader(book *sheet.Book, name string, cols []column, ps *diag.Problems) (*header, error) {
	base := diag.Location{File: book.Path(), Sheet: name}
	var best *header
	seen := 0
	err := book.Scan(name, func(row sheet.Row) error {
		h := matchHeader(row, cols, base, ps)
		if len(h.missing(cols)) == 0 {
			best = h
			return errStopScan
		}
		if len(h.cols) > 0 && (best == nil || len(h.cols) > len(best.cols)) {
			best = h
		}
		if seen++; seen >= headerSearchRows {
			return errStopScan
		}
		return nil
	})
	if errors.Is(err, errStopScan) {
		err = nil
	}
	return best, err
}

// scanRecords calls fn for every row below the header h.
func scanRecords(book *sheet.Book, h *header, fn func(*record), ps *diag.Problems) error {
	base := diag.Location{File: book.Path(), Sheet: h.sheet}
	return book.Scan(h.sheet, func(row sheet.Row) error {
		if row.Num > h.row {
			fn(newRecord(row, h, base, ps))
		}
		return nil
	})
}

func newRecord(row sheet.Row, h *header, base diag.Location, ps *diag.Problems) *record {
	rec := &record{row: row, cells: map[string]sheet.Cell{}, cols: h.cols, base: base, ps: ps}
	for key, col := range h.cols {
		if c, ok := row.Get(col); ok && strings.TrimSpace(c.Value) != "" {
			rec.cells[key] = c
		}
	}
	return rec
}

// problemsOf turns a reader error into problems located at least at path.
func problemsOf(path string, err error) diag.Problems {
	if ps := diag.AsProblems(err); ps != nil {
		return ps
	}
	return diag.Problems{diag.Errorf(diag.Location{File: path}, "无法读取文件：%w", err)}
}

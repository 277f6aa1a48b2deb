package input

import (
	"errors"
	"slices"
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

// table reads one input file: it finds the sheet and its header, turns the
// rows below into records, and collects the file's problems and warnings.
type table struct {
	path  string
	kind  string
	cols  []column
	opts  Options
	book  *sheet.Book
	found *header

	problems diag.Problems
	warnings []diag.Warning
	// The hidden rows, filled-down cells and folded values that the reader
	// met, reported once per file.
	hiddenRows []int
	filledDown []string
	normalized map[string]*folded
	// headerless marks columns without a header already reported.
	headerless map[int]bool
}

// folded is a value that width folding or trimming changed: what it became,
// where it first appeared and how often.
type folded struct {
	to    string
	first diag.Location
	count int
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

// header maps column keys to 1-based column numbers. other holds the
// header cells that name no known column, by column number.
type header struct {
	sheet string
	row   int
	cols  map[string]int
	other map[int]string
}

// newTable returns a reader for the input of kind (roster, workload or
// deductions) at path, with the aliases of opts added to cols.
func newTable(path, kind string, cols []column, opts Options) *table {
	t := &table{path: path, kind: kind, opts: opts, normalized: map[string]*folded{}}
	for _, c := range cols {
		c.names = append(slices.Clone(c.names), opts.Aliases[c.names[0]]...)
		t.cols = append(t.cols, c)
	}
	return t
}

// matchHeader returns the known columns found in row. Duplicate names of
// known columns are problems.
func (t *table) matchHeader(row sheet.Row, where diag.Location) *header {
	h := &header{sheet: where.Sheet, row: row.Num, cols: map[string]int{}, other: map[int]string{}}
	for _, c := range row.Cells {
		name := headerName(c.Value)
		h.other[c.Col] = name
		for _, col := range t.cols {
			if !slices.Contains(col.names, name) {
				continue
			}
			if prev, dup := h.cols[col.key]; dup {
				at := where
				at.Row, at.Col = row.Num, c.Col
				t.problems.Add(at, "表头“%s”重复（%s 列已有），请删去或改名其中一列",
					name, diag.ColumnName(prev))
				continue
			}
			h.cols[col.key] = c.Col
			delete(h.other, c.Col)
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

// read calls fn for each data row of the file's one sheet with a header.
// The sheet is the one named in the options, else the one visible sheet
// whose top rows hold a header with every required column. Several such
// sheets are a problem, because reading the wrong month's sheet would give
// wrong figures without any error.
func (t *table) read(fn func(*record)) {
	book, err := sheet.Open(t.path, t.opts.Sheet)
	if err != nil {
		t.problems = append(t.problems, problemsOf(t.path, err)...)
		return
	}
	defer book.Close()
	t.book = book

	if !t.chooseSheet() {
		return
	}
	t.checkUnknownColumns()
	base := diag.Location{File: t.path, Sheet: t.found.sheet}
	err = book.Scan(t.found.sheet, func(row sheet.Row) error {
		if row.Num > t.found.row {
			t.noteRow(row)
			fn(t.newRecord(row, base))
		}
		return nil
	})
	if err != nil {
		t.problems = append(t.problems, problemsOf(t.path, err)...)
	}
	t.reportQuirks()
}

// chooseSheet sets t.found to the header of the sheet to read, or adds a
// problem and returns false.
func (t *table) chooseSheet() bool {
	var found []*header
	var best *header
	for _, info := range t.book.Sheets() {
		if named := t.opts.SheetNames[t.kind]; named != "" && info.Name != named {
			continue
		}
		if info.Hidden {
			t.warn(diag.Location{File: t.path, Sheet: info.Name}, "工作表“%s”是隐藏的，未读取", info.Name)
			continue
		}
		h, err := t.findHeader(info.Name)
		if err != nil {
			t.problems = append(t.problems, problemsOf(t.path, err)...)
			return false
		}
		switch {
		case h == nil:
		case len(h.missing(t.cols)) == 0:
			found = append(found, h)
		case best == nil || len(h.cols) > len(best.cols):
			best = h
		}
	}

	switch {
	case len(found) == 1:
		t.found = found[0]
		return true
	case len(found) > 1:
		var names []string
		for _, h := range found {
			names = append(names, h.sheet)
		}
		t.problems.Add(diag.Location{File: t.path}, "有多个工作表（%s）都含有表头，无法确定读哪一个。"+
			"请只保留本月的工作表，把其余的删去或隐藏，或在 kaohe.yaml 的 sheets 中写明工作表名",
			strings.Join(names, "、"))
	case t.opts.SheetNames[t.kind] != "" && best == nil:
		t.problems.Add(diag.Location{File: t.path}, "找不到 kaohe.yaml 中指定的工作表“%s”",
			t.opts.SheetNames[t.kind])
	default:
		if best == nil {
			best = &header{}
		}
		t.problems.Add(diag.Location{File: t.path, Sheet: best.sheet, Row: best.row},
			"缺少必需的列：%s。请在表头行（前 %d 行之内）加上这些列名",
			strings.Join(best.missing(t.cols), "、"), headerSearchRows)
	}
	return false
}

// findHeader returns the first of the sheet's top rows that has every
// required column, else the one that matched most columns, or nil when
// none matched any.
func (t *table) findHeader(name string) (*header, error) {
	base := diag.Location{File: t.path, Sheet: name}
	var best *header
	seen := 0
	err := t.book.Scan(name, func(row sheet.Row) error {
		h := t.matchHeader(row, base)
		if len(h.missing(t.cols)) == 0 {
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

func (t *table) newRecord(row sheet.Row, base diag.Location) *record {
	rec := &record{row: row, cells: map[string]sheet.Cell{}, cols: t.found.cols, base: base,
		table: t, errored: map[string]bool{}}
	t.checkHeaderless(row, base)
	for key, col := range t.found.cols {
		c, ok := row.Get(col)
		if !ok || strings.TrimSpace(c.Value) == "" {
			continue
		}
		if c.Type == sheet.Error {
			rec.addf(key, "%s", errorCellMessage(c.Value))
			rec.errored[key] = true
			continue
		}
		rec.cells[key] = c
	}
	rec.rejectTotalRow()
	return rec
}

// totalLabels are the first cells of summary rows that spreadsheets add
// below a table.
var totalLabels = []string{"合计", "总计", "小计", "汇总"}

// rejectTotalRow reports a summary row once, and keeps its columns from
// reporting further problems, since kaohe computes the totals itself.
func (rec *record) rejectTotalRow() {
	for key, c := range rec.cells {
		if !slices.Contains(totalLabels, headerName(c.Value)) {
			continue
		}
		rec.addf(key, "这一行是“%s”行，kaohe 自己计算合计，请删去此行", rules.Fold(c.Value))
		for k := range rec.cols {
			rec.errored[k] = true
		}
		return
	}
}

// problemsOf turns a reader error into problems located at least at path.
func problemsOf(path string, err error) diag.Problems {
	if ps := diag.AsProblems(err); ps != nil {
		return ps
	}
	return diag.Problems{diag.Errorf(diag.Location{File: path}, "无法读取文件：%w", err)}
}

// checkHeaderless reports, once per column, a value in a column whose
// header cell is empty: such a value, say a 状态 of 离职, would otherwise be
// ignored without a word.
func (t *table) checkHeaderless(row sheet.Row, base diag.Location) {
	for _, c := range row.Cells {
		_, named := t.found.other[c.Col]
		if named || isKnownColumn(t.found.cols, c.Col) || t.headerless[c.Col] {
			continue
		}
		if strings.TrimSpace(c.Value) == "" {
			continue
		}
		if t.headerless == nil {
			t.headerless = map[int]bool{}
		}
		t.headerless[c.Col] = true
		at := base
		at.Row, at.Col = row.Num, c.Col
		t.problems.Add(at, "这一列有内容（“%s”），但表头行（第 %d 行）的这一格是空的，kaohe 不知道它是什么。"+
			"请补上表头，如 状态，或删去这一列的内容", c.Value, t.found.row)
	}
}

// checkUnknownColumns reports a header that looks like the 工作量 column of
// an export without one, because the rows would otherwise each count 1.
func (t *table) checkUnknownColumns() {
	if t.kind != "workload" || t.found.cols["amount"] > 0 {
		return
	}
	for col, name := range t.found.other {
		if !strings.ContainsAny(name, "量数") {
			continue
		}
		at := diag.Location{File: t.path, Sheet: t.found.sheet, Row: t.found.row, Col: col}
		t.problems.Add(at, "表头“%s”像是工作量，但 kaohe 不认识这个名字，所以会把每一行按 1 单计算。"+
			"如果它是工作量，请把表头改为“工作量”，或在 kaohe.yaml 中写 columns: {工作量: [%s]}；"+
			"如果导出每行就是一单，请删去这一列", name, name)
	}
}

func isKnownColumn(cols map[string]int, col int) bool {
	for _, c := range cols {
		if c == col {
			return true
		}
	}
	return false
}

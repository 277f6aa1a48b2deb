package audit

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/kaohe/kaohe/pkg/sheet"
)

// grid is a sheet's stored cell values by 1-based row and column, and
// which of them are numbers.
type grid struct {
	cells   map[[2]int]string
	numbers map[[2]int]bool
	maxRow  int
	maxCol  int
	found   bool
}

func (g *grid) get(row, col int) string { return g.cells[[2]int{row, col}] }

// rows returns the grid as rows of values from column A on.
func (g *grid) rows() [][]string {
	out := make([][]string, g.maxRow)
	for r := 1; r <= g.maxRow; r++ {
		out[r-1] = make([]string, g.maxCol)
		for c := 1; c <= g.maxCol; c++ {
			out[r-1][c-1] = g.get(r, c)
		}
	}
	return out
}

// readGrid reads a whole sheet; found is false when the book has no sheet
// of that name.
func readGrid(book *sheet.Book, name string) (*grid, error) {
	g := &grid{cells: map[[2]int]string{}, numbers: map[[2]int]bool{}}
	for _, info := range book.Sheets() {
		g.found = g.found || info.Name == name
	}
	if !g.found {
		return g, nil
	}
	err := book.Scan(name, func(r sheet.Row) error {
		for _, c := range r.Cells {
			g.cells[[2]int{r.Num, c.Col}] = c.Value
			g.numbers[[2]int{r.Num, c.Col}] = c.Type == sheet.Number
			g.maxCol = max(g.maxCol, c.Col)
		}
		g.maxRow = max(g.maxRow, r.Num)
		return nil
	})
	return g, err
}

// keyHeaders are the columns that identify a row of the bonus workbook's
// sheets, in the order they are joined into a row's key.
var keyHeaders = []string{"序号", "工号", "岗位"}

// compareTable compares a recomputed table, header row first, with the
// archived sheet of the same name. Data rows are matched by their key: the
// 序号, 工号 and 岗位 where the sheet has them, and the key's count so far.
// A row deleted from or added to the archive is so reported as one row
// rather than as every later row shifted.
func compareTable(book *sheet.Book, table sheet.OutTable) ([]Difference, error) {
	archived, err := readGrid(book, table.Name)
	if err != nil {
		return nil, err
	}
	if !archived.found {
		return []Difference{{Sheet: table.Name, Archived: "（没有这个工作表）", Recomputed: "（有）"}}, nil
	}
	want := tableGrid(table)
	c := &comparison{sheet: table.Name, archived: archived, want: want}
	for _, h := range keyHeaders {
		if i := slices.Index(table.Header, h); i >= 0 {
			c.keyCols = append(c.keyCols, i+1)
		}
	}
	c.idCol = slices.Index(table.Header, "工号") + 1

	c.compareRow(1, 1)
	archivedRows := c.rowsByKey(archived)
	used := map[int]bool{}
	for _, k := range c.keys(want) {
		r, ok := archivedRows[k.key]
		if !ok {
			c.add(k.row, want.get(k.row, c.idCol), "整行", "（没有这一行）", rowText(want, k.row))
			continue
		}
		used[r] = true
		c.compareRow(r, k.row)
	}
	for _, k := range c.keys(archived) {
		if !used[archivedRows[k.key]] {
			c.add(k.row, archived.get(k.row, c.idCol), "整行", rowText(archived, k.row), "（没有这一行）")
		}
	}
	return c.diffs, nil
}

// comparison holds the state of comparing one sheet.
type comparison struct {
	sheet    string
	archived *grid
	want     *grid
	keyCols  []int
	idCol    int
	diffs    []Difference
}

type rowKey struct {
	key string
	row int
}

// keys returns the key of every data row of g, in row order.
func (c *comparison) keys(g *grid) []rowKey {
	seen := map[string]int{}
	var out []rowKey
	for r := 2; r <= g.maxRow; r++ {
		if rowText(g, r) == "" {
			continue
		}
		var parts []string
		for _, col := range c.keyCols {
			parts = append(parts, g.get(r, col))
		}
		k := strings.Join(parts, "\x00")
		seen[k]++
		out = append(out, rowKey{key: fmt.Sprintf("%s#%d", k, seen[k]), row: r})
	}
	return out
}

// rowsByKey maps each data row's key to its row number.
func (c *comparison) rowsByKey(g *grid) map[string]int {
	rows := map[string]int{}
	for _, k := range c.keys(g) {
		rows[k.key] = k.row
	}
	return rows
}

// compareRow compares archived row a with recomputed row w, cell by cell.
func (c *comparison) compareRow(a, w int) {
	for col := 1; col <= max(c.want.maxCol, c.archived.maxCol); col++ {
		av, wv := c.archived.get(a, col), c.want.get(w, col)
		aNum, wNum := c.archived.numbers[[2]int{a, col}], c.want.numbers[[2]int{w, col}]
		if av == wv && aNum == wNum {
			continue
		}
		if av == wv {
			av += map[bool]string{true: "（数字）", false: "（文本）"}[aNum]
		}
		id := ""
		if w > 1 && c.idCol > 0 {
			id = cmp.Or(c.want.get(w, c.idCol), c.archived.get(a, c.idCol))
		}
		c.add(a, id, header(c.want, c.archived, col), av, wv)
	}
}

func (c *comparison) add(row int, id, column, archived, recomputed string) {
	c.diffs = append(c.diffs, Difference{Sheet: c.sheet, Row: row, ID: id, Column: column,
		Archived: archived, Recomputed: recomputed})
}

// tableGrid lays out a recomputed table as its sheet would be, header in
// row 1.
func tableGrid(table sheet.OutTable) *grid {
	g := &grid{cells: map[[2]int]string{}, numbers: map[[2]int]bool{}, found: true}
	for c, h := range table.Header {
		g.cells[[2]int{1, c + 1}] = h
		g.maxCol = max(g.maxCol, c+1)
	}
	for r, row := range table.Rows {
		for c, cell := range row {
			if cell.Value != "" {
				g.cells[[2]int{r + 2, c + 1}] = cell.Value
				g.numbers[[2]int{r + 2, c + 1}] = cell.Number
			}
			g.maxCol = max(g.maxCol, c+1)
		}
	}
	g.maxRow = len(table.Rows) + 1
	return g
}

// rowText joins a row's values for a message about a whole row.
func rowText(g *grid, row int) string {
	var parts []string
	for col := 1; col <= g.maxCol; col++ {
		if v := g.get(row, col); v != "" {
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, " ")
}

func header(want, archived *grid, col int) string {
	if h := want.get(1, col); h != "" {
		return h
	}
	return archived.get(1, col)
}

package audit

import (
	"cmp"
	"slices"

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

// compareTable compares a recomputed table, header row first, with the
// archived sheet of the same name, cell by cell over the larger of the two.
//
// TODO: rows are matched by position, so a row deleted from the archive is
// reported as every later row differing, labelled with the recomputed
// 工号. Matching rows by 工号 needs a key per sheet (扣分明细 repeats it).
func compareTable(book *sheet.Book, table sheet.OutTable) ([]Difference, error) {
	archived, err := readGrid(book, table.Name)
	if err != nil {
		return nil, err
	}
	if !archived.found {
		return []Difference{{Sheet: table.Name, Archived: "（没有这个工作表）", Recomputed: "（有）"}}, nil
	}

	want := &grid{cells: map[[2]int]string{}, numbers: map[[2]int]bool{}}
	for c, h := range table.Header {
		want.cells[[2]int{1, c + 1}] = h
		want.maxCol = max(want.maxCol, c+1)
	}
	for r, row := range table.Rows {
		for c, cell := range row {
			if cell.Value != "" {
				want.cells[[2]int{r + 2, c + 1}] = cell.Value
				want.numbers[[2]int{r + 2, c + 1}] = cell.Number
			}
			want.maxCol = max(want.maxCol, c+1)
		}
	}
	want.maxRow = len(table.Rows) + 1
	idCol := slices.Index(table.Header, "工号") + 1

	var diffs []Difference
	for r := 1; r <= max(want.maxRow, archived.maxRow); r++ {
		for c := 1; c <= max(want.maxCol, archived.maxCol); c++ {
			a, w := archived.get(r, c), want.get(r, c)
			key := [2]int{r, c}
			if a == w && archived.numbers[key] == want.numbers[key] {
				continue
			}
			if a == w {
				a += "（文本）"
				if archived.numbers[key] {
					a = archived.get(r, c) + "（数字）"
				}
			}
			id := ""
			if r > 1 && idCol > 0 {
				id = cmp.Or(want.get(r, idCol), archived.get(r, idCol))
			}
			diffs = append(diffs, Difference{
				Sheet: table.Name, Row: r, ID: id, Column: header(want, archived, c),
				Archived: a, Recomputed: w,
			})
		}
	}
	return diffs, nil
}

func header(want, archived *grid, col int) string {
	if h := want.get(1, col); h != "" {
		return h
	}
	return archived.get(1, col)
}

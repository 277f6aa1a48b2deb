package sheet

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

func testTables() []OutTable {
	d := decimal.RequireFromString
	return []OutTable{
		{
			Name:   "汇总",
			Header: []string{"工号", "姓名", "奖金", "人数", "系数"},
			Rows: [][]OutCell{
				{
					TextCell("001"), TextCell("张三"), MoneyCell(d("345.66")),
					IntCell(3), NumberCell(d("0.125")),
				},
				{
					TextCell("002"), TextCell("=1+1"), MoneyCell(d("12345678901234.56")),
					IntCell(-1), NumberCell(d("1E-3")),
				},
				{
					TextCell("合计"), TextCell(""), MoneyCell(d("12345678901580.2")),
					IntCell(2), NumberCell(d("-0.5")),
				},
			},
			TotalRow: true,
		},
		{
			Name:   "明细",
			Header: []string{"说明"},
			Rows:   [][]OutCell{{TextCell("话务量按工作量导出计算")}},
		},
	}
}

func TestWriteRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "奖金.xlsx")
	if err := Write(path, testTables()); err != nil {
		t.Fatal(err)
	}

	book := openTest(t, path, Options{})
	wantSheets := []SheetInfo{{Name: "汇总"}, {Name: "明细"}}
	if got := book.Sheets(); !reflect.DeepEqual(got, wantSheets) {
		t.Errorf("got sheets %+v, want %+v", got, wantSheets)
	}

	text := func(col int, v string) Cell { return Cell{Col: col, Value: v, Type: Text} }
	number := func(col int, v string) Cell { return Cell{Col: col, Value: v, Type: Number} }
	money := func(col int, v string) Cell {
		return Cell{Col: col, Value: v, Type: Number, Format: "0.00"}
	}
	want := []Row{
		{Num: 1, Cells: []Cell{
			text(1, "工号"), text(2, "姓名"), text(3, "奖金"), text(4, "人数"), text(5, "系数"),
		}},
		{Num: 2, Cells: []Cell{
			text(1, "001"), text(2, "张三"), money(3, "345.66"), number(4, "3"), number(5, "0.125"),
		}},
		{Num: 3, Cells: []Cell{
			text(1, "002"), text(2, "=1+1"), money(3, "12345678901234.56"),
			number(4, "-1"), number(5, "0.001"),
		}},
		{Num: 4, Cells: []Cell{
			text(1, "合计"), money(3, "12345678901580.2"), number(4, "2"), number(5, "-0.5"),
		}},
	}
	assertRows(t, scanAll(t, book, "汇总"), want)
}

func TestWriteFormatting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "奖金.xlsx")
	if err := Write(path, testTables()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()

	if got := f.GetActiveSheetIndex(); got != 0 {
		t.Errorf("got active sheet %d, want 0", got)
	}

	panes, err := f.GetPanes("汇总")
	must(t, err)
	if !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("got panes %+v, want the first row frozen", panes)
	}

	tests := []struct {
		cell   string
		numFmt int
		bold   bool
	}{
		{cell: "A1", bold: true},
		{cell: "C2", numFmt: moneyFormatID},
		{cell: "D2"},
		{cell: "E2"},
		{cell: "A4", bold: true},
		{cell: "C4", numFmt: moneyFormatID, bold: true},
	}
	for _, tt := range tests {
		id, err := f.GetCellStyle("汇总", tt.cell)
		must(t, err)
		style, err := f.GetStyle(id)
		must(t, err)
		if style.NumFmt != tt.numFmt {
			t.Errorf("%s: got number format %d, want %d", tt.cell, style.NumFmt, tt.numFmt)
		}
		if bold := style.Font != nil && style.Font.Bold; bold != tt.bold {
			t.Errorf("%s: got bold %v, want %v", tt.cell, bold, tt.bold)
		}
	}

	// Column B holds two Chinese characters, so it gets the minimum width;
	// column C holds "12345678901234.56", 17 characters.
	for col, want := range map[string]float64{"B": minColumnWidth, "C": 19} {
		got, err := f.GetColWidth("汇总", col)
		must(t, err)
		if got != want {
			t.Errorf("column %s: got width %v, want %v", col, got, want)
		}
	}
}

func TestWriteReplacesFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "奖金.xlsx")
	must(t, os.WriteFile(path, []byte("old"), 0o644))

	if err := Write(path, testTables()); err != nil {
		t.Fatal(err)
	}

	entries, err := os.ReadDir(dir)
	must(t, err)
	if len(entries) != 1 || entries[0].Name() != "奖金.xlsx" {
		t.Errorf("got directory entries %v, want only 奖金.xlsx", entries)
	}
	book := openTest(t, path, Options{})
	if got := book.Sheets()[0].Name; got != "汇总" {
		t.Errorf("got first sheet %q, want %q", got, "汇总")
	}
}

func TestWriteMissingDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "缺失", "奖金.xlsx")
	err := Write(path, testTables())
	assertProblem(t, err, path, "无法保存文件")
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("errors.Is(err, os.ErrNotExist) = false for %v", err)
	}
}

func TestWriteRejectsInvalidTables(t *testing.T) {
	tests := []struct {
		name   string
		tables []OutTable
		want   string
	}{
		{"no tables", nil, "no tables"},
		{"duplicate name", []OutTable{{Name: "a"}, {Name: "a"}}, `duplicate sheet name "a"`},
		{"invalid sheet name", []OutTable{{Name: "a/b"}}, `sheet "a/b"`},
		{
			"invalid number",
			[]OutTable{{Name: "a", Rows: [][]OutCell{{{Value: "12元", Number: true}}}}},
			`invalid number "12元"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			err := Write(filepath.Join(dir, "out.xlsx"), tt.tables)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got error %v, want one containing %q", err, tt.want)
			}
			var p *diag.Problem
			if errors.As(err, &p) {
				t.Errorf("got a *diag.Problem for a caller's mistake: %v", err)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("got directory entries %v, want none", entries)
			}
		})
	}
}

func TestDisplayWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"张三", 4},
		{"A组１", 5}, // fullwidth digit
		{"12345.60", 8},
	}
	for _, tt := range tests {
		if got := DisplayWidth(tt.s); got != tt.want {
			t.Errorf("DisplayWidth(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestShownText(t *testing.T) {
	tests := []struct {
		name string
		cell OutCell
		want string
	}{
		{"money pads to two decimals", MoneyCell(decimal.RequireFromString("345.5")), "345.50"},
		{"number as stored", NumberCell(decimal.RequireFromString("0.125")), "0.125"},
		{"text", TextCell("张三"), "张三"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shownText(tt.cell); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWritePrintsOnePageWide(t *testing.T) {
	path := filepath.Join(t.TempDir(), "奖金.xlsx")
	must(t, Write(path, testTables()))

	file, err := excelize.OpenFile(path)
	must(t, err)
	defer file.Close()
	layout, err := file.GetPageLayout("汇总")
	must(t, err)
	if layout.Orientation == nil || *layout.Orientation != "landscape" {
		t.Errorf("orientation = %v, want landscape", layout.Orientation)
	}
	if layout.FitToWidth == nil || *layout.FitToWidth != 1 {
		t.Errorf("fit to width = %v, want 1 page", layout.FitToWidth)
	}
	props, err := file.GetSheetProps("汇总")
	must(t, err)
	if props.FitToPage == nil || !*props.FitToPage {
		t.Error("fit to page is off, so the page width setting would be ignored")
	}
}

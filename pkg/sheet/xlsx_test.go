package sheet

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"
)

// writeWorkbook writes a workbook with a visible sheet "数据", which has
// cells of every kind that kaohe reads, and a hidden sheet "隐藏".
func writeWorkbook(t testing.TB) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const s = "数据"
	must(t, f.SetSheetName("Sheet1", s))

	percent := newStyle(t, f, &excelize.Style{NumFmt: 10}) // 0.00%
	date := newStyle(t, f, &excelize.Style{NumFmt: 14})    // mm-dd-yy
	integer := newStyle(t, f, &excelize.Style{NumFmt: 1})  // 0
	customPercent := newStyle(t, f, &excelize.Style{CustomNumFmt: ptr("0.0%")})
	customDate := newStyle(t, f, &excelize.Style{CustomNumFmt: ptr(`yyyy"年"m"月"d"日"`)})
	quotedPercent := newStyle(t, f, &excelize.Style{CustomNumFmt: ptr(`0"%"`)})

	for i, title := range []string{"工号", "比率", "日期", "金额", "在岗"} {
		ref, _ := excelize.CoordinatesToCellName(i+1, 1)
		must(t, f.SetCellStr(s, ref, title))
	}

	must(t, f.SetCellStr(s, "A2", "001"))
	setNumber(t, f, s, "B2", "0.042", percent)
	setNumber(t, f, s, "C2", "45413", date)
	setNumber(t, f, s, "D2", "463.61", integer)
	must(t, f.SetCellBool(s, "E2", true))

	// Row 3 is empty. In row 4, F4 is a formula that excelize stores without
	// a result.
	setNumber(t, f, s, "B4", "0.5", customPercent)
	setNumber(t, f, s, "C4", "45444", customDate)
	setNumber(t, f, s, "D4", "12", quotedPercent)
	must(t, f.SetCellFormula(s, "F4", "1+1"))

	setNumber(t, f, s, "C5", "-3.5", 0)

	// A cell with only a style is empty.
	must(t, f.SetCellStyle(s, "A7", "A7", percent))

	_, err := f.NewSheet("隐藏")
	must(t, err)
	must(t, f.SetCellStr("隐藏", "A1", "x"))
	must(t, f.SetSheetVisible("隐藏", false))

	path := filepath.Join(t.TempDir(), "输入.xlsx")
	must(t, f.SaveAs(path))
	return path
}

func TestScanXLSX(t *testing.T) {
	book := openTest(t, writeWorkbook(t), Options{})
	text := func(col int, v string) Cell { return Cell{Col: col, Value: v, Type: Text} }
	number := func(col int, v string) Cell { return Cell{Col: col, Value: v, Type: Number} }
	want := []Row{
		{Num: 1, Cells: []Cell{
			text(1, "工号"), text(2, "比率"), text(3, "日期"), text(4, "金额"), text(5, "在岗"),
		}},
		{Num: 2, Cells: []Cell{
			text(1, "001"),
			{Col: 2, Value: "0.042", Type: Number, Percent: true, Format: "0.00%"},
			{Col: 3, Value: "45413", Type: Number, Date: true, Format: "mm-dd-yy"},
			{Col: 4, Value: "463.61", Type: Number, Format: "0"},
			{Col: 5, Value: "1", Type: Bool},
		}},
		{Num: 4, Cells: []Cell{
			{Col: 2, Value: "0.5", Type: Number, Percent: true, Format: "0.0%"},
			{Col: 3, Value: "45444", Type: Number, Date: true, Format: `yyyy"年"m"月"d"日"`},
			{Col: 4, Value: "12", Type: Number, Format: `0"%"`},
			{Col: 6, Value: formulaNoValue, Type: Error},
		}},
		{Num: 5, Cells: []Cell{number(3, "-3.5")}},
	}

	got := scanAll(t, book, "数据")
	assertRows(t, got, want)
}

func TestSheetsXLSX(t *testing.T) {
	book := openTest(t, writeWorkbook(t), Options{})
	want := []SheetInfo{{Name: "数据"}, {Name: "隐藏", Hidden: true}}
	if got := book.Sheets(); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}

	rows := scanAll(t, book, "隐藏")
	if len(rows) != 1 || rows[0].Cells[0].Value != "x" {
		t.Errorf("got rows %+v of the hidden sheet, want one row with %q", rows, "x")
	}
}

func TestScanXLSXTwice(t *testing.T) {
	book := openTest(t, writeWorkbook(t), Options{})
	first := scanAll(t, book, "数据")
	second := scanAll(t, book, "数据")
	assertRows(t, second, first)
}

// assertRows compares rows cell by cell, so that a failure names the cell.
func assertRows(t *testing.T, got, want []Row) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d rows %+v, want %d rows %+v", len(got), got, len(want), want)
	}
	for i := range want {
		if got[i].Num != want[i].Num {
			t.Errorf("row %d: got Num %d, want %d", i, got[i].Num, want[i].Num)
		}
		if len(got[i].Cells) != len(want[i].Cells) {
			t.Errorf("row %d: got cells %+v, want %+v", want[i].Num, got[i].Cells, want[i].Cells)
			continue
		}
		for j, w := range want[i].Cells {
			if g := got[i].Cells[j]; g != w {
				t.Errorf("row %d: got cell %+v, want %+v", want[i].Num, g, w)
			}
		}
	}
}

func setNumber(t testing.TB, f *excelize.File, sheet, ref, value string, style int) {
	t.Helper()
	must(t, f.SetCellDefault(sheet, ref, value))
	if style != 0 {
		must(t, f.SetCellStyle(sheet, ref, ref, style))
	}
}

func newStyle(t testing.TB, f *excelize.File, style *excelize.Style) int {
	t.Helper()
	id, err := f.NewStyle(style)
	must(t, err)
	return id
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func ptr[T any](v T) *T { return &v }

func TestDate1904Workbook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mac.xlsx")
	file := excelize.NewFile()
	yes := true
	must(t, file.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}))
	style, err := file.NewStyle(&excelize.Style{NumFmt: 14})
	must(t, err)
	// 41702 days after 1904-01-01 is 2018-03-05, serial 43164 in the 1900 system.
	must(t, file.SetCellDefault("Sheet1", "A1", "41702"))
	must(t, file.SetCellStyle("Sheet1", "A1", "A1", style))
	must(t, file.SetCellDefault("Sheet1", "B1", "41702"))
	must(t, file.SaveAs(path))

	book := openTest(t, path, Options{})
	var cells []Cell
	must(t, book.Scan("Sheet1", func(r Row) error {
		cells = append(cells, r.Cells...)
		return nil
	}))
	if len(cells) != 2 {
		t.Fatalf("got %d cells, want 2", len(cells))
	}
	if cells[0].Value != "43164" || !cells[0].Date {
		t.Errorf("date cell = %+v, want 43164 in the 1900 system", cells[0])
	}
	if cells[1].Value != "41702" {
		t.Errorf("plain number = %q, want 41702 unshifted", cells[1].Value)
	}
}

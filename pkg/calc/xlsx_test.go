package calc

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

// percentFormat is the built-in number format "0.00%".
const percentFormat = 10

// writeXLSX writes rows as the first sheet of a workbook at path. A value
// that parses as a number is stored as a number cell exactly as written, so
// a test can give the 17-digit form "4.2000000000000003E-2" in which Excel
// saves 4.2%. Anything else is text. formats gives a built-in number format id by
// 1-based column for the rows below the first.
func writeXLSX(t *testing.T, path string, rows [][]string, formats map[int]int) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)

	styles := map[int]int{}
	for col, format := range formats {
		id, err := f.NewStyle(&excelize.Style{NumFmt: format})
		if err != nil {
			t.Fatal(err)
		}
		styles[col] = id
	}

	for r, row := range rows {
		for c, value := range row {
			if value == "" {
				continue
			}
			ref, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellDefault(sheet, ref, value); err != nil {
				t.Fatal(err)
			}
			if style, ok := styles[c+1]; ok && r > 0 {
				if err := f.SetCellStyle(sheet, ref, ref, style); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

func TestRatePercentCell(t *testing.T) {
	cases := []struct {
		name       string
		stored     string
		wantPoints string
	}{
		{"0.042 shown as 4.20%", "0.042", "4"},
		{"0.054 shown as 5.40%", "0.054", "5"},
		{"4.2% as Excel writes it", "4.2000000000000003E-2", "4"},
		{"3% as Excel writes it", "2.9999999999999999E-2", "3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			paths := baseMonth.withLog().write(t)
			paths.Log = filepath.Join(filepath.Dir(paths.Log), "扣分登记.xlsx")
			writeXLSX(t, paths.Log, [][]string{
				{"日期", "工号", "项目", "数量"},
				{"2018-03-31", "1001", "值班长-4", c.stored},
			}, map[int]int{4: percentFormat})

			res := computePaths(t, paths)

			got := applied(res, "1001", "值班长-4")
			if len(got) != 1 {
				t.Fatalf("%d applications of 值班长-4, want 1", len(got))
			}
			checkDecimal(t, "points", got[0].Points, c.wantPoints)
		})
	}
}

func TestLeaveHoursFromNumberCells(t *testing.T) {
	cases := []struct {
		name       string
		hours      []string
		wantPoints string
	}{
		{"3.5 and 0.5", []string{"3.5", "0.5"}, "1"},
		{"3.3 and 0.7 as Excel writes them",
			[]string{"3.2999999999999998", "0.69999999999999996"}, "1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			paths := baseMonth.withLog().write(t)
			paths.Log = filepath.Join(filepath.Dir(paths.Log), "扣分登记.xlsx")
			rows := [][]string{{"日期", "工号", "项目", "数量"}}
			for _, h := range c.hours {
				rows = append(rows, []string{"2018-03-05", "2001", "纪律-1", h})
			}
			writeXLSX(t, paths.Log, rows, nil)

			res := computePaths(t, paths)

			checkDecimal(t, "AttendancePoints", person(t, res, "2001").AttendancePoints,
				c.wantPoints)
		})
	}
}

// Package sheettest writes .xlsx workbooks cell by cell for tests of the
// packages that read them, so that those tests need not import excelize.
package sheettest

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

// WriteRaw writes rows to the first sheet of a new workbook at path. A
// value that parses as a number is stored as a number cell exactly as
// written, so a test can give the 17-digit form "4.2000000000000003E-2" in
// which Excel saves 4.2 %. Anything else is text. formats gives a built-in
// number format id by 1-based column for the rows below the first.
func WriteRaw(t testing.TB, path string, rows [][]string, formats map[int]int) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	name := f.GetSheetName(0)

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
			if err := f.SetCellDefault(name, ref, value); err != nil {
				t.Fatal(err)
			}
			if style, ok := styles[c+1]; ok && r > 0 {
				if err := f.SetCellStyle(name, ref, ref, style); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

package input_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/kaohe/kaohe/pkg/input"
	"github.com/kaohe/kaohe/pkg/sheet/sheettest"
	"github.com/shopspring/decimal"
)

// Built-in number formats of ECMA-376: "0.00%" and "yyyy-mm-dd".
const (
	percentFormat = 10
	dateFormat    = 14
)

// readLogXLSX writes a log of one row with the columns 日期, 工号, 项目 and
// 数量 as a workbook and reads it.
func readLogXLSX(t *testing.T, row []string, formats map[int]int) input.LogEntry {
	t.Helper()
	path := filepath.Join(t.TempDir(), "扣分登记.xlsx")
	sheettest.WriteRaw(t, path, [][]string{{"日期", "工号", "项目", "数量"}, row}, formats)

	log, _, ps := input.ReadLog(path, haimen(t), march, input.Options{})
	if len(ps) != 0 {
		t.Fatalf("ReadLog: %v", ps.Err())
	}
	if len(log.Entries) != 1 {
		t.Fatalf("got %d entries, want 1", len(log.Entries))
	}
	return log.Entries[0]
}

func TestLogDateForms(t *testing.T) {
	fifth := time.Date(2018, 3, 5, 0, 0, 0, 0, time.UTC)
	cases := []string{
		"2018-03-05",
		"2018-3-5",
		"2018/3/5",
		"2018.3.5",
		"2018年3月5日",
		"2018 年 3 月 5 日",
		"2018-03-05 08:30",
		"2018/3/5 8:30:15",
		"２０１８－０３－０５",
	}
	for _, written := range cases {
		t.Run(written, func(t *testing.T) {
			row := written + ",2001,李晓梅,纪律-2,,,,,"
			in := monthLines{log: []string{logHeader, row}}.read(t)

			if got := in.Log.Entries[0].Date; !got.Equal(fifth) {
				t.Errorf("got %q, want %q", got.Format(time.DateOnly), fifth.Format(time.DateOnly))
			}
		})
	}
}

func TestLogDateCells(t *testing.T) {
	fifth := time.Date(2018, 3, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		stored  string
		formats map[int]int
	}{
		// 43164 is 2018-03-05 in Excel's 1900 date system.
		{"date cell", "43164", map[int]int{1: dateFormat}},
		{"date cell with a time", "43164.375", map[int]int{1: dateFormat}},
		{"bare serial", "43164", nil},
		{"text in a workbook", "2018/3/5", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := readLogXLSX(t, []string{c.stored, "2001", "纪律-2"}, c.formats)

			if !e.Date.Equal(fifth) {
				t.Errorf("got %q, want %q",
					e.Date.Format(time.DateOnly), fifth.Format(time.DateOnly))
			}
		})
	}
}

func TestLogPercentCells(t *testing.T) {
	cases := []struct {
		name    string
		stored  string
		formats map[int]int
		want    string
	}{
		{"percent cell", "0.042", map[int]int{4: percentFormat}, "4.2"},
		{"number of percent", "4.2", nil, "4.2"},
		{"text with percent sign", "4.2%", nil, "4.2"},
		{"percent cell as Excel writes 4.2%", "4.2000000000000003E-2",
			map[int]int{4: percentFormat}, "4.2"},
		{"percent cell as Excel writes 3%", "2.9999999999999999E-2",
			map[int]int{4: percentFormat}, "3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := readLogXLSX(t, []string{"2018-03-31", "1001", "值班长-4", c.stored}, c.formats)

			if !e.Quantity.Equal(decimal.RequireFromString(c.want)) {
				t.Errorf("got %s, want %s", e.Quantity, c.want)
			}
		})
	}
}

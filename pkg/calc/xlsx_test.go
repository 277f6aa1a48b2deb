package calc

import (
	"path/filepath"
	"testing"

	"github.com/kaohe/kaohe/pkg/sheet/sheettest"
)

// percentFormat is the built-in number format "0.00%".
const percentFormat = 10

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
			sheettest.WriteRaw(t, paths.Log, [][]string{
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
			sheettest.WriteRaw(t, paths.Log, rows, nil)

			res := computePaths(t, paths)

			checkDecimal(t, "AttendancePoints", person(t, res, "2001").AttendancePoints,
				c.wantPoints)
		})
	}
}

package run

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/sheet"
	"github.com/kaohe/kaohe/pkg/workspace"
	"github.com/shopspring/decimal"
)

// benchPosts lists how many of the generated people hold each role.
var benchPosts = []struct {
	role, post string
	count      int
}{
	{"值班长", "", 4}, {"培训师", "", 3}, {"协调员", "", 3},
	{"受理岗", "受理", 200}, {"派遣岗", "派遣", 50}, {"回访岗", "回访", 30}, {"专岗", "受理", 10},
}

// writeBenchWorkspace writes months of a 300-person workspace starting at
// first, each month's export with one row per person and working day, and
// a log of about 200 rows, with two latenesses a month for every seventh person. ext is ".csv" or ".xlsx".
func writeBenchWorkspace(b *testing.B, dir string, first month.Month, months int, ext string) {
	b.Helper()
	for i := range months {
		m := first.Add(i)
		roster := [][]string{{"工号", "姓名", "岗位"}}
		export := [][]string{{"日期", "工号", "岗位", "工作量"}}
		log := [][]string{{"日期", "工号", "项目", "次数", "数量"}}
		id := 1000
		for _, p := range benchPosts {
			for range p.count {
				id++
				roster = append(roster, []string{fmt.Sprint(id), fmt.Sprintf("员工%d", id), p.role})
				for day := 1; day <= 22 && p.post != ""; day++ {
					date := fmt.Sprintf("%s-%02d", m, day)
					export = append(export, []string{date, fmt.Sprint(id), p.post, fmt.Sprint(40 + id%17)})
				}
				if id%2 == 0 {
					log = append(log, []string{m.String() + "-05", fmt.Sprint(id), "纪律-2", "", ""})
				}
				if id%7 == 0 {
					log = append(log, []string{m.String() + "-09", fmt.Sprint(id), "考勤-迟到", "2", "12"})
				}
			}
		}
		folder := filepath.Join(dir, m.String())
		if err := os.MkdirAll(folder, 0o755); err != nil {
			b.Fatal(err)
		}
		writeBenchFile(b, filepath.Join(folder, "花名册"+ext), roster)
		writeBenchFile(b, filepath.Join(folder, "工作量"+ext), export)
		writeBenchFile(b, filepath.Join(folder, "扣分登记"+ext), log)
	}
}

func writeBenchFile(b *testing.B, path string, rows [][]string) {
	b.Helper()
	if strings.HasSuffix(path, ".csv") {
		var text strings.Builder
		for _, r := range rows {
			text.WriteString(strings.Join(r, ",") + "\n")
		}
		if err := os.WriteFile(path, []byte(text.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		return
	}
	table := sheet.OutTable{Name: "Sheet1", Header: rows[0]}
	for _, r := range rows[1:] {
		var cells []sheet.OutCell
		for _, v := range r {
			if d, err := decimal.NewFromString(v); err == nil && !strings.Contains(v, "-") {
				cells = append(cells, sheet.NumberCell(d))
			} else {
				cells = append(cells, sheet.TextCell(v))
			}
		}
		table.Rows = append(table.Rows, cells)
	}
	if err := sheet.Write(path, []sheet.OutTable{table}); err != nil {
		b.Fatal(err)
	}
}

// benchmarkHistoryYear evaluates the grounds of the 12th month, which
// reads and computes all twelve months once.
func benchmarkHistoryYear(b *testing.B, ext string) {
	dir := b.TempDir()
	first := month.Month{Year: 2018, Month: 3}
	writeBenchWorkspace(b, dir, first, 12, ext)
	ws, err := workspace.Open(dir)
	if err != nil {
		b.Fatal(err)
	}

	b.ResetTimer()
	for b.Loop() {
		h := History(ws, Options{})
		warnings, err := h.Evaluate(first.Add(11))
		if err != nil {
			b.Fatal(err)
		}
		if len(warnings) == 0 {
			b.Fatal("no warnings; the generated latenesses should give some")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/12, "ms/month")
}

func BenchmarkHistoryYearCSV(b *testing.B)  { benchmarkHistoryYear(b, ".csv") }
func BenchmarkHistoryYearXLSX(b *testing.B) { benchmarkHistoryYear(b, ".xlsx") }

package report

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/provenance"
	"github.com/kaohe/kaohe/pkg/run"
	"github.com/kaohe/kaohe/pkg/sheet"
	"github.com/kaohe/kaohe/pkg/workspace"
)

var march = month.Month{Year: 2018, Month: 3}

func demoResult(t *testing.T) *calc.Result {
	t.Helper()
	ws, err := workspace.Open("../../testdata/demo")
	if err != nil {
		t.Fatal(err)
	}
	got, err := run.Compute(ws, march, run.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return got.Result
}

// cellValue returns the stored value at row and col of a written sheet.
func cellValue(t *testing.T, path, name string, row, col int) string {
	t.Helper()
	book, err := sheet.Open(path, sheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	value := ""
	err = book.Scan(name, func(r sheet.Row) error {
		if c, ok := r.Get(col); ok && r.Num == row {
			value = c.Value
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return value
}

func TestWriteMonthRefusesOverwrite(t *testing.T) {
	res := demoResult(t)
	out := OutputsIn(t.TempDir(), march)
	if err := os.WriteFile(out.Warnings, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}

	_, err := WriteMonth(Run{Result: res, Warnings: res.Warnings}, out, false, time.Now())
	if !errors.Is(err, ErrExists) {
		t.Fatalf("WriteMonth error = %v, want ErrExists", err)
	}
	if _, err := os.Stat(out.Bonus); !os.IsNotExist(err) {
		t.Errorf("bonus workbook was written although the warnings one exists")
	}
	if data, _ := os.ReadFile(out.Warnings); string(data) != "old" {
		t.Errorf("existing output changed to %q", data)
	}
}

func TestWriteMonthForceKeepsBackup(t *testing.T) {
	res := demoResult(t)
	out := OutputsIn(t.TempDir(), march)
	os.WriteFile(out.Bonus, []byte("old"), 0o644)

	now := time.Date(2018, 4, 2, 9, 30, 0, 0, time.Local)
	backups, err := WriteMonth(Run{Result: res, Warnings: res.Warnings}, out, true, now)
	if err != nil {
		t.Fatalf("WriteMonth: %v", err)
	}
	want := filepath.Join(filepath.Dir(out.Bonus), "考核奖-2018-03.备份-20180402-093000.xlsx")
	if len(backups) != 1 || backups[0] != want {
		t.Fatalf("backups = %q, want [%q]", backups, want)
	}
	if data, _ := os.ReadFile(want); string(data) != "old" {
		t.Errorf("backup holds %q, want the old file", data)
	}
	if got := cellValue(t, out.Bonus, SheetBonus, 11, 14); got != "345.66" {
		t.Errorf("5001's bonus = %q, want 345.66", got)
	}
}

func TestWriteMonthReportsExcelLock(t *testing.T) {
	res := demoResult(t)
	out := OutputsIn(t.TempDir(), march)
	lock := filepath.Join(filepath.Dir(out.Bonus), "~$考核奖-2018-03.xlsx")
	os.WriteFile(lock, []byte("lock"), 0o644)

	_, err := WriteMonth(Run{Result: res, Warnings: res.Warnings}, out, true, time.Now())
	if err == nil || !strings.Contains(err.Error(), "正在被 Excel 或 WPS 打开") {
		t.Fatalf("WriteMonth error = %v, want the file reported open in Excel", err)
	}
}

func TestBonusTablesTotalRow(t *testing.T) {
	res := demoResult(t)
	table := BonusTables(res, provenance.Record{})[0]
	last := table.Rows[len(table.Rows)-1]
	if last[0].Value != "合计" || last[len(last)-1].Value != "5000" {
		t.Errorf("total row = %q … %q, want 合计 … 5000", last[0].Value, last[len(last)-1].Value)
	}
	if len(table.Rows) != len(res.People)+1 {
		t.Errorf("%d rows, want one per person and a total", len(table.Rows))
	}
}

func TestSummaryAligned(t *testing.T) {
	var b strings.Builder
	Summary(&b, demoResult(t))
	lines := strings.Split(b.String(), "\n")
	if !strings.Contains(lines[0], "人数 10，考核总额 5000.00 元") {
		t.Errorf("first line %q lacks headcount and pool", lines[0])
	}
	widths := map[int]bool{}
	for _, l := range lines[1:6] {
		widths[sheet.DisplayWidth(l)] = true
	}
	if len(widths) != 1 {
		t.Errorf("table lines have display widths %v, want one width:\n%s", widths, b.String())
	}
}

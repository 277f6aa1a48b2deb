package input_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// exportSheet returns a workload sheet named name with one 受理 row for
// 2001.
func exportSheet(name, amount string) sheet.OutTable {
	return sheet.OutTable{
		Name:   name,
		Header: []string{"日期", "工号", "姓名", "岗位", "工作量"},
		Rows: [][]sheet.OutCell{{
			sheet.TextCell("2018-03-01"), sheet.TextCell("2001"), sheet.TextCell("李晓梅"),
			sheet.TextCell("受理"), sheet.TextCell(amount),
		}},
	}
}

func TestSheetChosenByHeader(t *testing.T) {
	notes := sheet.OutTable{Name: "说明", Header: []string{"本表为话务系统导出"}}
	paths := monthLines{}.write(t)
	paths.Workload = filepath.Join(t.TempDir(), "工作量.xlsx")
	if err := sheet.Write(paths.Workload, []sheet.OutTable{notes, exportSheet("3月", "700")}); err != nil {
		t.Fatal(err)
	}

	in, err := input.Read(paths, haimen(t), march, input.Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if got := in.Workload.Rows[0].Amount.String(); got != "700" {
		t.Errorf("amount = %q, want 700 from sheet 3月", got)
	}
	if got := in.Workload.Rows[0].Where.Sheet; got != "3月" {
		t.Errorf("row read from sheet %q, want 3月", got)
	}
}

func TestTwoSheetsWithHeadersRejected(t *testing.T) {
	paths := monthLines{}.write(t)
	paths.Workload = filepath.Join(t.TempDir(), "工作量.xlsx")
	tables := []sheet.OutTable{exportSheet("2月", "500"), exportSheet("3月", "700")}
	if err := sheet.Write(paths.Workload, tables); err != nil {
		t.Fatal(err)
	}

	_, err := input.Read(paths, haimen(t), march, input.Options{})
	ps := diag.AsProblems(err)
	if len(ps) != 1 {
		t.Fatalf("got %d problems (%v), want 1", len(ps), err)
	}
	if !strings.Contains(ps[0].Message, "有多个工作表（2月、3月）都含有表头") {
		t.Errorf("message %q does not name both sheets", ps[0].Message)
	}
	if ps[0].Where.File != paths.Workload {
		t.Errorf("problem in %q, want %q", ps[0].Where.File, paths.Workload)
	}
}

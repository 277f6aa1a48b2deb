package input_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
	"github.com/kaohe/kaohe/pkg/sheet"
)

func TestAliasesFromOptions(t *testing.T) {
	roster := []string{"坐席号,姓名,岗位", "2001,李晓梅,受理岗", "3001,孙志强,派遣岗"}
	paths := monthLines{roster: roster}.write(t)

	_, err := input.Read(paths, haimen(t), march, input.Options{})
	if err == nil || !strings.Contains(err.Error(), "缺少必需的列：工号") {
		t.Fatalf("Read without the alias: %v, want the missing 工号 column", err)
	}

	opts := input.Options{Aliases: map[string][]string{"工号": {"坐席号"}}}
	in, err := input.Read(paths, haimen(t), march, opts)
	if err != nil {
		t.Fatalf("Read with the alias: %v", err)
	}
	if got := in.Roster.People[0].ID; got != "2001" {
		t.Errorf("first 工号 = %q, want 2001", got)
	}
}

func TestSheetNamedInOptions(t *testing.T) {
	paths := monthLines{}.write(t)
	paths.Workload = filepath.Join(t.TempDir(), "工作量.xlsx")
	tables := []sheet.OutTable{exportSheet("2月", "500"), exportSheet("3月", "700")}
	if err := sheet.Write(paths.Workload, tables); err != nil {
		t.Fatal(err)
	}

	opts := input.Options{SheetNames: map[string]string{"workload": "3月"}}
	in, err := input.Read(paths, haimen(t), march, opts)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if got := in.Workload.Rows[0].Amount.String(); got != "700" {
		t.Errorf("amount = %q, want 700 from the named sheet", got)
	}

	opts.SheetNames["workload"] = "4月"
	_, err = input.Read(paths, haimen(t), march, opts)
	if err == nil || !strings.Contains(err.Error(), "找不到 kaohe.yaml 中指定的工作表“4月”") {
		t.Errorf("Read with a missing sheet name: %v, want it named", err)
	}
}

func TestNormalisedIDWarned(t *testing.T) {
	roster := []string{rosterHeader, "２００１ ,李晓梅,受理岗,在岗", "3001,孙志强,派遣岗,在岗"}
	in := monthLines{roster: roster}.read(t)

	if got := in.Roster.People[0].ID; got != "2001" {
		t.Errorf("工号 = %q, want 2001", got)
	}
	var found []diag.Warning
	for _, w := range in.Warnings {
		if strings.Contains(w.Detail, "“２００１ ”含全角字符或多余空格，已按“2001”读取") {
			found = append(found, w)
		}
	}
	if len(found) != 1 {
		t.Errorf("%d warnings about the folded 工号, want 1: %+v", len(found), in.Warnings)
	}
}

func TestScientificIDRejected(t *testing.T) {
	roster := []string{rosterHeader, "2.001E+3,李晓梅,受理岗,在岗"}
	paths := monthLines{roster: roster}.write(t)
	_, err := input.Read(paths, haimen(t), march, input.Options{})

	ps := diag.AsProblems(err)
	if len(ps) != 1 {
		t.Fatalf("got %d problems (%v), want 1", len(ps), err)
	}
	if want := (diag.Location{File: paths.Roster, Row: 2, Col: 1}); ps[0].Where != want {
		t.Errorf("problem at %q, want %q", ps[0].Where, want)
	}
	if !strings.Contains(ps[0].Message, "科学计数法") {
		t.Errorf("message %q does not name scientific notation", ps[0].Message)
	}
}

func TestValueWithoutHeaderRejected(t *testing.T) {
	roster := []string{"工号,姓名,岗位", "2001,李晓梅,受理岗", "3001,孙志强,派遣岗,离职"}
	paths := monthLines{roster: roster}.write(t)
	_, err := input.Read(paths, haimen(t), march, input.Options{})

	ps := diag.AsProblems(err)
	if len(ps) != 1 {
		t.Fatalf("got %d problems (%v), want 1", len(ps), err)
	}
	if want := (diag.Location{File: paths.Roster, Row: 3, Col: 4}); ps[0].Where != want {
		t.Errorf("problem at %q, want %q", ps[0].Where, want)
	}
	if !strings.Contains(ps[0].Message, "表头行（第 1 行）的这一格是空的") {
		t.Errorf("message %q does not point at the empty header", ps[0].Message)
	}
}

func TestUnknownCountColumnRejected(t *testing.T) {
	workload := []string{"日期,工号,岗位,话务量", "2018-03-01,2001,受理,600"}
	paths := monthLines{workload: workload}.write(t)
	_, err := input.Read(paths, haimen(t), march, input.Options{})

	ps := diag.AsProblems(err)
	if len(ps) != 1 {
		t.Fatalf("got %d problems (%v), want 1", len(ps), err)
	}
	if want := (diag.Location{File: paths.Workload, Row: 1, Col: 4}); ps[0].Where != want {
		t.Errorf("problem at %q, want %q", ps[0].Where, want)
	}
	if !strings.Contains(ps[0].Message, "columns: {工作量: [话务量]}") {
		t.Errorf("message %q does not show the kaohe.yaml fix", ps[0].Message)
	}

	opts := input.Options{Aliases: map[string][]string{"工作量": {"话务量"}}}
	in, err := input.Read(paths, haimen(t), march, opts)
	if err != nil {
		t.Fatalf("Read with the alias: %v", err)
	}
	if got := in.Workload.Rows[0].Amount.String(); got != "600" {
		t.Errorf("amount = %s, want 600 from 话务量", got)
	}
}

func TestUnknownOptionKeysRejected(t *testing.T) {
	paths := monthLines{}.write(t)
	opts := input.Options{
		Aliases:    map[string][]string{"工作量数": {"话务量"}},
		SheetNames: map[string]string{"workloads": "3月"},
	}
	_, err := input.Read(paths, haimen(t), march, opts)

	ps := diag.AsProblems(err)
	if len(ps) != 2 {
		t.Fatalf("got %d problems (%v), want 2", len(ps), err)
	}
	keys := map[string]bool{ps[0].Where.Key: true, ps[1].Where.Key: true}
	if !keys["columns.工作量数"] || !keys["sheets.workloads"] {
		t.Errorf("problems at keys %v, want columns.工作量数 and sheets.workloads", keys)
	}
}

func TestEmptyRosterRejected(t *testing.T) {
	paths := monthLines{roster: []string{rosterHeader}}.write(t)
	_, err := input.Read(paths, haimen(t), march, input.Options{})
	if err == nil || !strings.Contains(err.Error(), "花名册中没有任何人员") {
		t.Errorf("Read with an empty roster: %v, want it refused", err)
	}
}

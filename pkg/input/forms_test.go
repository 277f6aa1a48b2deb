package input_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
	"github.com/kaohe/kaohe/pkg/sheet"
	"github.com/shopspring/decimal"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestLogItemCodeForms(t *testing.T) {
	cases := []struct {
		written string
		want    string
	}{
		{"纪律-1", "纪律-1"},
		{"纪律1", "纪律-1"},
		{"纪律 1", "纪律-1"},
		{"纪律 - 1", "纪律-1"},
		{"纪律－１", "纪律-1"},
		{"纪律１", "纪律-1"},
		{"纪律—1", "纪律-1"},
		{" 纪律_1 ", "纪律-1"},
		{"考勤迟到", "考勤-迟到"},
		{"考勤－早退", "考勤-早退"},
		{"加分４", "加分-4"},
		{"值班长 10", ""},
	}
	for _, c := range cases {
		t.Run(c.written, func(t *testing.T) {
			row := "2018-03-05,2001,李晓梅," + c.written + ",,2,,,"
			paths := monthLines{log: []string{logHeader, row}}.write(t)

			log, _, ps := input.ReadLog(paths.Log, haimen(t), march, input.Options{})

			if c.want == "" {
				if len(ps) != 1 {
					t.Errorf("got %d problems, want 1 for an unknown code", len(ps))
				}
				return
			}
			if len(ps) != 0 {
				t.Fatalf("ReadLog: %v", ps.Err())
			}
			if got := log.Entries[0].Item.Code; got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// personFields are the fields of a roster person that do not depend on the
// file they came from.
type personFields struct {
	ID, Name, Role, Status string
	Counted                bool
	Row                    int
}

func rosterFields(r *input.Roster) []personFields {
	var out []personFields
	for _, p := range r.People {
		out = append(out, personFields{p.ID, p.Name, p.Role.Name, p.Status, p.Counted, p.Where.Row})
	}
	return out
}

func TestRosterEncodingsReadAlike(t *testing.T) {
	text := string(csvBytes(rosterHeader,
		"2001,李晓梅,受理岗,在岗",
		"3001,孙志强,派遣,停薪留职",
		"5001,郑雨涵,专岗人员,",
	))
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string][]byte{
		"utf8.csv": []byte(text),
		"bom.csv":  append([]byte{0xEF, 0xBB, 0xBF}, text...),
		"gbk.csv":  []byte(gbk),
	}

	var want []personFields
	for _, name := range []string{"utf8.csv", "bom.csv", "gbk.csv"} {
		path := writeFile(t, dir, name, files[name])
		roster, _, ps := input.ReadRoster(path, haimen(t), input.Options{})
		if len(ps) != 0 {
			t.Fatalf("%s: %v", name, ps.Err())
		}
		got := rosterFields(roster)
		if want == nil {
			want = got
			if len(want) != 3 || want[2].Role != "专岗" || want[1].Counted {
				t.Fatalf("%s read as %+v", name, want)
			}
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s read as %+v, want %+v", name, got, want)
		}
	}
}

func TestLogGBK(t *testing.T) {
	text := string(csvBytes(logHeader, "2018年3月5日,2001,李晓梅,纪律１,,3.5,,受理岗,事假"))
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, t.TempDir(), "扣分登记.csv", []byte(gbk))

	log, _, ps := input.ReadLog(path, haimen(t), march, input.Options{})

	if len(ps) != 0 {
		t.Fatalf("ReadLog: %v", ps.Err())
	}
	e := log.Entries[0]
	if e.Item.Code != "纪律-1" {
		t.Errorf("got %q, want %q", e.Item.Code, "纪律-1")
	}
	if e.Post != "受理" {
		t.Errorf("got %q, want %q", e.Post, "受理")
	}
	if e.Note != "事假" {
		t.Errorf("got %q, want %q", e.Note, "事假")
	}
}

func TestRosterHeaderBelowTitle(t *testing.T) {
	roster := []string{
		"海门市12345平台 2018年3月 花名册",
		"",
		" 工 号 ,姓名,岗位名称,人员状态",
		"2001,李晓梅,受理岗,在岗",
		"3001,孙志强,派遣岗,离职",
	}
	in := monthLines{roster: roster}.read(t)

	got := rosterFields(in.Roster)
	want := []personFields{
		{"2001", "李晓梅", "受理岗", "在岗", true, 4},
		{"3001", "孙志强", "派遣岗", "离职", false, 5},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestRosterXLSXMatchesCSV(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/花名册.xlsx"
	err := sheet.Write(path, []sheet.OutTable{{
		Name:   "2018年3月",
		Header: []string{"2018年3月花名册"},
		Rows: [][]sheet.OutCell{
			{sheet.TextCell("工号"), sheet.TextCell("姓名"), sheet.TextCell("岗位")},
			{sheet.IntCell(2001), sheet.TextCell("李晓梅"), sheet.TextCell("受理岗")},
			{sheet.TextCell("3001"), sheet.TextCell("孙志强"), sheet.TextCell("派遣岗")},
		},
	}})
	if err != nil {
		t.Fatal(err)
	}

	roster, _, ps := input.ReadRoster(path, haimen(t), input.Options{})

	if len(ps) != 0 {
		t.Fatalf("ReadRoster: %v", ps.Err())
	}
	got := rosterFields(roster)
	want := []personFields{
		{"2001", "李晓梅", "受理岗", "", true, 3},
		{"3001", "孙志强", "派遣岗", "", true, 4},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if sheetName := roster.People[0].Where.Sheet; sheetName != "2018年3月" {
		t.Errorf("got sheet %q, want %q", sheetName, "2018年3月")
	}
}

func TestPerTicketExportCountsRows(t *testing.T) {
	workload := []string{
		"工单编号,工单日期,坐席工号,业务类型",
		"T1,2018-03-01,2001,受理",
		"T2,2018-03-01,2001,受理岗",
		"T3,2018-03-01,2001,受理",
		"T4,2018-03-02,2001,受理",
		"T5,2018-03-01,3001,派遣",
	}
	in := monthLines{workload: workload}.read(t)

	export := in.Workload
	if !export.Dated {
		t.Error("Dated is false for an export with 工单日期")
	}
	want := []struct {
		id, post, date, amount string
		rows                   int
	}{
		{"2001", "受理", "2018-03-01", "3", 3},
		{"2001", "受理", "2018-03-02", "1", 1},
		{"3001", "派遣", "2018-03-01", "1", 1},
	}
	if len(export.Rows) != len(want) {
		t.Fatalf("got %d rows, want %d: %+v", len(export.Rows), len(want), export.Rows)
	}
	for i, w := range want {
		got := export.Rows[i]
		key := got.ID + " " + got.Post + " " + got.Date.Format("2006-01-02")
		if wantKey := w.id + " " + w.post + " " + w.date; key != wantKey {
			t.Errorf("row %d is %q, want %q", i, key, wantKey)
		}
		if !got.Amount.Equal(decimal.RequireFromString(w.amount)) {
			t.Errorf("row %d amount %s, want %s", i, got.Amount, w.amount)
		}
		if got.Rows != w.rows {
			t.Errorf("row %d sums %d rows, want %d", i, got.Rows, w.rows)
		}
	}
	if row := export.Rows[0].Where.Row; row != 2 {
		t.Errorf("first sum located at row %d, want 2", row)
	}
}

func TestUndatedExportSumsByPost(t *testing.T) {
	workload := []string{
		"工号,岗位,工作量",
		`2001,受理,"1,000"`,
		"2001,受理,200.5",
		"3001,派遣,900",
	}
	in := monthLines{workload: workload}.read(t)

	if in.Workload.Dated {
		t.Error("Dated is true for an export without 日期")
	}
	if len(in.Workload.Rows) != 2 {
		t.Fatalf("got %d rows, want 2", len(in.Workload.Rows))
	}
	if got := in.Workload.Rows[0]; !got.Amount.Equal(decimal.RequireFromString("1200.5")) ||
		!got.Date.IsZero() {
		t.Errorf("2001 受理 is %s on %s, want 1200.5 with no date", got.Amount, got.Date)
	}
}

func TestEmptyAmountCellIsAProblem(t *testing.T) {
	paths := monthLines{workload: []string{
		workloadHeader,
		"2018-03-01,2001,李晓梅,受理,600",
		"2018-03-01,3001,孙志强,派遣,",
	}}.write(t)
	_, err := input.Read(paths, haimen(t), march, input.Options{})

	ps := diag.AsProblems(err)
	if len(ps) != 1 {
		t.Fatalf("got %d problems (%v), want 1", len(ps), err)
	}
	want := diag.Location{File: paths.Workload, Row: 3, Col: 5}
	if ps[0].Where != want {
		t.Errorf("problem at %q, want %q", ps[0].Where, want)
	}
	if !strings.Contains(ps[0].Message, "工作量为空") {
		t.Errorf("message %q does not say the 工作量 is empty", ps[0].Message)
	}
}

func TestDateOutsideMonthWarns(t *testing.T) {
	m := monthLines{
		workload: []string{workloadHeader, "2018-02-28,2001,李晓梅,受理,600"},
		log:      []string{logHeader, "2018-04-01,2001,李晓梅,纪律-2,,,,,"},
	}
	paths := m.write(t)
	in, err := input.Read(paths, haimen(t), march, input.Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}

	want := []struct {
		where  diag.Location
		detail string
	}{
		{diag.Location{File: paths.Workload, Row: 2, Col: 1}, "日期 2018-02-28 不在 2018-03 之内"},
		{diag.Location{File: paths.Log, Row: 2, Col: 1}, "日期 2018-04-01 不在 2018-03 之内"},
	}
	if len(in.Warnings) != len(want) {
		t.Fatalf("got %d warnings, want %d: %+v", len(in.Warnings), len(want), in.Warnings)
	}
	for i, w := range want {
		got := in.Warnings[i]
		if got.Kind != diag.KindData || got.ID != "2001" {
			t.Errorf("warning %d is %s about %q, want %s about 2001", i, got.Kind, got.ID,
				diag.KindData)
		}
		if got.Where != w.where {
			t.Errorf("warning %d at %q, want %q", i, got.Where, w.where)
		}
		if !strings.Contains(got.Detail, w.detail) {
			t.Errorf("warning %d detail %q does not contain %q", i, got.Detail, w.detail)
		}
	}
	if got := in.Log.Entries[0].Date; !got.Equal(time.Date(2018, 4, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("log date %s, want 2018-04-01 kept", got)
	}
}

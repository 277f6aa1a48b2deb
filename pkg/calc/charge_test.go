package calc

import (
	"strconv"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
)

// combinedMonth has a 受理 person and a 专岗 person whose export rows are
// given by the test.
func combinedMonth(rows ...string) monthCSV {
	return monthCSV{
		roster: []string{
			rosterHeader,
			"2001,李晓梅,受理岗,在岗",
			"5001,郑雨涵,专岗,在岗",
		},
		workload: append([]string{datedHeader, "2018-03-01,2001,受理,600"}, rows...),
	}
}

func TestCombinedChargeMostWorkload(t *testing.T) {
	cases := []struct {
		name string
		rows []string
		want string
	}{
		{"派遣 most", []string{
			"2018-03-01,5001,回访,100",
			"2018-03-01,5001,受理,300",
			"2018-03-01,5001,派遣,500",
		}, "派遣"},
		{"three-way tie goes to 受理", []string{
			"2018-03-01,5001,回访,200",
			"2018-03-01,5001,派遣,200",
			"2018-03-01,5001,受理,200",
		}, "受理"},
		{"tie of 派遣 and 回访 goes to 派遣", []string{
			"2018-03-01,5001,回访,200",
			"2018-03-01,5001,派遣,200",
		}, "派遣"},
		{"回访 most", []string{
			"2018-03-01,5001,受理,100",
			"2018-03-01,5001,回访,300",
		}, "回访"},
		{"summed over days", []string{
			"2018-03-01,5001,受理,300",
			"2018-03-01,5001,回访,200",
			"2018-03-02,5001,回访,200",
		}, "回访"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := combinedMonth(c.rows...).withLog("2018-03-11,5001,纪律-2,,,,").compute(t)

			got := applied(res, "5001", "纪律-2")
			if len(got) != 1 {
				t.Fatalf("%d applications of 纪律-2, want 1", len(got))
			}
			if got[0].Post == nil || got[0].Post.Name != c.want {
				t.Fatalf("charged to %v, want %q", got[0].Post, c.want)
			}
			line := lineOf(t, person(t, res, "5001"), c.want)
			checkDecimal(t, c.want+" DeductPoints", line.DeductPoints, "2")
		})
	}
}

func TestCombinedChargeNamedPost(t *testing.T) {
	res := combinedMonth(
		"2018-03-01,5001,受理,300",
		"2018-03-01,5001,派遣,500",
		"2018-03-01,5001,回访,100",
	).withLog(
		"2018-03-11,5001,纪律-2,,,,回访",
		"2018-03-12,5001,加分-1,,,,受理岗",
	).compute(t)

	p := person(t, res, "5001")
	checkDecimal(t, "回访 DeductPoints", lineOf(t, p, "回访").DeductPoints, "2")
	checkDecimal(t, "派遣 DeductPoints", lineOf(t, p, "派遣").DeductPoints, "0")
	checkDecimal(t, "受理 BonusPoints", lineOf(t, p, "受理").BonusPoints, "2")
	checkDecimal(t, "回访 adjusted", lineOf(t, p, "回访").Adjusted, "60")
	checkDecimal(t, "受理 adjusted", lineOf(t, p, "受理").Adjusted, "320")
	if n := len(warningsOf(res, diag.KindData)); n != 0 {
		t.Errorf("%d data warnings, want 0: %+v", n, res.Warnings)
	}
}

func TestPostTableItemWithoutThatWorkload(t *testing.T) {
	res := combinedMonth(
		"2018-03-01,5001,派遣,500",
		"2018-03-01,5001,回访,100",
	).withLog("2018-03-11,5001,受理-3,,,,").compute(t)

	got := applied(res, "5001", "受理-3")
	if len(got) != 1 {
		t.Fatalf("%d applications of 受理-3, want 1", len(got))
	}
	if got[0].Post == nil || got[0].Post.Name != "派遣" {
		t.Errorf("charged to %v, want the main line 派遣", got[0].Post)
	}
	p := person(t, res, "5001")
	checkDecimal(t, "派遣 adjusted", lineOf(t, p, "派遣").Adjusted, "400")
	if p.line("受理") != nil {
		t.Error("5001 got a 受理 line without 受理 workload")
	}
	if n := len(dataWarningsWith(res, "没有受理岗的工作量")); n != 1 {
		t.Errorf("%d warnings about the missing 受理 workload, want 1", n)
	}
}

func TestNamedPostOfOtherPerson(t *testing.T) {
	res := combinedMonth().withLog("2018-03-11,2001,纪律-2,,,,派遣").compute(t)

	line := lineOf(t, person(t, res, "2001"), "受理")
	checkDecimal(t, "受理 DeductPoints", line.DeductPoints, "2")
	if n := len(dataWarningsWith(res, "没有派遣岗的工作量")); n != 1 {
		t.Errorf("%d warnings about the missing 派遣 workload, want 1", n)
	}
}

func TestExportRowsExcluded(t *testing.T) {
	m := monthCSV{
		roster: []string{
			rosterHeader,
			"1001,周海燕,值班长,在岗",
			"2001,李晓梅,受理岗,在岗",
		},
		workload: []string{
			datedHeader,
			"2018-03-01,2001,受理,600",
			"2018-03-01,9999,受理,700",
			"2018-03-01,9999,受理,100",
			"2018-03-01,2001,派遣,50",
			"2018-03-01,1001,受理,40",
		},
	}
	res := m.withLog().compute(t)

	cases := []struct {
		name string
		text string
	}{
		{"not on the roster", "工号 9999 不在花名册中，导出中受理岗的工作量不计入任何岗位（共 2 行，合计 800"},
		{"other post of a 受理 person", "导出中派遣岗的工作量不计入任何岗位"},
		{"management person", "岗位是值班长，导出中受理岗的工作量不计入任何岗位"},
	}
	for _, c := range cases {
		if n := len(dataWarningsWith(res, c.text)); n != 1 {
			t.Errorf("%s: %d warnings with %q, want 1", c.name, n, c.text)
		}
	}

	clerk := person(t, res, "2001")
	if len(clerk.Lines) != 1 {
		t.Errorf("2001 has %d lines, want 1", len(clerk.Lines))
	}
	checkDecimal(t, "2001 受理 start", lineOf(t, clerk, "受理").Start, "600")
	manager := person(t, res, "1001")
	if len(manager.Lines) != 1 {
		t.Errorf("1001 has %d lines, want 1", len(manager.Lines))
	}
	checkDecimal(t, "1001 管理 start", lineOf(t, manager, "管理").Start, "500")
	checkDecimal(t, "受理 total", postResult(t, res, "受理").Total, "600")
}

func TestExportUnknownIDWarnedOncePerPost(t *testing.T) {
	m := combinedMonth(
		"2018-03-01,9999,受理,700",
		"2018-03-02,9999,受理,100",
		"2018-03-03,9999,受理,100",
	)
	res := m.withLog().compute(t)

	got := dataWarningsWith(res, "工号 9999 不在花名册中")
	if len(got) != 1 {
		t.Fatalf("%d warnings about 9999 over three days, want 1", len(got))
	}
	if !strings.Contains(got[0].Detail, "合计 900") {
		t.Errorf("detail %q does not give the total 900", got[0].Detail)
	}
}

func TestLogIDNotOnRoster(t *testing.T) {
	paths := combinedMonth().withLog(
		"2018-03-11,2001,纪律-2,,,,",
		"2018-03-12,8888,纪律-2,,,,",
	).write(t)

	_, err := tryCompute(t, paths)

	ps := diag.AsProblems(err)
	if len(ps) != 1 {
		t.Fatalf("got %d problems (%v), want 1", len(ps), err)
	}
	want := diag.Location{File: paths.Log, Row: 3, Col: 2}
	if ps[0].Where != want {
		t.Errorf("problem at %q, want %q", ps[0].Where, want)
	}
	if !strings.Contains(ps[0].Message, "工号 8888 不在花名册中") {
		t.Errorf("message %q does not name 工号 8888", ps[0].Message)
	}
}

func TestUncountedStatus(t *testing.T) {
	cases := []struct {
		name   string
		status string
		want   int
	}{
		{"在岗 counted", "在岗", 3},
		{"离职 not counted", "离职", 2},
		{"停薪留职 not counted", "停薪留职", 2},
		{"不计人数 not counted", "不计人数", 2},
		{"spaces around 离职", " 离职 ", 2},
		{"empty counted", "", 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := combinedMonth("2018-03-01,5001,受理,300")
			m.roster = append(m.roster, "2002,张丽华,受理岗,"+c.status)
			res := m.withLog().compute(t)

			if res.Headcount != c.want {
				t.Errorf("Headcount = %d, want %d", res.Headcount, c.want)
			}
			checkDecimal(t, "pool", res.Pool, strconv.Itoa(500*c.want))
			if got, want := person(t, res, "2002").Counted, c.want == 3; got != want {
				t.Errorf("2002 Counted = %v, want %v", got, want)
			}
		})
	}
}

func TestLogNameDiffersWarns(t *testing.T) {
	m := combinedMonth()
	m.log = []string{"日期,工号,姓名,项目", "2018-03-11,2001,李小梅,纪律-2"}
	res := m.compute(t)

	got := dataWarningsWith(res, "登记的姓名“李小梅”与花名册的“李晓梅”不同")
	if len(got) != 1 {
		t.Fatalf("%d warnings about the name, want 1", len(got))
	}
	if got[0].Where.Row != 2 {
		t.Errorf("warning at row %d, want 2", got[0].Where.Row)
	}
	checkDecimal(t, "2001 DeductPoints", person(t, res, "2001").DeductPoints, "2")
}

func TestInputWarningsKept(t *testing.T) {
	res := combinedMonth().withLog("2018-04-02,2001,纪律-2,,,,").compute(t)

	if n := len(dataWarningsWith(res, "不在 2018-03 之内")); n != 1 {
		t.Errorf("%d warnings about the April date, want 1", n)
	}
}

package calc

import (
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
)

// baseMonth has a 值班长 (管理, 500 to start) and a 受理 person with 1000
// of workload, 400 of it on 2018-03-02 in two export rows.
var baseMonth = monthCSV{
	roster: []string{
		rosterHeader,
		"1001,周海燕,值班长,在岗",
		"2001,李晓梅,受理岗,在岗",
	},
	workload: []string{
		datedHeader,
		"2018-03-01,2001,受理,600",
		"2018-03-02,2001,受理,250",
		"2018-03-02,2001,受理,150",
	},
}

func TestFixedItemTimesCount(t *testing.T) {
	cases := []struct {
		name       string
		row        string
		code       string
		wantPoints string
		wantWork   string
	}{
		{"受理-1 three times", "2018-03-05,2001,受理-1,3,,,", "受理-1", "3", "970"},
		{"纪律-2 count empty", "2018-03-05,2001,纪律-2,,,,", "纪律-2", "2", "980"},
		{"受理-6 twice", "2018-03-05,2001,受理-6,2,,,", "受理-6", "6", "940"},
		{"分值 ignored for fixed item", "2018-03-05,2001,受理-1,1,,5,", "受理-1", "1", "990"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := baseMonth.withLog(c.row).compute(t)

			got := applied(res, "2001", c.code)
			if len(got) != 1 {
				t.Fatalf("%d applications of %s, want 1", len(got), c.code)
			}
			checkDecimal(t, "points", got[0].Points, c.wantPoints)
			line := lineOf(t, person(t, res, "2001"), "受理")
			checkDecimal(t, "adjusted 受理", line.Adjusted, c.wantWork)
		})
	}
}

func TestFixedPointsDifferFromRuleWarns(t *testing.T) {
	res := baseMonth.withLog("2018-03-05,2001,受理-1,1,,5,").compute(t)

	if got := dataWarningsWith(res, "按规则计"); len(got) != 1 {
		t.Errorf("%d warnings about 分值 5 against the rule's 1, want 1", len(got))
	}
}

func TestAttendanceFullFourHours(t *testing.T) {
	cases := []struct {
		name       string
		rows       []string
		wantHours  string
		wantPoints string
	}{
		{"3.5h leave and 10 minutes late", []string{
			"2018-03-05,2001,纪律-1,,3.5,,",
			"2018-03-06,2001,考勤-迟到,,10,,",
		}, "4", "1"},
		{"3.9h leave", []string{"2018-03-05,2001,纪律-1,,3.9,,"}, "3.9", "0"},
		{"leave summed over rows", []string{
			"2018-03-05,2001,纪律-1,,2,,",
			"2018-03-06,2001,纪律-1,,2,,",
			"2018-03-07,2001,纪律-1,,3.9,,",
		}, "7.9", "1"},
		{"leave hours times count", []string{"2018-03-05,2001,纪律-1,3,2,,"}, "6", "1"},
		{"one day absent", []string{"2018-03-05,2001,考勤-旷工,,1,,"}, "8", "2"},
		{"half a day absent", []string{"2018-03-05,2001,考勤-旷工,,0.5,,"}, "4", "1"},
		{"1.4 days absent", []string{"2018-03-05,2001,考勤-旷工,,1.4,,"}, "11.2", "2"},
		{"31 minutes late twice", []string{"2018-03-05,2001,考勤-迟到,2,31,,"}, "8", "2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := baseMonth.withLog(c.rows...).compute(t)

			total := attendanceTotal(res, "2001")
			if total == nil {
				t.Fatal("no attendance total for 2001")
			}
			checkDecimal(t, "hours", total.Hours, c.wantHours)
			checkDecimal(t, "points", total.Points, c.wantPoints)
			p := person(t, res, "2001")
			checkDecimal(t, "AttendancePoints", p.AttendancePoints, c.wantPoints)
			line := lineOf(t, p, "受理")
			checkDecimal(t, "line DeductPoints", line.DeductPoints, c.wantPoints)
		})
	}
}

func TestLatenessBands(t *testing.T) {
	cases := []struct {
		name      string
		minutes   string
		wantHours string
		wantLate  int
	}{
		{"under 5 minutes", "4", "0", 0},
		{"5 minutes", "5", "0.5", 1},
		{"30 minutes", "30", "0.5", 1},
		{"31 minutes", "31", "4", 1},
	}
	for _, c := range cases {
		for _, code := range []string{"考勤-迟到", "考勤-早退"} {
			t.Run(c.name+" "+code, func(t *testing.T) {
				row := "2018-03-05,2001," + code + ",," + c.minutes + ",,"
				res := baseMonth.withLog(row).compute(t)

				got := applied(res, "2001", code)
				if len(got) != 1 {
					t.Fatalf("%d applications of %s, want 1", len(got), code)
				}
				checkDecimal(t, "row hours", got[0].Hours, c.wantHours)
				if p := person(t, res, "2001"); p.Latenesses != c.wantLate {
					t.Errorf("Latenesses = %d, want %d", p.Latenesses, c.wantLate)
				}
			})
		}
	}
}

func TestRateItem(t *testing.T) {
	cases := []struct {
		name       string
		quantity   string
		wantPoints string
		wantWarn   int
	}{
		{"below threshold", "2.9", "0", 1},
		{"at threshold", "3", "3", 0},
		{"one full point above", "4.2", "4", 0},
		{"two full points above", "5.4", "5", 0},
		{"percent sign", "4.2%", "4", 0},
		{"full-width percent sign", "4.2％", "4", 0},
	}
	for _, c := range cases {
		for _, code := range []string{"值班长-4", "协调员-2"} {
			t.Run(c.name+" "+code, func(t *testing.T) {
				res := baseMonth.withLog("2018-03-31,1001," + code + ",," + c.quantity + ",,").
					compute(t)

				got := applied(res, "1001", code)
				if len(got) != 1 {
					t.Fatalf("%d applications of %s, want 1", len(got), code)
				}
				checkDecimal(t, "points", got[0].Points, c.wantPoints)
				if n := len(warningsOf(res, diag.KindRate)); n != c.wantWarn {
					t.Errorf("%d 比率未达标 warnings, want %d", n, c.wantWarn)
				}
				line := lineOf(t, person(t, res, "1001"), "管理")
				want := dec("500").Sub(dec(c.wantPoints).Mul(dec("10")))
				checkDecimal(t, "adjusted 管理", line.Adjusted, want.String())
			})
		}
	}
}

func TestForfeitMonth(t *testing.T) {
	m := monthCSV{
		roster: []string{
			rosterHeader,
			"2001,李晓梅,受理岗,在岗",
			"2002,张丽华,受理岗,在岗",
			"5001,郑雨涵,专岗,在岗",
		},
		workload: []string{
			datedHeader,
			"2018-03-01,2001,受理,600",
			"2018-03-01,2002,受理,400",
			"2018-03-01,5001,受理,300",
			"2018-03-01,5001,派遣,150",
			"2018-03-02,5001,回访,200",
		},
	}
	res := m.withLog(
		"2018-03-14,2001,受理-8,,,,",
		"2018-03-15,5001,纪律-11,,,,",
	).compute(t)

	for _, id := range []string{"2001", "5001"} {
		p := person(t, res, id)
		if p.Forfeited == nil {
			t.Errorf("%s Forfeited is nil, want the forfeiting row", id)
		}
		for _, l := range p.Lines {
			checkDecimal(t, id+" adjusted "+l.Post.Name, l.Adjusted, "0")
			checkDecimal(t, id+" amount "+l.Post.Name, l.Amount, "0")
		}
		checkDecimal(t, id+" bonus", p.Bonus, "0")
	}
	if n := len(person(t, res, "5001").Lines); n != 3 {
		t.Errorf("5001 has %d lines, want 3", n)
	}
	checkDecimal(t, "2002 受理 amount", lineOf(t, person(t, res, "2002"), "受理").Amount,
		postResult(t, res, "受理").Base.String())
}

func TestForfeitDayDatedExport(t *testing.T) {
	m := baseMonth
	m.roster = append(m.roster, "5001,郑雨涵,专岗,在岗")
	m.workload = append(m.workload,
		"2018-03-02,5001,受理,300",
		"2018-03-02,5001,派遣,80",
		"2018-03-03,5001,派遣,70",
	)
	res := m.withLog(
		"2018-03-02,2001,受理-7,,,,",
		"2018-03-02,2001,受理-7,,,,",
		"2018-03-02,5001,派遣-8,,,,",
	).compute(t)

	clerk := lineOf(t, person(t, res, "2001"), "受理")
	checkDecimal(t, "2001 DayForfeit", clerk.DayForfeit, "400")
	checkDecimal(t, "2001 adjusted", clerk.Adjusted, "600")
	if got := dataWarningsWith(res, "不重复扣除"); len(got) != 1 {
		t.Errorf("%d warnings about the repeated day, want 1", len(got))
	}
	rows := applied(res, "2001", "受理-7")
	if len(rows) != 2 {
		t.Fatalf("%d applications of 受理-7, want 2", len(rows))
	}
	checkDecimal(t, "first row workload", rows[0].Workload, "-400")
	checkDecimal(t, "repeated row workload", rows[1].Workload, "0")

	combined := person(t, res, "5001")
	checkDecimal(t, "5001 派遣 adjusted", lineOf(t, combined, "派遣").Adjusted, "70")
	checkDecimal(t, "5001 受理 adjusted", lineOf(t, combined, "受理").Adjusted, "300")
}

func TestForfeitDayUndatedExport(t *testing.T) {
	m := baseMonth
	m.workload = []string{undatedHeader, "2001,受理,1000"}

	cases := []struct {
		name string
		row  string
		want string
	}{
		{"数量 taken off", "2018-03-02,2001,受理-7,,150,,", "850"},
		{"数量 times 次数", "2018-03-02,2001,受理-7,2,150,,", "700"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := m.withLog(c.row).compute(t)

			line := lineOf(t, person(t, res, "2001"), "受理")
			checkDecimal(t, "adjusted", line.Adjusted, c.want)
		})
	}
}

func TestForfeitDayUndatedNeedsQuantity(t *testing.T) {
	m := baseMonth
	m.workload = []string{undatedHeader, "2001,受理,1000"}
	paths := m.withLog(
		"2018-03-01,2001,受理-1,,,,",
		"2018-03-02,2001,受理-7,,,,",
	).write(t)

	_, err := tryCompute(t, paths)

	ps := diag.AsProblems(err)
	if len(ps) != 1 {
		t.Fatalf("got %d problems (%v), want 1", len(ps), err)
	}
	want := diag.Location{File: paths.Log, Row: 3, Col: 5}
	if ps[0].Where != want {
		t.Errorf("problem at %q, want %q", ps[0].Where, want)
	}
	if !strings.Contains(ps[0].Message, "数量") {
		t.Errorf("message %q does not name 数量", ps[0].Message)
	}
}

func TestDiscretionaryPoints(t *testing.T) {
	cases := []struct {
		name       string
		row        string
		code       string
		wantPoints string
		wantWork   string
	}{
		{"decimal 分值", "2018-03-05,2001,纪律-13,,,1.5,", "纪律-13", "1.5", "985"},
		{"分值 times 次数", "2018-03-05,2001,纪律-13,2,,1.5,", "纪律-13", "3", "970"},
		{"受理 table", "2018-03-05,2001,受理-10,,,0.5,", "受理-10", "0.5", "995"},
		{"bonus", "2018-03-05,2001,加分-5,,,0.5,", "加分-5", "0.5", "1005"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := baseMonth.withLog(c.row).compute(t)

			got := applied(res, "2001", c.code)
			if len(got) != 1 {
				t.Fatalf("%d applications of %s, want 1", len(got), c.code)
			}
			checkDecimal(t, "points", got[0].Points, c.wantPoints)
			line := lineOf(t, person(t, res, "2001"), "受理")
			checkDecimal(t, "adjusted", line.Adjusted, c.wantWork)
		})
	}
}

func TestGroundRecordedOnly(t *testing.T) {
	res := baseMonth.withLog("2018-03-21,2001,退回-5,,,,").compute(t)

	got := person(t, res, "2001").Grounds
	if len(got) != 1 {
		t.Fatalf("%d grounds recorded, want 1", len(got))
	}
	if got[0].Code() != "退回-5" {
		t.Errorf("ground %q, want 退回-5", got[0].Code())
	}
	if at := got[0].Entry.Where; at.Row != 2 || at.Col != 3 {
		t.Errorf("ground at %q, want row 2, column C", at)
	}
	line := lineOf(t, person(t, res, "2001"), "受理")
	checkDecimal(t, "adjusted", line.Adjusted, "1000")
}

func TestLatenessCount(t *testing.T) {
	cases := []struct {
		name    string
		minutes []string
		want    int
	}{
		{"three of 5 minutes or more", []string{"5", "20", "40"}, 3},
		{"two of 5 minutes or more", []string{"4", "20", "40"}, 2},
		{"three under 5 minutes", []string{"1", "2", "4"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var rows []string
			for i, minutes := range c.minutes {
				date := "2018-03-1" + string(rune('0'+i))
				rows = append(rows, date+",2001,考勤-迟到,,"+minutes+",,")
			}
			res := baseMonth.withLog(rows...).compute(t)

			if n := person(t, res, "2001").Latenesses; n != c.want {
				t.Errorf("%d latenesses counted, want %d", n, c.want)
			}
		})
	}
}

func TestBonusCapInLogOrder(t *testing.T) {
	res := baseMonth.withLog(
		"2018-03-06,2001,加分-1,,,,",
		"2018-03-09,2001,加分-2,2,,,",
		"2018-03-10,2001,加分-3,,,,",
	).compute(t)

	counted := []string{"2", "3", "0"}
	for i, code := range []string{"加分-1", "加分-2", "加分-3"} {
		got := applied(res, "2001", code)
		if len(got) != 1 {
			t.Fatalf("%d applications of %s, want 1", len(got), code)
		}
		checkDecimal(t, code+" counted", got[0].Counted, counted[i])
	}
	cut := applied(res, "2001", "加分-2")[0]
	if !strings.Contains(cut.Reason, "超出 1 分不计") {
		t.Errorf("reason %q does not show the 1 point cut", cut.Reason)
	}
	if n := len(warningsOf(res, diag.KindBonusCap)); n != 2 {
		t.Errorf("%d 加分超限 warnings, want 2", n)
	}

	p := person(t, res, "2001")
	checkDecimal(t, "BonusPoints", p.BonusPoints, "5")
	checkDecimal(t, "BonusClaimed", p.BonusClaimed, "8")
	checkDecimal(t, "adjusted", lineOf(t, p, "受理").Adjusted, "1050")
}

func TestClampBelowZero(t *testing.T) {
	m := baseMonth
	m.roster = append(m.roster, "2002,张丽华,受理岗,在岗")
	m.workload = []string{datedHeader, "2018-03-01,2001,受理,20", "2018-03-01,2002,受理,500"}
	res := m.withLog("2018-03-05,2001,受理-6,,,,").compute(t)

	line := lineOf(t, person(t, res, "2001"), "受理")
	checkDecimal(t, "unclamped", line.Unclamped, "-10")
	checkDecimal(t, "adjusted", line.Adjusted, "0")
	checkDecimal(t, "amount", line.Amount, "0")
	if !line.Clamped {
		t.Error("Clamped is false, want true")
	}
	got := warningsOf(res, diag.KindClamp)
	if len(got) != 1 || got[0].ID != "2001" {
		t.Errorf("工作量归零 warnings %+v, want one about 2001", got)
	}
}

func TestPostWithoutWorkloadUnpaid(t *testing.T) {
	res := baseMonth.withLog().compute(t)

	for _, name := range []string{"派遣", "回访"} {
		pr := postResult(t, res, name)
		checkDecimal(t, name+" paid", pr.Paid, "0")
		checkDecimal(t, name+" unpaid", pr.Unpaid, pr.Base.String())
	}
	clerk := postResult(t, res, "受理")
	checkDecimal(t, "受理 paid", clerk.Paid, clerk.Base.String())
	if n := len(warningsOf(res, diag.KindPool)); n != 2 {
		t.Errorf("%d 考核基数未分配 warnings, want 2", n)
	}
}

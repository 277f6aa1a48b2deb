package calc

import (
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
)

func TestLeadingZeroMismatchRejected(t *testing.T) {
	m := combinedMonth("2018-03-01,02001,受理,300")
	m.roster = []string{rosterHeader, "02001,李晓梅,受理岗,在岗", "5001,郑雨涵,专岗,在岗"}
	m.workload = []string{datedHeader, "2018-03-01,2001,受理,600"}
	_, err := tryCompute(t, m.withLog().write(t))

	ps := diag.AsProblems(err)
	if len(ps) != 1 {
		t.Fatalf("got %d problems (%v), want 1", len(ps), err)
	}
	if !strings.Contains(ps[0].Message, "但花名册中有 02001") {
		t.Errorf("message %q does not name the roster's 02001", ps[0].Message)
	}
	if ps[0].Where.Row != 2 {
		t.Errorf("problem at row %d, want the export's row 2", ps[0].Where.Row)
	}
}

func TestRateCountRejected(t *testing.T) {
	m := baseMonth
	m.roster = append(append([]string(nil), m.roster...), "1003,王建国,协调员,在岗")
	_, err := tryCompute(t, m.withLog("2018-03-31,1003,协调员-4,2,4.2,,").write(t))

	ps := diag.AsProblems(err)
	if len(ps) != 1 {
		t.Fatalf("got %d problems (%v), want 1", len(ps), err)
	}
	if ps[0].Where.Col != 4 || !strings.Contains(ps[0].Message, "次数应为 1") {
		t.Errorf("problem %v, want one at the 次数 cell (D)", ps[0])
	}
}

func TestRepeatedRateWarned(t *testing.T) {
	m := baseMonth
	m.roster = append(append([]string(nil), m.roster...), "1003,王建国,协调员,在岗")
	res := m.withLog("2018-03-30,1003,协调员-4,,4.2,,", "2018-03-31,1003,协调员-4,,5.4,,").compute(t)

	if got := dataWarningsWith(res, "本月已在第 2 行登记过"); len(got) != 1 {
		t.Errorf("%d warnings about the repeated rate, want 1", len(got))
	}
	checkDecimal(t, "points", person(t, res, "1003").DeductPoints, "9")
}

func TestForfeitDayWithoutWorkloadWarned(t *testing.T) {
	res := baseMonth.withLog("2018-03-07,2001,受理-7,,,,").compute(t)

	if got := dataWarningsWith(res, "2018-03-07 这一天没有此人受理岗的工作量，扣除 0"); len(got) != 1 {
		t.Errorf("%d warnings about the empty day, want 1: %+v", len(got), res.Warnings)
	}
}

func TestRedirectExplained(t *testing.T) {
	res := combinedMonth("2018-03-01,5001,回访,200").withLog("2018-03-17,5001,受理-1,,,,").compute(t)

	got := applied(res, "5001", "受理-1")
	if len(got) != 1 {
		t.Fatalf("%d applications of 受理-1, want 1", len(got))
	}
	if !strings.Contains(got[0].Reason, "本人没有受理岗的工作量，改记在回访岗") {
		t.Errorf("reason %q does not explain the move to 回访", got[0].Reason)
	}
}

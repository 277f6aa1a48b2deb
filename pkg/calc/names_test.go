package calc

import (
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
)

func TestPersonWithoutExportRowsWarned(t *testing.T) {
	m := baseMonth
	m.roster = append(append([]string(nil), m.roster...), "4001,吴静,回访岗,在岗")
	res := m.withLog().compute(t)

	var got []diag.Warning
	for _, w := range res.Warnings {
		if w.ID == "4001" && strings.Contains(w.Detail, "工作量导出中没有此人的回访岗工作量") {
			got = append(got, w)
		}
	}
	if len(got) != 1 {
		t.Fatalf("%d warnings about 4001's missing export rows, want 1: %+v", len(got), res.Warnings)
	}
	if got[0].Where.Row != 4 {
		t.Errorf("warning at row %d, want the roster's row 4", got[0].Where.Row)
	}
	for _, w := range res.Warnings {
		if w.ID == "1001" {
			t.Errorf("warning about the manager 1001, who has no export rows by design: %+v", w)
		}
	}
}

func TestInputWarningGetsRosterName(t *testing.T) {
	res := baseMonth.withLog("2018-04-02,2001,纪律-2,,,,").compute(t)

	for _, w := range res.Warnings {
		if strings.Contains(w.Detail, "不在 2018-03 之内") {
			if w.Name != "李晓梅" {
				t.Errorf("warning name = %q, want 李晓梅 from the roster", w.Name)
			}
			return
		}
	}
	t.Fatalf("no warning about the date outside the month: %+v", res.Warnings)
}

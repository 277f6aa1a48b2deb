package history

import (
	"fmt"
	"strings"

	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/diag"
)

// coverage warns once per ground about the months of its window that are
// not covered, so that HR can see the ground was not fully checked.
func (ev *evaluation) coverage() {
	g := ev.g
	windows := []struct {
		ground  string
		entries []*Entry
	}{
		{"一个季度迟到、早退次数", ev.quarter()},
		{fmt.Sprintf("%d 个月内旷工天数", g.AbsenceWindowMonths),
			ev.h.Window(ev.m, g.AbsenceWindowMonths)},
		{fmt.Sprintf("%d 个月内扣分超过 %s 分的月数", g.PointsWindowMonths, g.PointsOver),
			ev.h.Window(ev.m, g.PointsWindowMonths)},
	}
	for _, w := range windows {
		gaps := Gaps(w.entries)
		if gaps == "" {
			continue
		}
		ev.warnings = append(ev.warnings, diag.Warning{
			Kind: KindCoverage, Source: "退回条件：" + w.ground,
			Detail: fmt.Sprintf("未能计入 %s，只按其余月份判断", gaps),
		})
	}
}

// Gaps describes the entries that are not covered, grouping runs of
// months with the same status, such as "2017-04 至 2018-02（早于规则生效）";
// "" when every entry is covered.
func Gaps(entries []*Entry) string {
	var parts []string
	for i := 0; i < len(entries); {
		e := entries[i]
		if e.Status == Covered {
			i++
			continue
		}
		j := i
		for j+1 < len(entries) && entries[j+1].Status == e.Status {
			j++
		}
		span := e.Month.String()
		if j > i {
			span += " 至 " + entries[j].Month.String()
		}
		parts = append(parts, fmt.Sprintf("%s（%s）", span, e.Status))
		i = j + 1
	}
	return strings.Join(parts, "、")
}

// names warns when a person's 工号 had another name in the latest earlier
// month of the longest window where it is on the roster. A change is so
// reported in the month it happens rather than in every later month.
func (ev *evaluation) names(p *calc.Person) {
	span := max(ev.g.AbsenceWindowMonths, ev.g.PointsWindowMonths)
	window := ev.h.Window(ev.m, span)
	for i := len(window) - 2; i >= 0; i-- {
		q := window[i].Person(p.ID)
		if q == nil {
			continue
		}
		if q.Name != p.Name {
			ev.warnings = append(ev.warnings, diag.Warning{
				Kind: diag.KindData, ID: p.ID, Name: p.Name, Where: p.Where,
				Detail: fmt.Sprintf("工号 %s 在 %s 的花名册中名为“%s”，本月为“%s”，请核对是否同一人",
					p.ID, window[i].Month, q.Name, p.Name),
			})
		}
		return
	}
}

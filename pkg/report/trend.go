package report

import (
	"fmt"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/history"
	"github.com/kaohe/kaohe/pkg/sheet"
	"github.com/shopspring/decimal"
)

// Sheet names of the warnings workbook's history sheets.
const (
	SheetHistory = "历史"
	SheetChart   = "扣分走势"
)

// WatchedIDs returns the 工号 of the people with a 退回条件 or 接近
// warning, in order of their first such warning.
func WatchedIDs(warnings []diag.Warning) []string {
	seen := map[string]bool{}
	var ids []string
	for _, w := range warnings {
		if (w.Kind == diag.KindReturn || w.Kind == diag.KindNear) && w.ID != "" && !seen[w.ID] {
			seen[w.ID] = true
			ids = append(ids, w.ID)
		}
	}
	return ids
}

// trendTables returns the history sheet, with each watched person's monthly
// deduction points, latenesses and absence days, and the chart sheet of the
// points against the limit.
func trendTables(t history.Trend, limit decimal.Decimal) []sheet.OutTable {
	hist := sheet.OutTable{Name: SheetHistory, Header: []string{"工号", "姓名"}}
	for _, e := range t.Months {
		suffix := ""
		if e.Status != history.Covered {
			suffix = "（" + e.Status.String() + "）"
		}
		hist.Header = append(hist.Header, e.Month.String()+" 扣分"+suffix,
			e.Month.String()+" 迟到早退"+suffix, e.Month.String()+" 旷工天数"+suffix)
	}
	for _, p := range t.People {
		row := []sheet.OutCell{sheet.TextCell(p.ID), sheet.TextCell(p.Name)}
		for _, q := range p.Months {
			if q == nil {
				row = append(row, sheet.OutCell{}, sheet.OutCell{}, sheet.OutCell{})
				continue
			}
			row = append(row, sheet.NumberCell(q.DeductPoints), sheet.IntCell(q.Latenesses),
				sheet.NumberCell(q.AbsenceDays))
		}
		hist.Rows = append(hist.Rows, row)
	}

	limitName := fmt.Sprintf("%s 分线", limit)
	chart := sheet.OutTable{
		Name:   SheetChart,
		Header: []string{"月份"},
		Chart: &sheet.LineChart{Title: "每月扣分与 " + limitName, YTitle: "扣分",
			LimitLast: true},
	}
	for _, p := range t.People {
		chart.Header = append(chart.Header, p.Name+"（"+p.ID+"）")
	}
	chart.Header = append(chart.Header, limitName)
	for i, e := range t.Months {
		row := []sheet.OutCell{sheet.TextCell(e.Month.String())}
		for _, p := range t.People {
			if q := p.Months[i]; q != nil {
				row = append(row, sheet.NumberCell(q.DeductPoints))
			} else {
				row = append(row, sheet.OutCell{})
			}
		}
		chart.Rows = append(chart.Rows, append(row, sheet.NumberCell(limit)))
	}
	return []sheet.OutTable{hist, chart}
}

package report

import (
	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/history"
	"github.com/kaohe/kaohe/pkg/sheet"
	"github.com/shopspring/decimal"
)

// SheetWarnings is the name of the warnings workbook's sheet.
const SheetWarnings = "预警"

// WarningTables returns the sheets of the warnings workbook: one row per
// warning, in the order they were found, then when trend has people, their
// monthly figures and a chart of their deduction points against limit.
func WarningTables(warnings []diag.Warning, trend history.Trend, limit decimal.Decimal) []sheet.OutTable {
	t := sheet.OutTable{Name: SheetWarnings, Header: []string{
		"序号", "类别", "工号", "姓名", "依据", "说明",
	}}
	for i, w := range warnings {
		t.Rows = append(t.Rows, []sheet.OutCell{
			sheet.IntCell(i + 1), sheet.TextCell(string(w.Kind)), sheet.TextCell(w.ID),
			sheet.TextCell(w.Name), sheet.TextCell(Source(w)), sheet.TextCell(w.Detail),
		})
	}
	tables := []sheet.OutTable{t}
	if len(trend.People) > 0 {
		tables = append(tables, trendTables(trend, limit)...)
	}
	return tables
}

// Source names what is behind a warning: its input cell without the
// folder, or its Source when it has no place in the inputs.
func Source(w diag.Warning) string {
	if w.Where.IsZero() {
		return w.Source
	}
	return w.Where.Base().String()
}

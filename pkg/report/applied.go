package report

import (
	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// appliedTable has one row per applied log row, and one per person's
// attendance total.
func appliedTable(res *calc.Result) sheet.OutTable {
	t := sheet.OutTable{Name: SheetApplied, Header: []string{
		"序号", "日期", "工号", "姓名", "项目", "项目内容", "次数", "数量",
		"扣分", "加分（登记）", "加分（计入）", "计入岗位", "工作量影响", "说明", "来源",
	}}
	for _, a := range res.Applications {
		row := []sheet.OutCell{{}, {}, sheet.TextCell(a.Person.ID), sheet.TextCell(a.Person.Name),
			sheet.TextCell(a.Code())}
		if e := a.Entry; e != nil {
			row[0] = sheet.IntCell(e.Seq)
			row[1] = sheet.TextCell(e.Date.Format("2006-01-02"))
			row = append(row, sheet.TextCell(e.Item.Text), sheet.NumberCell(e.Count))
			if e.HasQuantity {
				row = append(row, sheet.NumberCell(e.Quantity))
			} else {
				row = append(row, sheet.OutCell{})
			}
		} else {
			row = append(row, sheet.TextCell("请假、迟到早退和旷工合计"), sheet.OutCell{},
				sheet.NumberCell(a.Hours))
		}

		deduct, claimed, counted := sheet.OutCell{}, sheet.OutCell{}, sheet.OutCell{}
		switch a.Effect {
		case rules.Deduct:
			deduct = sheet.NumberCell(a.Points)
		case rules.Add:
			claimed, counted = sheet.NumberCell(a.Points), sheet.NumberCell(a.Counted)
		}
		post := ""
		if a.Post != nil {
			post = a.Post.Name
		}
		row = append(row, deduct, claimed, counted, sheet.TextCell(post),
			sheet.NumberCell(a.Workload), sheet.TextCell(a.Reason), sheet.TextCell(source(a)))
		t.Rows = append(t.Rows, row)
	}
	return t
}

// source names the log cell an application came from.
func source(a *calc.Application) string {
	if a.Entry == nil {
		return "由本人各考勤行合计"
	}
	return a.Entry.Where.Base().String()
}

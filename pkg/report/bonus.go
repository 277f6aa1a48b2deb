package report

import (
	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/provenance"
	"github.com/kaohe/kaohe/pkg/sheet"
	"github.com/shopspring/decimal"
)

// Sheet names of the bonus workbook.
const (
	SheetBonus   = "考核奖"
	SheetLines   = "分岗明细"
	SheetApplied = "扣分明细"
	SheetPosts   = "汇总"
)

// BonusTables returns the sheets of the bonus workbook: one row per person,
// one per person and post, one per applied log row, the pool's split, each
// person's derivation in words, and the provenance.
func BonusTables(res *calc.Result, rec provenance.Record) []sheet.OutTable {
	return []sheet.OutTable{
		bonusTable(res),
		linesTable(res),
		appliedTable(res),
		postsTable(res),
		derivationTable(res),
		notesTable(rec),
	}
}

// bonusTable has one row per roster person and a total row.
func bonusTable(res *calc.Result) sheet.OutTable {
	header := []string{"工号", "姓名", "岗位"}
	for _, p := range res.Rules.Posts {
		header = append(header, p.Name+"工作量")
	}
	header = append(header, "扣分", "加分（计入）")
	for _, p := range res.Rules.Posts {
		header = append(header, p.Name+"调整后工作量")
	}
	header = append(header, "考核奖（元）")

	t := sheet.OutTable{Name: SheetBonus, Header: header, TotalRow: true}
	total := decimal.Zero
	for _, person := range res.People {
		row := []sheet.OutCell{
			sheet.TextCell(person.ID), sheet.TextCell(person.Name), sheet.TextCell(person.Role.Name),
		}
		row = append(row, perPost(res, person, func(l *calc.Line) decimal.Decimal { return l.Start })...)
		row = append(row, sheet.NumberCell(person.DeductPoints), sheet.NumberCell(person.BonusPoints))
		row = append(row, perPost(res, person, func(l *calc.Line) decimal.Decimal { return l.Adjusted })...)
		row = append(row, sheet.MoneyCell(person.Bonus))
		t.Rows = append(t.Rows, row)
		total = total.Add(person.Bonus)
	}

	last := make([]sheet.OutCell, len(header))
	last[0] = sheet.TextCell("合计")
	last[len(last)-1] = sheet.MoneyCell(total)
	t.Rows = append(t.Rows, last)
	return t
}

// perPost returns one cell per post of the rules: value of the person's
// line in that post, or an empty cell where there is none.
func perPost(res *calc.Result, p *calc.Person, value func(*calc.Line) decimal.Decimal) []sheet.OutCell {
	cells := make([]sheet.OutCell, len(res.Rules.Posts))
	for i, post := range res.Rules.Posts {
		for _, l := range p.Lines {
			if l.Post.Name == post.Name {
				cells[i] = sheet.NumberCell(value(l))
			}
		}
	}
	return cells
}

// linesTable shows how each person's share of each post came out.
func linesTable(res *calc.Result) sheet.OutTable {
	t := sheet.OutTable{Name: SheetLines, Header: []string{
		"工号", "姓名", "岗位", "起始工作量", "扣分", "加分（计入）", "每分折合工作量",
		"扣除当日工作量", "调整后工作量", "归零", "岗位工作总量", "考核基数（元）",
		"精确份额（元）", "舍入（元）", "最大余数补 0.01", "考核奖（元）",
	}}
	bases := map[string]*calc.PostResult{}
	for _, pr := range res.Posts {
		bases[pr.Post.Name] = pr
	}
	for _, p := range res.People {
		for _, l := range p.Lines {
			pr := bases[l.Post.Name]
			t.Rows = append(t.Rows, []sheet.OutCell{
				sheet.TextCell(p.ID), sheet.TextCell(p.Name), sheet.TextCell(l.Post.Name),
				sheet.NumberCell(l.Start), sheet.NumberCell(l.DeductPoints),
				sheet.NumberCell(l.BonusPoints), sheet.NumberCell(l.Post.PointsToWorkload),
				sheet.NumberCell(l.DayForfeit), sheet.NumberCell(l.Adjusted),
				sheet.TextCell(zeroReason(p, l)), sheet.NumberCell(pr.Total),
				sheet.MoneyCell(pr.Base), sheet.NumberCell(l.Exact), sheet.MoneyCell(l.Floor),
				sheet.TextCell(yesNo(l.Extra)), sheet.MoneyCell(l.Amount),
			})
		}
	}
	return t
}

func zeroReason(p *calc.Person, l *calc.Line) string {
	switch {
	case p.Forfeited != nil:
		return "扣除当月工作量（" + p.Forfeited.Code() + "）"
	case l.Clamped:
		return "低于下限，按 " + l.Adjusted.String() + " 计"
	}
	return ""
}

func yesNo(b bool) string {
	if b {
		return "是"
	}
	return ""
}

// postsTable shows the pool's split over posts.
func postsTable(res *calc.Result) sheet.OutTable {
	t := sheet.OutTable{Name: SheetPosts, TotalRow: true, Header: []string{
		"岗位", "系数", "考核基数（元）", "人数", "工作总量", "已分配（元）", "未分配（元）",
	}}
	paid, unpaid := decimal.Zero, decimal.Zero
	for _, pr := range res.Posts {
		t.Rows = append(t.Rows, []sheet.OutCell{
			sheet.TextCell(pr.Post.Label), sheet.NumberCell(pr.Post.Coefficient),
			sheet.MoneyCell(pr.Base), sheet.IntCell(pr.Lines), sheet.NumberCell(pr.Total),
			sheet.MoneyCell(pr.Paid), sheet.MoneyCell(pr.Unpaid),
		})
		paid, unpaid = paid.Add(pr.Paid), unpaid.Add(pr.Unpaid)
	}
	t.Rows = append(t.Rows, []sheet.OutCell{
		sheet.TextCell("合计"), {}, sheet.MoneyCell(res.Pool), sheet.IntCell(res.Headcount), {},
		sheet.MoneyCell(paid), sheet.MoneyCell(unpaid),
	})
	return t
}

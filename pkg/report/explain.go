package report

import (
	"fmt"
	"strings"

	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/sheet"
	"github.com/shopspring/decimal"
)

// SheetDerivation is the bonus workbook's sheet of derivations in words.
const SheetDerivation = "计算过程"

// Derivation returns, line by line in Chinese, how person p's bonus came
// out of res. The steps are the pool and post bases, the starting workload
// of each line, each log row applied, the bonus cap, the adjusted
// workloads with any clamping, and each share with its rounding.
func Derivation(res *calc.Result, p *calc.Person) []string {
	d := &derivation{res: res, p: p}
	d.add("%s %s（%s，%s）的考核奖", res.Month, p.Name, p.ID, p.Role.Name)
	d.add("规则：%s（%s）", res.Rules.Source, res.Rules.Title)
	d.pool()
	d.starts()
	d.applications()
	d.bonusCap()
	d.adjusted()
	d.shares()
	d.total()
	return d.lines
}

type derivation struct {
	res   *calc.Result
	p     *calc.Person
	lines []string
	step  int
}

var stepNumbers = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

func (d *derivation) add(format string, args ...any) {
	d.lines = append(d.lines, fmt.Sprintf(format, args...))
}

// heading adds the next numbered step.
func (d *derivation) heading(title string) {
	d.add("%s、%s", stepNumbers[d.step], title)
	d.step++
}

func (d *derivation) postResult(name string) *calc.PostResult {
	for _, pr := range d.res.Posts {
		if pr.Post.Name == name {
			return pr
		}
	}
	return nil
}

func (d *derivation) pool() {
	res := d.res
	d.heading("考核总额与岗位基数")
	d.add("  考核总额 = 计入人数 %d × 每人 %s 元 = %s 元",
		res.Headcount, res.Rules.Pool.PerHead, res.Pool.StringFixed(2))
	sum := decimal.Zero
	for _, pr := range res.Posts {
		sum = sum.Add(pr.Post.Coefficient)
	}
	for _, l := range d.p.Lines {
		pr := d.postResult(l.Post.Name)
		d.add("  %s考核基数 = %s × 系数 %s ÷ 系数合计 %s = %s 元（按 %s 元取整）",
			l.Post.Label, res.Pool.StringFixed(2), pr.Post.Coefficient, sum,
			pr.Base.StringFixed(2), res.Rules.Rounding.Unit)
	}
}

func (d *derivation) starts() {
	d.heading("起始工作量")
	if len(d.p.Lines) == 0 {
		d.add("  工作量导出中没有此人的工作量，没有任何岗位的工作量")
	}
	for _, l := range d.p.Lines {
		source := "工作量导出中本人本岗各行之和"
		if !l.Post.FromExport {
			source = "规则规定的管理岗当月工作量"
		}
		d.add("  %s：%s（%s）", l.Post.Label, l.Start, source)
	}
}

func (d *derivation) applications() {
	d.heading("扣分与加分登记（按登记顺序）")
	count := 0
	for _, a := range d.res.Applications {
		if a.Person != d.p {
			continue
		}
		count++
		d.add("  %s", describeApplication(a))
	}
	if count == 0 {
		d.add("  本月没有登记")
	}
}

// describeApplication writes one applied row: where it came from, what it
// scored and what it did to the workload.
func describeApplication(a *calc.Application) string {
	var b strings.Builder
	if e := a.Entry; e != nil {
		row := e.Where.Base()
		row.Col = 0
		fmt.Fprintf(&b, "%s %s %s（%s）：", row, e.Date.Format("2006-01-02"),
			e.Item.Code, e.Item.Text)
	} else {
		b.WriteString("考勤合计：")
	}
	b.WriteString(a.Reason)
	switch {
	case a.Post != nil && !a.Points.IsZero() && !a.Workload.IsZero():
		fmt.Fprintf(&b, "；记在%s，每分折合 %s 工作量，工作量 %s", a.Post.Label,
			a.Post.PointsToWorkload, signed(a.Workload))
	case a.Post != nil && !a.Workload.IsZero():
		fmt.Fprintf(&b, "；记在%s，工作量 %s", a.Post.Label, signed(a.Workload))
	}
	return b.String()
}

func signed(d decimal.Decimal) string {
	if d.IsPositive() {
		return "+" + d.String()
	}
	return d.String()
}

func (d *derivation) bonusCap() {
	p := d.p
	if p.BonusClaimed.IsZero() {
		return
	}
	d.heading("加分上限")
	d.add("  本月登记加分 %s 分，上限 %s 分，计入 %s 分", p.BonusClaimed,
		d.res.Rules.Bonus.MonthlyCap, p.BonusPoints)
}

func (d *derivation) adjusted() {
	d.heading("调整后工作量")
	for _, l := range d.p.Lines {
		rate := l.Post.PointsToWorkload
		d.add("  %s：%s − 扣分 %s × %s + 加分 %s × %s − 扣除当日工作量 %s = %s",
			l.Post.Label, l.Start, l.DeductPoints, rate, l.BonusPoints, rate, l.DayForfeit, l.Unclamped)
		switch {
		case d.p.Forfeited != nil:
			d.add("    因 %s 扣除当月工作量，按 0 计", d.p.Forfeited.Code())
		case l.Clamped:
			d.add("    低于下限 %s，按 %s 计", d.res.Rules.Workload.Minimum, l.Adjusted)
		}
	}
}

func (d *derivation) shares() {
	unit := d.res.Rules.Rounding.Unit
	d.heading("分配与取整")
	for _, l := range d.p.Lines {
		pr := d.postResult(l.Post.Name)
		if !pr.Total.IsPositive() {
			d.add("  %s：本岗工作总量为 0，考核基数未分配，本行 0 元", l.Post.Label)
			continue
		}
		d.add("  %s：%s 元 ÷ 岗位工作总量 %s × %s = %s 元，舍去零头为 %s 元",
			l.Post.Label, pr.Base.StringFixed(2), pr.Total, l.Adjusted, l.Exact, l.Floor.StringFixed(2))
		left := d.leftover(l.Post.Name)
		if left.IsZero() {
			d.add("    本岗舍去零头后没有余额，得 %s 元", l.Amount.StringFixed(2))
			continue
		}
		extra := "本行零头不在其中，不补"
		if l.Extra {
			extra = fmt.Sprintf("本行零头在其中，补 %s 元", unit)
		}
		d.add("    本岗舍去零头后余 %s 个 %s 元，按零头从大到小（相同时工号小者在先）逐个补给；%s，得 %s 元",
			left, unit, extra, l.Amount.StringFixed(2))
	}
}

// leftover returns how many rounding units a post had left after every
// line was rounded down.
func (d *derivation) leftover(post string) decimal.Decimal {
	pr := d.postResult(post)
	floors := decimal.Zero
	for _, p := range d.res.People {
		for _, l := range p.Lines {
			if l.Post.Name == post {
				floors = floors.Add(l.Floor)
			}
		}
	}
	return pr.Base.Sub(floors).Div(d.res.Rules.Rounding.Unit)
}

func (d *derivation) total() {
	var parts []string
	for _, l := range d.p.Lines {
		parts = append(parts, l.Amount.StringFixed(2))
	}
	d.heading("考核奖")
	if len(parts) > 1 {
		d.add("  %s = %s 元", strings.Join(parts, " + "), d.p.Bonus.StringFixed(2))
		return
	}
	d.add("  %s 元", d.p.Bonus.StringFixed(2))
}

// derivationTable writes every person's derivation, one line per row.
func derivationTable(res *calc.Result) sheet.OutTable {
	t := sheet.OutTable{Name: SheetDerivation, Header: []string{"工号", "姓名", "计算过程"}}
	for _, p := range res.People {
		for _, line := range Derivation(res, p) {
			t.Rows = append(t.Rows, []sheet.OutCell{
				sheet.TextCell(p.ID), sheet.TextCell(p.Name), sheet.TextCell(line),
			})
		}
	}
	return t
}

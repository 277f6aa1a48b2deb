package report

import (
	"fmt"
	"sort"

	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/history"
	"github.com/kaohe/kaohe/pkg/sheet"
	"github.com/shopspring/decimal"
)

// yearFigure is one figure of the year's summary, with its sheet name.
type yearFigure struct {
	name  string
	money bool
	value func(*calc.Person) decimal.Decimal
}

var yearFigures = []yearFigure{
	{"考核奖", true, func(p *calc.Person) decimal.Decimal { return p.Bonus }},
	{"扣分", false, func(p *calc.Person) decimal.Decimal { return p.DeductPoints }},
	{"加分", false, func(p *calc.Person) decimal.Decimal { return p.BonusPoints }},
	{"请假小时", false, func(p *calc.Person) decimal.Decimal { return p.LeaveHours }},
	{"迟到早退次数", false, func(p *calc.Person) decimal.Decimal {
		return decimal.NewFromInt(int64(p.Latenesses))
	}},
	{"旷工天数", false, func(p *calc.Person) decimal.Decimal { return p.AbsenceDays }},
}

// YearTables returns the year's summary workbook for the annual assessment:
// a sheet per figure with a row per person, a column per month and the
// year's total, and a sheet naming each month's status.
func YearTables(year int, months []*history.Entry) []sheet.OutTable {
	people := yearPeople(months)
	var tables []sheet.OutTable
	for _, f := range yearFigures {
		tables = append(tables, yearTable(f, months, people))
	}
	return append(tables, yearStatus(year, months))
}

type yearPerson struct{ id, name string }

// yearPeople lists everyone on any covered month's roster by 工号, with
// their latest name.
func yearPeople(months []*history.Entry) []yearPerson {
	names := map[string]string{}
	for _, e := range months {
		if e.Status != history.Covered {
			continue
		}
		for _, p := range e.Result.People {
			names[p.ID] = p.Name
		}
	}
	var people []yearPerson
	for id, name := range names {
		people = append(people, yearPerson{id, name})
	}
	sort.Slice(people, func(i, j int) bool { return calc.CompareIDs(people[i].id, people[j].id) < 0 })
	return people
}

func yearTable(f yearFigure, months []*history.Entry, people []yearPerson) sheet.OutTable {
	t := sheet.OutTable{Name: f.name, Header: []string{"工号", "姓名"}, TotalRow: true}
	for _, e := range months {
		t.Header = append(t.Header, fmt.Sprintf("%d月", int(e.Month.Month)))
	}
	t.Header = append(t.Header, "全年")

	cell := sheet.NumberCell
	if f.money {
		cell = sheet.MoneyCell
	}
	columnTotals := make([]decimal.Decimal, len(months)+1)
	for _, yp := range people {
		row := []sheet.OutCell{sheet.TextCell(yp.id), sheet.TextCell(yp.name)}
		total := decimal.Zero
		for i, e := range months {
			p := e.Person(yp.id)
			if p == nil {
				row = append(row, sheet.OutCell{})
				continue
			}
			v := f.value(p)
			total = total.Add(v)
			columnTotals[i] = columnTotals[i].Add(v)
			row = append(row, cell(v))
		}
		columnTotals[len(months)] = columnTotals[len(months)].Add(total)
		t.Rows = append(t.Rows, append(row, cell(total)))
	}

	last := []sheet.OutCell{sheet.TextCell("合计"), {}}
	for i, v := range columnTotals {
		if i < len(months) && months[i].Status != history.Covered {
			last = append(last, sheet.OutCell{})
			continue
		}
		last = append(last, cell(v))
	}
	t.Rows = append(t.Rows, last)
	return t
}

// yearStatus names each month's status and the rules it was computed with.
func yearStatus(year int, months []*history.Entry) sheet.OutTable {
	t := sheet.OutTable{Name: "月份", Header: []string{"月份", "状态", "规则文件", "人数", "考核总额（元）"}}
	for _, e := range months {
		row := []sheet.OutCell{sheet.TextCell(e.Month.String()), sheet.TextCell(e.Status.String())}
		if e.Status == history.Covered {
			row = append(row, sheet.TextCell(e.Result.Rules.Source),
				sheet.IntCell(e.Result.Headcount), sheet.MoneyCell(e.Result.Pool))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

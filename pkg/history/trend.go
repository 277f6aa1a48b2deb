package history

import (
	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/month"
)

// Trend is the monthly figures of some people over a run of months. Cells
// of months that are not covered, or where the person is not on the
// roster, are nil.
type Trend struct {
	Months []*Entry
	People []TrendRow
}

// TrendRow is one person's months, in the order of Trend.Months.
type TrendRow struct {
	ID     string
	Name   string
	Months []*calc.Person
}

// Trend returns the figures of the people with ids over the n months
// ending with m, from the first of them that is covered. Names are taken
// from the latest month where each is on the roster.
func (h *History) Trend(m month.Month, n int, ids []string) Trend {
	months := h.Window(m, n)
	for len(months) > 1 && months[0].Status != Covered {
		months = months[1:]
	}
	t := Trend{Months: months}
	for _, id := range ids {
		row := TrendRow{ID: id}
		for _, e := range t.Months {
			p := e.Person(id)
			row.Months = append(row.Months, p)
			if p != nil {
				row.Name = p.Name
			}
		}
		t.People = append(t.People, row)
	}
	return t
}

// Covered returns the covered entries of the months from first to last.
func (h *History) Covered(first, last month.Month) []*Entry {
	var out []*Entry
	for _, e := range h.Range(first, last) {
		if e.Status == Covered {
			out = append(out, e)
		}
	}
	return out
}

package calc

import (
	"sort"

	"github.com/shopspring/decimal"
)

// adjust computes every line's adjusted workload.
func (c *computation) adjust() {
	minimum := c.rules.Workload.Minimum
	for _, p := range c.res.People {
		for _, l := range p.Lines {
			rate := l.Post.PointsToWorkload
			l.Unclamped = l.Start.
				Sub(l.DeductPoints.Mul(rate)).
				Add(l.BonusPoints.Mul(rate)).
				Sub(l.DayForfeit)
			l.Adjusted = l.Unclamped

			switch {
			case p.Forfeited != nil:
				l.Adjusted = decimal.Zero
			case l.Unclamped.LessThan(minimum):
				l.Adjusted, l.Clamped = minimum, true
				c.warnClamp(p, l)
			}
		}
	}
}

// share splits each post's base over its lines by adjusted workload.
func (c *computation) share() {
	unit := c.rules.Rounding.Unit
	for _, pr := range c.res.Posts {
		lines := c.linesByID(pr.Post.Name)
		weights := make([]decimal.Decimal, len(lines))
		for k, l := range lines {
			weights[k] = l.Adjusted
			pr.Total = pr.Total.Add(l.Adjusted)
		}

		shares, extra := Split(pr.Base, weights, unit)
		for k, l := range lines {
			l.Amount, l.Extra = shares[k], extra[k]
			l.Floor = l.Amount
			if l.Extra {
				l.Floor = l.Amount.Sub(unit)
			}
			if pr.Total.IsPositive() {
				l.Exact = pr.Base.Mul(l.Adjusted).DivRound(pr.Total, exactPlaces)
			}
			pr.Paid = pr.Paid.Add(l.Amount)
		}
		pr.Lines = len(lines)
		pr.Unpaid = pr.Base.Sub(pr.Paid)
		if !pr.Total.IsPositive() {
			c.warnPost(pr)
		}
	}

	for _, p := range c.res.People {
		p.Bonus = decimal.Zero
		for _, l := range p.Lines {
			p.Bonus = p.Bonus.Add(l.Amount)
		}
	}
}

// linesByID returns the lines in post, ordered by their person's 工号 so
// that largest remainder breaks ties by 工号.
func (c *computation) linesByID(post string) []*Line {
	var lines []*Line
	var owners []*Person
	for _, p := range c.res.People {
		if l := p.line(post); l != nil {
			lines = append(lines, l)
			owners = append(owners, p)
		}
	}
	order := make([]int, len(lines))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return CompareIDs(owners[order[a]].ID, owners[order[b]].ID) < 0
	})

	sorted := make([]*Line, len(lines))
	for k, i := range order {
		sorted[k] = lines[i]
	}
	return sorted
}

// CompareIDs orders 工号: numerically when both are digits, else as text.
func CompareIDs(a, b string) int {
	if isDigits(a) && isDigits(b) {
		a, b = trimZeros(a), trimZeros(b)
		if len(a) != len(b) {
			return len(a) - len(b)
		}
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}

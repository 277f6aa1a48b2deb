package calc

import (
	"sort"

	"github.com/shopspring/decimal"
)

// Split divides total over weights in proportion, in whole multiples of
// unit, by largest remainder. Every share is first rounded down, then the
// units left over go one each to the shares with the largest remainders,
// ties to the smaller index. The shares add up to total exactly when total
// is a multiple of unit. extra reports which shares got a unit more. When
// the weights add up to zero every share is zero.
func Split(total decimal.Decimal, weights []decimal.Decimal, unit decimal.Decimal) (
	shares []decimal.Decimal, extra []bool) {
	shares = make([]decimal.Decimal, len(weights))
	extra = make([]bool, len(weights))
	sum := decimal.Zero
	for _, w := range weights {
		sum = sum.Add(w)
	}
	if !sum.IsPositive() {
		for i := range shares {
			shares[i] = decimal.Zero
		}
		return shares, extra
	}

	// share_i = total*w_i/sum = unit*(q_i + r_i/denominator) exactly, and all
	// remainders share the denominator, so comparing r_i compares fractions.
	denominator := sum.Mul(unit)
	units := make([]decimal.Decimal, len(weights))
	remainders := make([]decimal.Decimal, len(weights))
	allotted := decimal.Zero
	for i, w := range weights {
		units[i], remainders[i] = total.Mul(w).QuoRem(denominator, 0)
		allotted = allotted.Add(units[i])
	}

	left := total.Div(unit).Floor().Sub(allotted).IntPart()
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return remainders[order[a]].GreaterThan(remainders[order[b]])
	})
	for k := 0; k < int(left) && k < len(order); k++ {
		i := order[k]
		units[i] = units[i].Add(decimal.NewFromInt(1))
		extra[i] = true
	}
	for i := range shares {
		shares[i] = units[i].Mul(unit)
	}
	return shares, extra
}

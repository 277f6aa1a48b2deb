package calc

import (
	"testing"

	"github.com/shopspring/decimal"
)

func decs(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = decimal.RequireFromString(s)
	}
	return out
}

func TestSplit(t *testing.T) {
	cent := decimal.RequireFromString("0.01")
	cases := []struct {
		name    string
		total   string
		weights []string
		want    []string
	}{
		{"worked example 管理", "550", []string{"470", "520", "450"},
			[]string{"179.51", "198.61", "171.88"}},
		{"thirds", "100", []string{"1", "1", "1"}, []string{"33.34", "33.33", "33.33"}},
		{"tie goes to first", "0.05", []string{"1", "1"}, []string{"0.03", "0.02"}},
		{"largest remainder wins", "1", []string{"1", "2", "4"}, []string{"0.14", "0.29", "0.57"}},
		{"zero weight", "10", []string{"0", "3"}, []string{"0", "10"}},
		{"all zero", "10", []string{"0", "0"}, []string{"0", "0"}},
		{"decimal weights", "10", []string{"0.1", "0.2"}, []string{"3.33", "6.67"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := Split(decimal.RequireFromString(c.total), decs(c.weights...), cent)
			for i, w := range decs(c.want...) {
				if !got[i].Equal(w) {
					t.Errorf("share %d = %s, want %s", i, got[i], w)
				}
			}
		})
	}
}

func TestSplitAddsUp(t *testing.T) {
	cent := decimal.RequireFromString("0.01")
	for n := 1; n <= 40; n++ {
		weights := make([]decimal.Decimal, n)
		for i := range weights {
			weights[i] = decimal.NewFromInt(int64((i*7919)%97 + 1))
		}
		total := decimal.RequireFromString("3425")
		got, _ := Split(total, weights, cent)
		sum := decimal.Zero
		for _, s := range got {
			sum = sum.Add(s)
		}
		if !sum.Equal(total) {
			t.Errorf("n=%d: shares add up to %s, want %s", n, sum, total)
		}
	}
}

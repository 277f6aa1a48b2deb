package report

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// Summary writes the month's short terminal summary: the pool, and each
// post's people, base, total workload and amount paid.
func Summary(w io.Writer, res *calc.Result) {
	fmt.Fprintf(w, "%s 月度考核奖：人数 %d，考核总额 %s 元（规则 %s）\n",
		res.Month, res.Headcount, res.Pool.StringFixed(2), res.Rules.Source)

	rows := [][]string{{"岗位", "人数", "考核基数（元）", "工作总量", "已分配（元）"}}
	for _, pr := range res.Posts {
		rows = append(rows, []string{
			pr.Post.Label, fmt.Sprint(pr.Lines), pr.Base.StringFixed(2),
			pr.Total.String(), pr.Paid.StringFixed(2),
		})
	}
	writeAligned(w, rows)
}

// writeAligned writes rows as columns padded to their widest cell, counting
// East Asian wide characters as two columns. The first column and the
// columns numbered in left are left aligned, the others right aligned.
func writeAligned(w io.Writer, rows [][]string, left ...int) {
	widths := map[int]int{}
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], sheet.DisplayWidth(cell))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, cell := range row {
			pad := strings.Repeat(" ", widths[i]-sheet.DisplayWidth(cell))
			switch {
			case i == 0:
				b.WriteString(cell + pad)
			case slices.Contains(left, i):
				b.WriteString("  " + cell + pad)
			default:
				b.WriteString("  " + pad + cell)
			}
		}
		fmt.Fprintln(w, strings.TrimRight("  "+b.String(), " "))
	}
}

package report

import (
	"fmt"
	"io"
	"sort"

	"github.com/kaohe/kaohe/pkg/diag"
)

// Check writes the problems and warnings of a month's inputs as one list
// sorted by file, sheet and row, each marked 问题 (stops calc) or 提醒,
// then their counts.
func Check(w io.Writer, problems diag.Problems, warnings []diag.Warning) {
	type entry struct {
		where  diag.Location
		mark   string
		detail string
	}
	var list []entry
	for _, p := range problems {
		list = append(list, entry{p.Where, "问题", p.Message})
	}
	for _, x := range warnings {
		detail := string(x.Kind) + "：" + x.Detail
		if x.ID != "" {
			detail = fmt.Sprintf("%s（%s %s）", detail, x.ID, x.Name)
		}
		list = append(list, entry{x.Where, "提醒", detail})
	}
	sort.SliceStable(list, func(i, j int) bool {
		return diag.CompareLocations(list[i].where, list[j].where) < 0
	})

	for _, e := range list {
		where := e.where.String()
		if where == "" {
			where = "（全月）"
		}
		fmt.Fprintf(w, "%s  %s：%s\n", e.mark, where, e.detail)
	}
	fmt.Fprintf(w, "共 %d 处问题、%d 条提醒", len(problems), len(warnings))
	if len(problems) > 0 {
		fmt.Fprintln(w, "；改正问题后 calc 才能计算。计算中才会发现的提醒（如加分超限）要在改正问题后才能列出")
		return
	}
	fmt.Fprintln(w, "；可以运行 calc")
}

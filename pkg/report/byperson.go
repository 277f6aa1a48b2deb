package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/month"
)

// MonthWarning is a warning with the month it was found for.
type MonthWarning struct {
	Month   month.Month
	Warning diag.Warning
}

// ByPerson writes warnings grouped by person, in order of each person's
// first warning, then the warnings about no person (such as months the
// history could not see), then the count of each kind.
func ByPerson(w io.Writer, found []MonthWarning) {
	var ids []string
	byID := map[string][]MonthWarning{}
	for _, f := range found {
		id := f.Warning.ID
		if _, seen := byID[id]; !seen && id != "" {
			ids = append(ids, id)
		}
		byID[id] = append(byID[id], f)
	}

	for _, id := range ids {
		list := byID[id]
		fmt.Fprintf(w, "%s %s\n", id, list[len(list)-1].Warning.Name)
		for _, f := range list {
			fmt.Fprintf(w, "  %s  %s  %s\n", f.Month, f.Warning.Kind, f.Warning.Detail)
			if src := Source(f.Warning); src != "" {
				fmt.Fprintf(w, "           依据：%s\n", src)
			}
		}
	}
	if rest := byID[""]; len(rest) > 0 {
		fmt.Fprintln(w, "历史数据")
		for _, f := range rest {
			fmt.Fprintf(w, "  %s  %s：%s\n", f.Month, f.Warning.Source, f.Warning.Detail)
		}
	}

	counts := map[diag.Kind]int{}
	var kinds []diag.Kind
	for _, f := range found {
		if counts[f.Warning.Kind] == 0 {
			kinds = append(kinds, f.Warning.Kind)
		}
		counts[f.Warning.Kind]++
	}
	parts := []string{
		fmt.Sprintf("%s %d 条", diag.KindReturn, counts[diag.KindReturn]),
		fmt.Sprintf("%s %d 条", diag.KindNear, counts[diag.KindNear]),
	}
	for _, k := range kinds {
		if k != diag.KindReturn && k != diag.KindNear {
			parts = append(parts, fmt.Sprintf("%s %d 条", k, counts[k]))
		}
	}
	fmt.Fprintf(w, "共 %d 人：%s\n", len(ids), strings.Join(parts, "，"))
}

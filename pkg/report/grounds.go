package report

import (
	"fmt"
	"io"

	"github.com/kaohe/kaohe/pkg/diag"
)

// Grounds writes the count of warnings by kind, then each warning about
// the grounds for return, one per line, for HR reading the terminal.
func Grounds(w io.Writer, warnings []diag.Warning) {
	counts := map[diag.Kind]int{}
	var kinds []diag.Kind
	for _, x := range warnings {
		if counts[x.Kind] == 0 {
			kinds = append(kinds, x.Kind)
		}
		counts[x.Kind]++
	}
	fmt.Fprintf(w, "预警共 %d 条", len(warnings))
	for i, k := range kinds {
		sep := "，"
		if i == 0 {
			sep = "："
		}
		fmt.Fprintf(w, "%s%s %d 条", sep, k, counts[k])
	}
	fmt.Fprintln(w)

	for _, x := range warnings {
		if x.Kind == diag.KindReturn || x.Kind == diag.KindNear {
			fmt.Fprintf(w, "  %s %s  %s：%s\n", x.ID, x.Name, x.Kind, x.Detail)
		}
	}
}

package audit

import (
	"fmt"
	"io"

	"github.com/kaohe/kaohe/pkg/provenance"
	"github.com/kaohe/kaohe/pkg/report"
)

// WriteText writes the outcome in Chinese: the files that changed since the
// archive was written, and every cell or whole row that differs.
func (res *Result) WriteText(w io.Writer) {
	rec := res.Record
	fmt.Fprintf(w, "核对 %s（%s，kaohe %s，计算于 %s）\n", res.Archive, rec.Month, rec.Version,
		rec.GeneratedAt.Format(report.TimeLayout))

	if res.Version != rec.Version {
		fmt.Fprintf(w, "kaohe 版本：存档时 %s，现在 %s（版本不同本身不算不一致）\n", rec.Version, res.Version)
	}
	if len(res.Changed) == 0 {
		fmt.Fprintln(w, "规则和输入文件：与存档时相同")
	} else {
		fmt.Fprintln(w, "以下文件与存档时不同：")
		for _, c := range res.Changed {
			fmt.Fprintf(w, "  %s：存档时 %s，现在 %s\n", c.Archived.Role, describeFile(c.Archived),
				describeFile(c.Now))
		}
	}

	if len(res.Differences) == 0 {
		fmt.Fprintln(w, "单元格：全部与重新计算的结果一致")
	} else {
		fmt.Fprintf(w, "%d 处与重新计算的结果不同：\n", len(res.Differences))
		for _, d := range res.Differences {
			person := ""
			if d.ID != "" {
				person = "（" + d.ID + "）"
			}
			fmt.Fprintf(w, "  %s 第 %d 行%s %s：存档 %q，重新计算 %q\n",
				d.Sheet, d.Row, person, d.Column, d.Archived, d.Recomputed)
		}
	}

	if res.OK() {
		fmt.Fprintln(w, "结论：存档的考核奖表与现在的输入和规则一致")
		return
	}
	fmt.Fprintln(w, "结论：不一致")
}

func describeFile(f provenance.File) string {
	if f.Name == "" {
		return "（没有）"
	}
	sum := f.SHA256
	if len(sum) > 16 {
		sum = sum[:16] + "…"
	}
	return fmt.Sprintf("%s（%d 字节，SHA-256 %s）", f.Name, f.Size, sum)
}

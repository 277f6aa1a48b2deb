package calc

import (
	"fmt"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
)

// warn records a warning about person p at where.
func (c *computation) warn(kind diag.Kind, p *Person, where diag.Location, format string, args ...any) {
	w := diag.Warning{Kind: kind, Where: where,
		Detail: fmt.Sprintf(format, args...)}
	if p != nil {
		w.ID, w.Name = p.ID, p.Name
	}
	c.res.Warnings = append(c.res.Warnings, w)
}

func (c *computation) warnPerson(p *Person, where diag.Location, format string, args ...any) {
	c.warn(diag.KindData, p, where, format, args...)
}

func (c *computation) warnEntry(p *Person, e *input.LogEntry, format string, args ...any) {
	c.warn(diag.KindData, p, e.Where, format, args...)
}

// warnExcluded reports export rows of one person and post, summed, that
// belong to no line.
func (c *computation) warnExcluded(row *input.WorkRow) {
	detail := fmt.Sprintf("工号 %s 不在花名册中，", row.ID)
	if p := c.people[row.ID]; p != nil {
		detail = fmt.Sprintf("%s（%s）的岗位是%s，", p.Name, p.ID, p.Role.Name)
	}
	detail += fmt.Sprintf("导出中%s岗的工作量不计入任何岗位（共 %d 行，合计 %s，首行见依据）",
		row.Post, row.Rows, row.Amount)
	c.res.Warnings = append(c.res.Warnings, diag.Warning{
		Kind: diag.KindData, ID: row.ID, Name: row.Name, Where: row.Where, Detail: detail,
	})
}

func (c *computation) warnClamp(p *Person, l *Line) {
	c.warn(diag.KindClamp, p, p.Where, "%s岗调整后工作量为 %s，低于 %s，按 %s 计",
		l.Post.Name, l.Unclamped, c.rules.Workload.Minimum, c.rules.Workload.Minimum)
}

func (c *computation) warnPost(pr *PostResult) {
	w := diag.Warning{Kind: diag.KindPool, Source: "岗位 " + pr.Post.Name,
		Detail: fmt.Sprintf("%s岗本月工作量合计为 0，考核基数 %s 元未分配", pr.Post.Name,
			pr.Base.StringFixed(2))}
	c.res.Warnings = append(c.res.Warnings, w)
}

// cellOf returns the location of the entry's cell under header, or the
// entry's item cell when the log has no such column.
func cellOf(e *input.LogEntry, header string) diag.Location {
	if at, ok := e.Cells[header]; ok {
		return at
	}
	return e.Where
}

package input

import (
	"strings"
	"time"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/shopspring/decimal"
)

var workloadColumns = []column{
	{key: "id", names: []string{"工号", "员工编号", "人员编号", "坐席工号"}, required: true},
	{key: "post", names: []string{"岗位", "业务类型"}, required: true},
	{key: "amount", names: []string{"工作量", "数量", "件数"}},
	{key: "date", names: []string{"日期", "工单日期"}},
	{key: "name", names: []string{"姓名"}},
}

type workKey struct {
	id, post string
	date     time.Time
}

// ReadWorkload reads the workload export at path and sums it by person,
// post and date. A row without 工作量 counts 1, so that a per-ticket export
// works. Each 岗位 must be a post whose workload comes from the export.
// Dates outside month m are warnings.
func ReadWorkload(path string, r *rules.Rules, m month.Month, opts Options) (
	*WorkloadExport, []diag.Warning, diag.Problems) {
	export := &WorkloadExport{File: path}
	var warnings []diag.Warning
	index := map[workKey]int{}
	oneTicket := decimal.NewFromInt(1)

	t := newTable(path, "workload", workloadColumns, opts)
	t.read(func(rec *record) {
		export.Dated = export.Dated || rec.cols["date"] > 0
		// Without a 工作量 column each row is one ticket.
		row := WorkRow{ID: rec.id("id"), Name: rec.value("name"), Amount: oneTicket, Rows: 1}
		row.Where = rec.where("id")
		row.Where.Col = 0

		row.Post = readExportPost(rec, r)
		if rec.cols["amount"] > 0 {
			row.Amount = readAmount(rec)
		}
		if c, ok := rec.cells["date"]; ok {
			date, err := parseDate(c)
			if err != nil {
				rec.addf("date", "%v", err)
			} else if !m.Contains(date) {
				warnings = append(warnings, outsideMonth(rec, date, m))
			}
			row.Date = date
		}
		if rec.failed {
			return
		}

		key := workKey{row.ID, row.Post, row.Date}
		if i, seen := index[key]; seen {
			export.Rows[i].Amount = export.Rows[i].Amount.Add(row.Amount)
			export.Rows[i].Rows++
			return
		}
		index[key] = len(export.Rows)
		export.Rows = append(export.Rows, row)
	})
	return export, append(t.warnings, warnings...), t.problems
}

// readExportPost returns the export row's post, which must be one whose
// workload comes from the export.
func readExportPost(rec *record, r *rules.Rules) string {
	label := rec.value("post")
	post, ok := r.PostByLabel(label)
	switch {
	case label == "":
		rec.addf("post", "岗位为空，请填写 %s 之一；如果这是合计行，请删去", exportPosts(r))
	case !ok || !post.FromExport:
		rec.addf("post", "岗位“%s”无法识别，应为 %s 之一", label, exportPosts(r))
	default:
		return post.Name
	}
	return ""
}

// readAmount returns the row's 工作量, which must be a number of at least 0.
func readAmount(rec *record) decimal.Decimal {
	c, ok := rec.cells["amount"]
	if !ok {
		rec.addf("amount", "工作量为空，请填写数字，没有工作量请填 0")
		return decimal.Zero
	}
	amount, err := parseNumber(c)
	switch {
	case err != nil:
		rec.addf("amount", "工作量%v，请填写数字", err)
	case amount.IsNegative():
		rec.addf("amount", "工作量 %s 是负数，请填写 0 或正数", amount)
	}
	return amount
}

func outsideMonth(rec *record, date time.Time, m month.Month) diag.Warning {
	at := rec.where("date")
	return diag.Warning{
		Kind:   diag.KindData,
		ID:     rec.value("id"),
		Name:   rec.value("name"),
		Where:  at,
		Detail: "日期 " + date.Format("2006-01-02") + " 不在 " + m.String() + " 之内，仍按本月计入",
	}
}

// exportPosts lists the posts whose workload comes from the export.
func exportPosts(r *rules.Rules) string {
	var names []string
	for _, p := range r.Posts {
		if p.FromExport {
			names = append(names, p.Name)
		}
	}
	return strings.Join(names, "、")
}

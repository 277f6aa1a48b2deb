package input

import (
	"strings"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/shopspring/decimal"
)

var logColumns = []column{
	{key: "date", names: []string{"日期"}, required: true},
	{key: "id", names: []string{"工号", "员工编号", "人员编号"}, required: true},
	{key: "item", names: []string{"项目", "考核项目", "项目编号"}, required: true},
	{key: "name", names: []string{"姓名"}},
	{key: "count", names: []string{"次数"}},
	{key: "quantity", names: []string{"数量"}},
	{key: "points", names: []string{"分值"}},
	{key: "post", names: []string{"岗位"}},
	{key: "note", names: []string{"备注", "说明"}},
}

// logHeaders gives each column key's Chinese header for LogEntry.Cells.
var logHeaders = map[string]string{
	"date": "日期", "id": "工号", "item": "项目", "name": "姓名", "count": "次数",
	"quantity": "数量", "points": "分值", "post": "岗位", "note": "备注",
}

// ReadLog reads the deduction and bonus log at path. Each row needs a date,
// a 工号 and an item code the rules know; 次数 must be a positive whole
// number, 数量 and 分值 numbers, and 岗位 a post. A date outside month m is
// a warning.
func ReadLog(path string, r *rules.Rules, m month.Month, opts Options) (
	*Log, []diag.Warning, diag.Problems) {
	log := &Log{File: path}
	var warnings []diag.Warning

	t := newTable(path, "deductions", logColumns, opts)
	t.read(func(rec *record) {
		e := LogEntry{
			Seq:   len(log.Entries) + 1,
			ID:    rec.id("id"),
			Name:  rec.value("name"),
			Note:  rec.value("note"),
			Count: decimal.NewFromInt(1),
			Where: rec.where("item"),
			Cells: map[string]diag.Location{},
		}
		for key, header := range logHeaders {
			if rec.cols[key] > 0 {
				e.Cells[header] = rec.where(key)
			}
		}

		readLogDate(rec, &e, m, &warnings)
		readLogItem(rec, &e, r)
		readLogNumbers(rec, &e)
		if post := rec.value("post"); post != "" {
			if p, ok := r.PostByLabel(post); ok {
				e.Post = p.Name
			} else {
				rec.addf("post", "岗位“%s”无法识别，应为 %s 之一，或留空", post, postNames(r))
			}
		}
		if !rec.failed {
			log.Entries = append(log.Entries, e)
		}
	})
	return log, append(t.warnings, warnings...), t.problems
}

func readLogDate(rec *record, e *LogEntry, m month.Month, warnings *[]diag.Warning) {
	c, ok := rec.cells["date"]
	if !ok {
		rec.addf("date", "日期为空，请填写发生日期，如 %s-05", m)
		return
	}
	date, err := parseDate(c)
	if err != nil {
		rec.addf("date", "%v", err)
		return
	}
	if !m.Contains(date) {
		*warnings = append(*warnings, outsideMonth(rec, date, m))
	}
	e.Date = date
}

func readLogItem(rec *record, e *LogEntry, r *rules.Rules) {
	code := rec.value("item")
	if code == "" {
		rec.addf("item", "项目为空，请填写项目编号，如 纪律-2")
		return
	}
	item, ok := r.Item(code)
	if !ok {
		rec.addf("item", "项目编号“%s”不存在，应为规则表中的编号，如 纪律-2、受理-1、加分-3、考勤-迟到", code)
		return
	}
	e.Item = item
}

func readLogNumbers(rec *record, e *LogEntry) {
	if c, ok := rec.cells["count"]; ok {
		n, err := parseNumber(c)
		switch {
		case err != nil:
			rec.addf("count", "次数%v，请填写正整数", err)
		case !n.IsInteger() || !n.IsPositive():
			rec.addf("count", "次数 %s 不是正整数，请填写 1、2、3 这样的次数", n)
		default:
			e.Count = n
		}
	}
	if c, ok := rec.cells["quantity"]; ok {
		q, err := parseNumber(c)
		switch {
		case err != nil:
			rec.addf("quantity", "数量%v，请填写数字（小时、分钟、天数或百分比）", err)
		case q.IsNegative():
			rec.addf("quantity", "数量 %s 是负数，请填写 0 或正数", q)
		default:
			e.Quantity, e.HasQuantity = q, true
		}
	}
	if c, ok := rec.cells["points"]; ok {
		p, err := parseNumber(c)
		switch {
		case err != nil:
			rec.addf("points", "分值%v，请填写数字", err)
		case p.IsNegative():
			rec.addf("points", "分值 %s 是负数，扣分和加分都填正数", p)
		default:
			e.Points, e.HasPoints = p, true
		}
	}
	readLogKindNeeds(rec, e)
}

// readLogKindNeeds checks the columns the item's kind needs.
func readLogKindNeeds(rec *record, e *LogEntry) {
	if e.Item == nil {
		return
	}
	switch e.Item.Kind {
	case rules.Discretionary:
		if !e.HasPoints && rec.cells["points"].Value == "" {
			rec.addf("points", "%s 为视情扣分或加分，分值不能为空，请填写本次的分值", e.Item.Code)
		}
	case rules.Leave, rules.Lateness, rules.Absence, rules.Rate:
		if !e.HasQuantity && rec.cells["quantity"].Value == "" {
			rec.addf("quantity", "%s 需要在数量中填写%s", e.Item.Code, quantityUnit(e.Item.Kind))
		}
	}
}

func quantityUnit(k rules.Kind) string {
	switch k {
	case rules.Leave:
		return "请假小时数"
	case rules.Lateness:
		return "迟到或早退的分钟数"
	case rules.Absence:
		return "旷工天数"
	default:
		return "百分比，如 4.2 或 4.2%"
	}
}

// postNames lists every post name, for messages.
func postNames(r *rules.Rules) string {
	var names []string
	for _, p := range r.Posts {
		names = append(names, p.Name)
	}
	return strings.Join(names, "、")
}

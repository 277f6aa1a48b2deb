package input

import (
	"strings"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/rules"
)

var rosterColumns = []column{
	{key: "id", names: []string{"工号", "员工编号", "人员编号", "编号"}, required: true},
	{key: "name", names: []string{"姓名", "名字"}, required: true},
	{key: "role", names: []string{"岗位", "岗位名称"}, required: true},
	{key: "status", names: []string{"状态", "人员状态"}},
}

// ReadRoster reads the roster at path. Each row needs a 工号, a 姓名 and a
// 岗位 that the rules know; a 工号 may appear once.
func ReadRoster(path string, r *rules.Rules, opts Options) (*Roster, []diag.Warning, diag.Problems) {
	roster := &Roster{File: path}
	firstRow := map[string]int{}
	t := newTable(path, "roster", rosterColumns, opts)
	t.read(func(rec *record) {
		p := Person{
			ID:     rec.id("id"),
			Name:   rec.value("name"),
			Status: rec.value("status"),
			Where:  rec.where("id"),
		}
		p.Where.Col = 0

		if prev, dup := firstRow[p.ID]; dup && p.ID != "" {
			rec.addf("id", "工号 %s 重复（第 %d 行已有），每人只能出现一次", p.ID, prev)
		}
		if p.Name == "" {
			rec.addf("name", "姓名为空，请填写姓名")
		}
		role, found := r.Role(rec.value("role"))
		if rec.value("role") == "" {
			rec.addf("role", "岗位为空，请填写 %s 之一", roleNames(r))
		} else if !found {
			rec.addf("role", "岗位“%s”无法识别，应为 %s 之一", rec.value("role"), roleNames(r))
		}
		if rec.failed {
			return
		}
		firstRow[p.ID] = rec.row.Num
		p.Role = role
		p.Counted = r.Counted(p.Status)
		roster.People = append(roster.People, p)
	})
	return roster, t.warnings, t.problems
}

// roleNames lists the roster 岗位 values the rules accept, for messages.
func roleNames(r *rules.Rules) string {
	var names []string
	for _, role := range r.Roles {
		names = append(names, role.Name)
	}
	return strings.Join(names, "、")
}

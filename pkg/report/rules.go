package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/kaohe/kaohe/pkg/rules"
)

// kindNames are the item kinds in Chinese, as the rules listing shows them.
var kindNames = map[rules.Kind]string{
	rules.Fixed:         "每次固定分值",
	rules.Leave:         "请假（数量为小时）",
	rules.Lateness:      "迟到早退（数量为分钟）",
	rules.Absence:       "旷工（数量为天）",
	rules.Rate:          "比率（数量为百分比）",
	rules.ForfeitMonth:  "扣除当月工作量",
	rules.ForfeitDay:    "扣除当日工作量",
	rules.Discretionary: "视情（分值由登记填写）",
	rules.Ground:        "退回情形（不扣分）",
}

var effectNames = map[rules.Effect]string{
	rules.Deduct: "扣分", rules.Add: "加分", rules.None: "不计分",
}

// Rules writes the rule tables of r for reading in a terminal: the pool,
// posts, attendance, caps and thresholds, then every item with its code,
// kind, points and text.
func Rules(w io.Writer, r *rules.Rules) {
	fmt.Fprintf(w, "%s（%s），自 %s 起适用\n", r.Title, r.Issuer, r.EffectiveFrom)
	fmt.Fprintf(w, "文件 %s，SHA-256 %s\n\n", r.Source, r.SHA256)

	fmt.Fprintf(w, "考核总额：每人 %s 元；不计人数的状态：%s\n", r.Pool.PerHead,
		strings.Join(r.Pool.UncountedStatuses, "、"))
	rows := [][]string{{"岗位", "系数", "每分折合工作量", "起始工作量"}}
	for _, p := range r.Posts {
		start := "工作量导出"
		if !p.FromExport {
			start = p.StartWorkload.String()
		}
		rows = append(rows, []string{p.Label, p.Coefficient.String(), p.PointsToWorkload.String(), start})
	}
	writeAligned(w, rows)

	a := r.Attendance
	fmt.Fprintf(w, "考勤：每满 %s 小时扣 1 分；每天按 %s 小时；迟到早退 %s 至 %s 分钟按请假 %s 小时，"+
		"超过 %s 分钟按旷工 %s 天\n", a.HoursPerPoint, a.HoursPerDay, a.MinorFromMinutes,
		a.MinorToMinutes, a.MinorLeaveHours, a.MinorToMinutes, a.MajorAbsenceDays)
	fmt.Fprintf(w, "加分：每月最多 %s 分；调整后工作量最低 %s；金额按 %s 元取整（最大余数法）\n",
		r.Bonus.MonthlyCap, r.Workload.Minimum, r.Rounding.Unit)
	g := r.ReturnGrounds
	fmt.Fprintf(w, "退回情形：迟到早退（%s 分钟以上）每月 %d 次或每季度 %d 次；%d 个月内旷工 %s 天；"+
		"连续 %d 个月或 %d 个月内 %d 个月扣分超过 %s 分\n", g.LatenessMinMinutes, g.LatenessPerMonth,
		g.LatenessPerQuarter, g.AbsenceWindowMonths, g.AbsenceDays, g.PointsConsecutiveMonths,
		g.PointsWindowMonths, g.PointsMonthsInWindow, g.PointsOver)

	for _, t := range r.Tables {
		fmt.Fprintf(w, "\n%s（%s，记在%s）\n", t.Title, effectNames[t.Effect], chargeName(t.Charge))
		items := [][]string{{"编号", "类型", "分值", "内容"}}
		for _, it := range t.Items {
			items = append(items, []string{it.Code, kindNames[it.Kind], itemPoints(it), it.Text})
		}
		writeAligned(w, items, 1, 2, 3)
	}
}

func chargeName(charge string) string {
	if charge == rules.ChargeOwn {
		return "登记的岗位或本人岗位"
	}
	return charge + "岗"
}

func itemPoints(it *rules.Item) string {
	switch it.Kind {
	case rules.Fixed:
		return it.Points.String() + " 分/次"
	case rules.Rate:
		return fmt.Sprintf("达 %s%% 扣 %s 分，每多 1 个百分点加 %s 分", it.Threshold, it.Points, it.Step)
	default:
		return "—"
	}
}

package report

import (
	"fmt"
	"strconv"
	"time"

	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/provenance"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// SheetNotes is the bonus workbook's provenance sheet.
const SheetNotes = "说明"

// Labels of the provenance sheet's first column. Files are listed by their
// role (规则, 花名册, 工作量, 扣分登记) between the month and the version.
const (
	labelMonth   = "月份"
	labelTitle   = "规则标题"
	labelVersion = "kaohe 版本"
	labelTime    = "计算时间"
)

// TimeLayout is the Go time layout of the run's time in the provenance sheet.
const TimeLayout = "2006-01-02 15:04:05 -0700"

// notesTable returns the provenance sheet: one row per fact, files with
// their name, size and SHA-256.
func notesTable(rec provenance.Record) sheet.OutTable {
	t := sheet.OutTable{Name: SheetNotes, Header: []string{"项目", "内容", "大小（字节）", "SHA-256"}}
	text := func(label, value string) {
		t.Rows = append(t.Rows, []sheet.OutCell{sheet.TextCell(label), sheet.TextCell(value)})
	}

	text(labelMonth, rec.Month.String())
	text(labelTitle, rec.RulesTitle)
	for _, f := range append([]provenance.File{rec.Rules}, rec.Inputs...) {
		t.Rows = append(t.Rows, []sheet.OutCell{
			sheet.TextCell(f.Role), sheet.TextCell(f.Name),
			sheet.IntCell(int(f.Size)), sheet.TextCell(f.SHA256),
		})
	}
	text(labelVersion, rec.Version)
	text(labelTime, rec.GeneratedAt.Format(TimeLayout))
	return t
}

// ParseNotes reads a provenance sheet back from its rows, each the cell
// values of one row from column A on, header row first.
func ParseNotes(rows [][]string) (provenance.Record, error) {
	var rec provenance.Record
	cell := func(r []string, i int) string {
		if i < len(r) {
			return r[i]
		}
		return ""
	}

	for _, r := range rows[min(1, len(rows)):] {
		label, value := cell(r, 0), cell(r, 1)
		switch label {
		case labelMonth:
			m, err := month.Parse(value)
			if err != nil {
				return rec, fmt.Errorf("说明表的月份无效：%w", err)
			}
			rec.Month = m
		case labelTitle:
			rec.RulesTitle = value
		case labelVersion:
			rec.Version = value
		case labelTime:
			rec.GeneratedAt, _ = time.Parse(TimeLayout, value)
		case "":
		default:
			size, _ := strconv.ParseInt(cell(r, 2), 10, 64)
			f := provenance.File{Role: label, Name: value, Size: size, SHA256: cell(r, 3)}
			if label == "规则" {
				rec.Rules = f
			} else {
				rec.Inputs = append(rec.Inputs, f)
			}
		}
	}
	if rec.Month == (month.Month{}) {
		return rec, fmt.Errorf("说明表中没有月份，这不是 kaohe 写出的考核奖表")
	}
	return rec, nil
}

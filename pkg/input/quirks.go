package input

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// maxListed is how many row numbers or cells a warning lists before it
// gives only the count of the rest.
const maxListed = 20

func (t *table) warn(where diag.Location, format string, args ...any) {
	t.warnings = append(t.warnings, diag.Warning{
		Kind: diag.KindData, Where: where, Detail: fmt.Sprintf(format, args...),
	})
}

// noteRow remembers the row's hidden state and the cells the reader filled
// down from a merged range, to report them once for the file.
func (t *table) noteRow(row sheet.Row) {
	if row.Hidden {
		t.hiddenRows = append(t.hiddenRows, row.Num)
	}
	for _, c := range row.Cells {
		if c.FilledDown {
			t.filledDown = append(t.filledDown, fmt.Sprintf("%s%d", diag.ColumnName(c.Col), row.Num))
		}
	}
}

// reportQuirks warns about hidden rows that were read, merged cells that
// were filled down and values that were normalised.
func (t *table) reportQuirks() {
	base := diag.Location{File: t.path, Sheet: t.found.sheet}
	if len(t.hiddenRows) > 0 {
		var rows []string
		for _, n := range t.hiddenRows {
			rows = append(rows, fmt.Sprint(n))
		}
		t.warn(base, "第 %s 行是隐藏行（可能被筛选隐藏），仍按数据读取；如果不属于本月，请删去这些行",
			listSome(rows))
	}
	if len(t.filledDown) > 0 {
		t.warn(base, "%s 位于纵向合并的单元格中，已取合并区域首行的值", listSome(t.filledDown))
	}

	var originals []string
	for orig := range t.normalized {
		originals = append(originals, orig)
	}
	sort.Strings(originals)
	for _, orig := range originals {
		f := t.normalized[orig]
		more := ""
		if f.count > 1 {
			more = fmt.Sprintf("（共 %d 处，此处为第一处）", f.count)
		}
		t.warn(f.first, "“%s”含全角字符或多余空格，已按“%s”读取%s", orig, f.to, more)
	}
}

// listSome joins up to maxListed items and counts the rest.
func listSome(items []string) string {
	if len(items) <= maxListed {
		return strings.Join(items, "、")
	}
	return fmt.Sprintf("%s 等 %d 处", strings.Join(items[:maxListed], "、"), len(items))
}

// errorCellMessage explains an error value stored in a cell.
func errorCellMessage(value string) string {
	if value == "#公式无结果" {
		return "这是没有计算结果的公式，请在 Excel 或 WPS 中打开此文件、保存后再运行"
	}
	return fmt.Sprintf("单元格是错误值 %s，请在表格中改正公式或填入数值", value)
}

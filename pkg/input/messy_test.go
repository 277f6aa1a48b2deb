package input_test

import "testing"

// The messy fixtures of testdata/messy, each read by the reader of its
// input kind. testdata/messy/README.md describes what each one exercises.

// rosterRecords are the roster rows that most fixtures contain, from row 2.
var rosterRecords = []string{
	"r2 2001 李晓梅 受理岗 在岗",
	"r3 3001 孙志强 派遣岗 在岗",
	"r4 4001 刘䶮 回访岗 离职",
}

// Messages that several cases expect.
const (
	saveAsXLSX      = "请用 Excel 或 WPS 打开后另存为 .xlsx"
	noFormulaResult = "这是没有计算结果的公式，请在 Excel 或 WPS 中打开此文件、保存后再运行"
)

func TestMessyFileKinds(t *testing.T) {
	cases := []fixtureCase{
		{file: "legacy.xls", read: readRoster,
			problems: []located{{message: "这是旧版 .xls 文件，" + saveAsXLSX}}},
		{file: "html-table.xls", read: readRoster,
			problems: []located{{message: "这是网页（HTML）或 XML 格式的表格，不是 .xlsx 或 CSV 文件，" +
				saveAsXLSX}}},
		{file: "spreadsheetml-2003.xls", read: readRoster,
			problems: []located{{message: "这是网页（HTML）或 XML 格式的表格，不是 .xlsx 或 CSV 文件，" +
				saveAsXLSX}}},
		{file: "empty.xlsx", read: readRoster,
			problems: []located{{message: "文件是空的（0 字节），请检查导出是否完成，或换用正确的文件"}}},
		{file: "csv-renamed.xlsx", read: readRoster, records: rosterRecords},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) { checkFixture(t, c) })
	}
}

func TestMessyCSVEncodings(t *testing.T) {
	gbkRecords := []string{rosterRecords[0], rosterRecords[1], "r4 4001 刘岩 回访岗 离职"}
	cases := []fixtureCase{
		{file: "roster-utf8.csv", read: readRoster, records: rosterRecords},
		{file: "roster-utf8-bom.csv", read: readRoster, records: rosterRecords},
		{file: "roster-gbk.csv", read: readRoster, records: gbkRecords},
		// 䶮 is one of the characters that GB18030 has and GBK lacks.
		{file: "roster-gb18030.csv", read: readRoster, records: rosterRecords},
		{file: "roster-unicode-text.txt", read: readRoster, records: rosterRecords},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) { checkFixture(t, c) })
	}
}

func TestMessyRoster(t *testing.T) {
	cases := []fixtureCase{
		{file: "roster-title-rows.xlsx", read: readRoster, records: []string{
			"r7 2001 李晓梅 受理岗 在岗",
			"r8 3001 孙志强 派遣岗 在岗",
			"r9 4001 刘䶮 回访岗 离职",
		}},
		{file: "roster-header-forms.xlsx", read: readRoster, records: rosterRecords},
		{file: "roster-sheets.xlsx", read: readRoster, records: rosterRecords,
			warnings: []located{{sheet: "2月花名册", message: "工作表“2月花名册”是隐藏的，未读取"}}},
		{file: "roster-resaved.xlsx", read: readRoster, records: rosterRecords,
			warnings: []located{{sheet: "2月花名册", message: "工作表“2月花名册”是隐藏的，未读取"}}},
		{file: "roster-duplicate-header.csv", read: readRoster,
			records: []string{"r2 2001 李晓梅 受理岗 "},
			problems: []located{{row: 1, col: 4,
				message: "表头“员工编号”重复（A 列已有），请删去或改名其中一列"}}},
		{file: "roster-csv-quirks.csv", read: readRoster, records: []string{
			"r2 0012 李晓梅 受理岗 在岗",
			`r4 3001 孙"小"强 派遣岗 `,
			"r5 4001 吴静 回访岗 在岗",
		}},
		{file: "roster-id-forms.xlsx", read: readRoster,
			records: []string{
				"r2 0012 李晓梅 受理岗 ",
				"r3 2002 张丽华 受理岗 ",
				"r4 2003 刘芳 受理岗 ",
				"r5 2004 赵敏 受理岗 ",
				"r6 3001 孙志强 派遣岗 ",
				"r7 4001 吴静 回访岗 ",
			},
			warnings: []located{
				{sheet: "Sheet", row: 3, col: 1, message: "“２００２”含全角字符或多余空格，已按“2002”读取"},
				{sheet: "Sheet", row: 4, col: 1, message: "“2003\u00a0”含全角字符或多余空格，已按“2003”读取"},
				{sheet: "Sheet", row: 5, col: 1, message: "“\u30002004”含全角字符或多余空格，已按“2004”读取"},
				{sheet: "Sheet", row: 6, col: 1, message: "“3001  ”含全角字符或多余空格，已按“3001”读取"},
			}},
		{file: "roster-id-damaged.xlsx", read: readRoster,
			records: []string{"r6 3001 孙志强 派遣岗 "},
			problems: []located{
				{sheet: "Sheet", row: 2, col: 1, message: "已被表格软件改成科学计数法，原来的数字无法还原。" +
					"请把工号列设为文本格式后重新填写"},
				{sheet: "Sheet", row: 3, col: 1, message: "工号“3206841990010112”超过 15 位，" +
					"作为数字保存时末几位已丢失。请把工号列设为文本格式后重新填写"},
				{sheet: "Sheet", row: 4, col: 1, message: "工号“3.20684E+17”已被表格软件改成科学计数法"},
				{sheet: "Sheet", row: 5, col: 1, message: "工号“2001.5”带有小数，请改为正确的工号"},
			}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) { checkFixture(t, c) })
	}
}

func TestMessyWorkload(t *testing.T) {
	cases := []fixtureCase{
		{file: "workload-hidden-rows.xlsx", read: readWorkload,
			records: []string{
				"r2 2018-03-01 2001 受理 600",
				"r3 2018-03-01 2002 受理 500",
				"r4 2018-03-02 2001 受理 400",
				"r5 2018-03-02 3001 派遣 900",
			},
			warnings: []located{{sheet: "Sheet", message: "第 3、5 行是隐藏行（可能被筛选隐藏），仍按数据读取"}}},
		{file: "workload-numbers.xlsx", read: readWorkload, records: []string{
			// 463.61 is shown as 464 by the format "0"; the stored value counts.
			"r2 2018-03-01 2001 受理 463.61",
			"r3 2018-03-01 2002 受理 1234.5",
			"r4 2018-03-01 2003 受理 600",
			"r5 2018-03-01 2004 受理 700",
			"r6 2018-03-01 3001 派遣 900",
		}},
		{file: "workload-error-cells.xlsx", read: readWorkload,
			records: []string{"r6 2018-03-01 3001 派遣 900"},
			problems: []located{
				{sheet: "Sheet", row: 2, col: 5, message: "单元格是错误值 #N/A，请在表格中改正公式或填入数值"},
				{sheet: "Sheet", row: 3, col: 5, message: "单元格是错误值 #DIV/0!"},
				{sheet: "Sheet", row: 4, col: 5, message: noFormulaResult},
				{sheet: "Sheet", row: 5, col: 5, message: noFormulaResult},
			}},
		{file: "workload-excel-saved.csv", read: readWorkload,
			records: []string{
				// The CSV holds what the workbook showed: 463.61 became 464.
				"r2 2018-03-01 2001 受理 464",
				"r3 2018-03-01 2002 受理 1234.5",
				// The accounting format shows zero as a dash.
				"r4 2018-03-02 2003 受理 0",
			}},
		{file: "workload-styled-tail.xlsx", read: readWorkload, records: []string{
			"r2 2018-03-01 2001 受理 600",
			"r3 2018-03-01 3001 派遣 900",
		}},
		{file: "workload-merged.xlsx", read: readWorkload,
			records: []string{
				"r2 2018-03-01 2001 受理 600",
				"r3 2018-03-02 2001 受理 400",
				"r4 2018-03-03 2001 受理 300",
				"r5 2018-03-01 3001 派遣 900",
			},
			warnings: []located{{sheet: "Sheet",
				message: "B3、C3、B4、C4 位于纵向合并的单元格中，已取合并区域首行的值"}}},
		{file: "workload-summary.csv", read: readWorkload,
			records: []string{
				"r5 2018-03-01 2001 受理 600",
				"r7 2018-03-01 3001 派遣 900",
			},
			problems: []located{
				{row: 10, col: 5, message: "工作量为空，请填写数字，没有工作量请填 0"},
				{row: 11, col: 1, message: "这一行是“合计”行，kaohe 自己计算合计，请删去此行"},
			}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) { checkFixture(t, c) })
	}
}

func TestMessyLog(t *testing.T) {
	cases := []fixtureCase{
		{file: "log-error-cells.xlsx", read: readLog,
			records: []string{"r4 2018-03-06 2001 纪律-2"},
			problems: []located{
				{sheet: "Sheet", row: 2, col: 2, message: "单元格是错误值 #N/A"},
				{sheet: "Sheet", row: 3, col: 6, message: "单元格是错误值 #VALUE!"},
			}},
		{file: "log-dates.xlsx", read: readLog,
			records: []string{
				"r2 2018-03-05 2001 纪律-2",
				"r3 2018-03-06 2001 纪律-2",
				"r4 2018-03-07 2001 纪律-2",
				"r5 2018-03-08 2001 纪律-2",
				"r6 2018-03-09 2001 纪律-2",
				"r7 2018-03-10 2001 纪律-2",
				"r8 2018-03-11 2001 纪律-2",
				"r9 2018-02-28 2001 纪律-2",
				"r10 2018-03-31 1001 值班长-4 数量 4.7",
			},
			problems: []located{
				{sheet: "Sheet", row: 11, col: 1, message: "日期“2018-02-30”不存在"},
				{sheet: "Sheet", row: 12, col: 1, message: "“3月5日”不是日期，请写作 2018-03-05"},
				// 20180305 typed as a number is no date serial: as one it would
				// be in the year 57 thousand.
				{sheet: "Sheet", row: 13, col: 1, message: "“20180305”不是日期，请写作 2018-03-05"},
				{sheet: "Sheet", row: 14, col: 1, message: "“20180305”不是日期，请写作 2018-03-05"},
			},
			warnings: []located{
				{sheet: "Sheet", row: 9, col: 1, message: "日期 2018-02-28 不在 2018-03 之内，仍按本月计入"},
			}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) { checkFixture(t, c) })
	}
}

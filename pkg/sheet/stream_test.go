package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// writeFeatureWorkbook writes a workbook with excelize that has a hidden
// row, merged cells, rich text, a zero-padded id and 5,000 styled empty rows.
func writeFeatureWorkbook(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const s = "Sheet1"

	padded := newStyle(t, f, &excelize.Style{CustomNumFmt: ptr("0000")})
	must(t, f.SetCellStr(s, "A1", "岗位"))
	must(t, f.SetCellStr(s, "B1", "工号"))
	must(t, f.SetCellRichText(s, "C1", []excelize.RichTextRun{
		{Text: "姓"}, {Text: "名", Font: &excelize.Font{Bold: true}},
	}))

	// A2:A4 holds one post for three people. C2:D3 spans two columns.
	must(t, f.SetCellStr(s, "A2", "话务员"))
	must(t, f.MergeCell(s, "A2", "A4"))
	must(t, f.SetCellStr(s, "C2", "合并"))
	must(t, f.MergeCell(s, "C2", "D3"))
	for row := 2; row <= 4; row++ {
		setNumber(t, f, s, fmt.Sprintf("B%d", row), fmt.Sprint(40+row), padded)
	}

	// A horizontal merge is not filled.
	must(t, f.SetCellStr(s, "A5", "横向"))
	must(t, f.MergeCell(s, "A5", "C5"))
	must(t, f.SetCellStr(s, "A6", "隐藏行"))
	must(t, f.SetRowVisible(s, 6, false))

	// Exports often format whole columns, which leaves rows of empty cells.
	must(t, f.SetCellStyle(s, "A7", "E5006", padded))

	path := filepath.Join(t.TempDir(), "特性.xlsx")
	must(t, f.SaveAs(path))
	return path
}

func TestScanXLSXFeatures(t *testing.T) {
	book := openTest(t, writeFeatureWorkbook(t), Options{})
	text := func(col int, v string) Cell { return Cell{Col: col, Value: v, Type: Text} }
	filled := func(col int, v string) Cell {
		return Cell{Col: col, Value: v, Type: Text, FilledDown: true}
	}
	id := func(v string) Cell { return Cell{Col: 2, Value: v, Type: Number, Format: "0000"} }
	want := []Row{
		{Num: 1, Cells: []Cell{text(1, "岗位"), text(2, "工号"), text(3, "姓名")}},
		{Num: 2, Cells: []Cell{text(1, "话务员"), id("42"), text(3, "合并")}},
		{Num: 3, Cells: []Cell{filled(1, "话务员"), id("43"), filled(3, "合并")}},
		{Num: 4, Cells: []Cell{filled(1, "话务员"), id("44")}},
		{Num: 5, Cells: []Cell{text(1, "横向")}},
		{Num: 6, Cells: []Cell{text(1, "隐藏行")}, Hidden: true},
	}

	got := scanAll(t, book, "Sheet1")
	assertRows(t, got, want)
	for i := range min(len(got), len(want)) {
		if got[i].Hidden != want[i].Hidden {
			t.Errorf("row %d: got Hidden %v, want %v", want[i].Num, got[i].Hidden, want[i].Hidden)
		}
	}
}

// sheetPart wraps rows in the worksheet XML that Excel writes around
// <sheetData>, with a dimension that claims a full sheet.
func sheetPart(rows string, after string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		`<dimension ref="A1:E1048576"/><sheetData>` + rows + `</sheetData>` + after +
		`</worksheet>`
}

// writeParts writes a workbook from the XML of its parts. The workbook has
// the sheets "数据" (xl/worksheets/sheet1.xml, found through an absolute
// target) and "隐藏" (state veryHidden, sheet2.xml). parts may add or replace
// any part, such as xl/sharedStrings.xml or xl/styles.xml.
func writeParts(t testing.TB, parts map[string]string) string {
	t.Helper()
	const (
		rels          = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`
		packageRels   = `http://schemas.openxmlformats.org/package/2006/relationships`
		spreadsheetML = `http://schemas.openxmlformats.org/spreadsheetml/2006/main`
	)
	relationship := func(id, kind, target string) string {
		return `<Relationship Id="` + id + `" Type="` + rels + "/" + kind +
			`" Target="` + target + `"/>`
	}
	all := map[string]string{
		"_rels/.rels": `<Relationships xmlns="` + packageRels + `">` +
			relationship("rId1", "officeDocument", "xl/workbook.xml") + `</Relationships>`,
		"xl/workbook.xml": `<workbook xmlns="` + spreadsheetML + `" xmlns:r="` + rels + `"><sheets>` +
			`<sheet name="数据" sheetId="1" r:id="rId1"/>` +
			`<sheet name="隐藏" sheetId="2" state="veryHidden" r:id="rId2"/>` +
			`</sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="` + packageRels + `">` +
			relationship("rId1", "worksheet", "/xl/worksheets/sheet1.xml") +
			relationship("rId2", "worksheet", "worksheets/sheet2.xml") +
			relationship("rId3", "sharedStrings", "sharedStrings.xml") +
			relationship("rId4", "styles", "styles.xml") +
			`</Relationships>`,
		"xl/worksheets/sheet2.xml": sheetPart(
			`<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>`, ""),
	}
	for name, text := range parts {
		all[name] = text
	}

	var buf bytes.Buffer
	archive := zip.NewWriter(&buf)
	for name, text := range all {
		w, err := archive.Create(name)
		must(t, err)
		_, err = w.Write([]byte(text))
		must(t, err)
	}
	must(t, archive.Close())

	path := filepath.Join(t.TempDir(), "手写.xlsx")
	must(t, os.WriteFile(path, buf.Bytes(), 0o644))
	return path
}

func TestScanXLSXCellTypes(t *testing.T) {
	sharedStrings := `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		`<si><t>张三</t></si>` +
		`<si><r><t>李</t></r><r><rPr><b/></rPr><t xml:space="preserve">四 </t></r>` +
		`<rPh sb="0" eb="1"><t>リ</t></rPh></si>` +
		`<si><t>a&amp;b&#x4E2D;&lt;</t></si>` +
		`</sst>`
	styles := `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		`<numFmts count="1"><numFmt numFmtId="164" formatCode="0000"/></numFmts>` +
		`<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/>` +
		`<xf numFmtId="49"/></cellXfs></styleSheet>`
	rows := `<row r="1">` +
		`<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>` +
		`<c r="D1" t="inlineStr"><is><t>内联</t></is></c>` +
		`<c r="E1" t="str"><f>A1</f><v>公式</v></c></row>` +
		`<row r="3" hidden="1">` +
		`<c r="A3" s="1"><v>7</v></c><c r="B3" s="2"><v>45413</v></c>` +
		`<c r="C3"><v>4.2000000000000003E-2</v></c><c r="D3" s="3"><v>463.61</v></c>` +
		`<c r="E3" s="9"><v>1</v></c></row>` +
		`<row r="4"><c r="A4" t="e"><v>#N/A</v></c><c r="B4" t="b"><v>0</v></c>` +
		`<c r="C4" t="d"><v>2024-05-01T00:00:00</v></c><c r="D4"><f>1/0</f></c>` +
		`<c r="E4" t="str"><f>""</f><v></v></c></row>` +
		// Rows and cells without r follow the previous ones.
		`<row><c><v>1</v></c><c t="inlineStr"><is><t><![CDATA[<b>]]></t></is></c></row>` +
		`<row r="6"><c r="B6" s="1"/><c r="C6" t="s"><v></v></c><c r="D6"><f>A1</f><v></v></c>` +
		`</row>`
	path := writeParts(t, map[string]string{
		"xl/worksheets/sheet1.xml": sheetPart(rows, ""),
		"xl/sharedStrings.xml":     sharedStrings,
		"xl/styles.xml":            styles,
	})

	book := openTest(t, path, Options{})
	text := func(col int, v string) Cell { return Cell{Col: col, Value: v, Type: Text} }
	want := []Row{
		{Num: 1, Cells: []Cell{
			text(1, "张三"), text(2, "李四 "), text(3, "a&b中<"), text(4, "内联"), text(5, "公式"),
		}},
		{Num: 3, Hidden: true, Cells: []Cell{
			{Col: 1, Value: "7", Type: Number, Format: "0000"},
			{Col: 2, Value: "45413", Type: Number, Format: "mm-dd-yy", Date: true},
			{Col: 3, Value: "4.2000000000000003E-2", Type: Number},
			{Col: 4, Value: "463.61", Type: Number, Format: "@"},
			// Style 9 does not exist, so the cell has the General format.
			{Col: 5, Value: "1", Type: Number},
		}},
		{Num: 4, Cells: []Cell{
			{Col: 1, Value: "#N/A", Type: Error},
			{Col: 2, Value: "0", Type: Bool},
			{Col: 3, Value: "2024-05-01T00:00:00", Type: Text, Date: true},
			{Col: 4, Value: formulaNoValue, Type: Error},
		}},
		{Num: 5, Cells: []Cell{{Col: 1, Value: "1", Type: Number}, text(2, "<b>")}},
		// An empty <v> is no result for a number, but "" is one for text.
		{Num: 6, Cells: []Cell{{Col: 4, Value: formulaNoValue, Type: Error}}},
	}

	got := scanAll(t, book, "数据")
	assertRows(t, got, want)
	for i := range min(len(got), len(want)) {
		if got[i].Hidden != want[i].Hidden {
			t.Errorf("row %d: got Hidden %v, want %v", want[i].Num, got[i].Hidden, want[i].Hidden)
		}
	}
}

func TestSheetsFromParts(t *testing.T) {
	book := openTest(t, writeParts(t, map[string]string{
		"xl/worksheets/sheet1.xml": sheetPart("", ""),
	}), Options{})
	want := []SheetInfo{{Name: "数据"}, {Name: "隐藏", Hidden: true}}
	got := book.Sheets()
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got sheets %+v, want %+v", got, want)
	}
	if rows := scanAll(t, book, "数据"); len(rows) != 0 {
		t.Errorf("got rows %+v from an empty sheet, want none", rows)
	}
	if rows := scanAll(t, book, "隐藏"); len(rows) != 1 {
		t.Errorf("got rows %+v from the hidden sheet, want one", rows)
	}
}

func TestScanXLSXPrefixedNames(t *testing.T) {
	part := `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		`<x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c>` +
		`</x:row><x:row r="3"/></x:sheetData>` +
		`<x:mergeCells count="1"><x:mergeCell ref="B2:B3"/></x:mergeCells></x:worksheet>`
	book := openTest(t, writeParts(t, map[string]string{"xl/worksheets/sheet1.xml": part}),
		Options{})
	want := []Row{
		{Num: 2, Cells: []Cell{{Col: 2, Value: "前缀", Type: Text}}},
		{Num: 3, Cells: []Cell{{Col: 2, Value: "前缀", Type: Text, FilledDown: true}}},
	}
	assertRows(t, scanAll(t, book, "数据"), want)
}

func TestScanXLSXMergeWithoutRows(t *testing.T) {
	// Rows 3 and 4 have no <row> element, but lie in the merged range A2:A4.
	rows := `<row r="2"><c r="A2" t="inlineStr"><is><t>班组</t></is></c></row>` +
		`<row r="6"><c r="A6"><v>1</v></c></row>`
	merges := `<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>`
	book := openTest(t, writeParts(t, map[string]string{
		"xl/worksheets/sheet1.xml": sheetPart(rows, merges),
	}), Options{})

	got := scanAll(t, book, "数据")
	nums := make([]int, len(got))
	for i, row := range got {
		nums[i] = row.Num
	}
	if fmt.Sprint(nums) != "[2 3 4 6]" {
		t.Fatalf("got rows %v, want [2 3 4 6]", nums)
	}
	if c := got[2].Cells[0]; c.Value != "班组" || !c.FilledDown {
		t.Errorf("row 4: got %+v, want 班组 filled down", c)
	}
}

func TestScanXLSXRejectsDisorder(t *testing.T) {
	tests := []struct {
		name, rows, want string
	}{
		{"rows", `<row r="3"><c><v>1</v></c></row><row r="2"><c><v>1</v></c></row>`,
			"row 2 comes after row 3"},
		{"columns", `<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row>`,
			"column 1 comes after column 2"},
		{"bad ref", `<row r="1"><c r="1A"><v>1</v></c></row>`, `invalid cell reference "1A"`},
		{"bad string", `<row r="1"><c t="s"><v>5</v></c></row>`, "shared string index"},
		{"truncated", `<row r="1"><c><v>1`, "XML ends before its elements are closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			part := sheetPart(tt.rows, "")
			if tt.name == "truncated" {
				part = part[:strings.Index(part, "<v>1")+len("<v>1")]
			}
			book := openTest(t, writeParts(t, map[string]string{"xl/worksheets/sheet1.xml": part}),
				Options{})
			err := book.Scan("数据", func(Row) error { return nil })
			assertProblem(t, err, book.Path(), "无法读取这一行")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestOpenRejectsLargePart(t *testing.T) {
	defer func(limit uint64) { maxPartSize = limit }(maxPartSize)
	maxPartSize = 1 << 20

	// Two megabytes of empty rows compress to a few kilobytes.
	rows := strings.Repeat("<row/>", 2<<20/len("<row/>"))
	path := writeParts(t, map[string]string{"xl/worksheets/sheet1.xml": sheetPart(rows, "")})
	_, err := Open(path, Options{})
	assertProblem(t, err, path,
		"文件解压后过大：其中的 xl/worksheets/sheet1.xml 解压后有 2.0 MB，超过上限 1 MB")
	assertProblem(t, err, path, "请确认选对了文件")
}

func TestScanProgress(t *testing.T) {
	var rows strings.Builder
	for i := 1; i <= 25_000; i++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d"><v>%d</v></c></row>`, i, i, i)
	}
	var csvText strings.Builder
	for i := 1; i <= 25_000; i++ {
		fmt.Fprintf(&csvText, "%d\n", i)
	}
	paths := map[string]string{
		"xlsx": writeParts(t, map[string]string{
			"xl/worksheets/sheet1.xml": sheetPart(rows.String(), ""),
		}),
		"csv": writeTestFile(t, "进度.csv", []byte(csvText.String())),
	}
	sheets := map[string]string{"xlsx": "数据", "csv": ""}

	for kind, path := range paths {
		t.Run(kind, func(t *testing.T) {
			var reports []Progress
			book := openTest(t, path, Options{Progress: func(p Progress) {
				reports = append(reports, p)
			}})
			scanAll(t, book, sheets[kind])

			if len(reports) != 3 {
				t.Fatalf("got %d reports %+v, want 3", len(reports), reports)
			}
			for i, p := range reports[:2] {
				if p.Rows != (i+1)*10_000 || p.End {
					t.Errorf("report %d: got %+v, want 10,000 rows more and not the end", i, p)
				}
				if p.Done <= 0 || p.Done >= p.Total {
					t.Errorf("report %d: got Done %d of %d, want part of it", i, p.Done, p.Total)
				}
			}
			last := reports[2]
			if !last.End || last.Rows != 25_000 || last.Done != last.Total || last.Total == 0 {
				t.Errorf("got last report %+v, want the end of 25,000 rows", last)
			}
			if last.File != path || last.Sheet != sheets[kind] {
				t.Errorf("got file %q sheet %q, want %q %q",
					last.File, last.Sheet, path, sheets[kind])
			}
		})
	}
}

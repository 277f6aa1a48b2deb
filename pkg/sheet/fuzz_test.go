package sheet

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

func FuzzCSV(f *testing.F) {
	f.Add([]byte("工号,姓名\n001,张三\n"))
	f.Add([]byte("\xEF\xBB\xBFa,\"b\nc\"\r\n\n,,\n=\"001\",x"))
	f.Add([]byte("\xFF\xFEa\x00\t\x00b\x00\r\x00\n\x00"))
	f.Add([]byte("\xFE\xFF\x00a"))
	f.Add([]byte("\xd5\xc5\xc8\xfd,\x95\x32\x82\x36"))
	f.Add([]byte("\"unterminated\n,\"\"\"x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.HasPrefix(data, zipMagic) || bytes.HasPrefix(data, oleMagic) {
			t.Skip("FuzzOpenXLSX covers workbooks")
		}
		checkOpenAndScan(t, data)
	})
}

func FuzzOpenXLSX(f *testing.F) {
	seed, err := os.ReadFile(writeWorkbook(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add(newCompoundFile("EncryptedPackage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkOpenAndScan(t, data)
	})
}

func FuzzParseFormatCode(f *testing.F) {
	seeds := []string{"0.00%", `yyyy"年"m"月"`, "[$-804]aaaa", "General", `0\`, `"`, "["}
	for _, code := range seeds {
		f.Add(code)
	}
	f.Fuzz(func(t *testing.T, code string) {
		parseFormatCode(code)
		if strings.ContainsRune(code, '"') {
			return
		}
		// Quoted text is literal, so quoting the whole code removes every token.
		if got := parseFormatCode(`"` + code + `"`); got != (numberFormat{}) {
			t.Errorf("parseFormatCode(%q) = %+v, want no flags", `"`+code+`"`, got)
		}
	})
}

// checkOpenAndScan opens data as a file and scans every sheet. Errors are
// fine, but a panic is not, and every row must keep Scan's contract.
func checkOpenAndScan(t *testing.T, data []byte) {
	path := filepath.Join(t.TempDir(), "fuzz.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	book, err := Open(path, Options{})
	if err != nil {
		return
	}
	defer book.Close()

	for _, info := range book.Sheets() {
		lastRow := 0
		_ = book.Scan(info.Name, func(row Row) error {
			if row.Num <= lastRow {
				t.Errorf("got row %d after row %d", row.Num, lastRow)
			}
			lastRow = row.Num
			checkCells(t, row)
			return nil
		})
	}
}

func checkCells(t *testing.T, row Row) {
	if len(row.Cells) == 0 {
		t.Errorf("row %d has no cells", row.Num)
	}
	lastCol := 0
	for _, c := range row.Cells {
		if c.Col <= lastCol {
			t.Errorf("row %d: got column %d after column %d", row.Num, c.Col, lastCol)
		}
		if c.Value == "" {
			t.Errorf("row %d: column %d is empty", row.Num, c.Col)
		}
		lastCol = c.Col
	}
}

func FuzzSheetXML(f *testing.F) {
	f.Add([]byte(sheetPart(`<row r="2" hidden="1"><c r="B2" t="s"><v>1</v></c>`+
		`<c t="inlineStr"><is><r><t>a&amp;</t></r><rPh><t>x</t></rPh></is></c>`+
		`<c s="1"><f>A1</f></c></row><row><c t="e"><v>#N/A</v></c></row>`,
		`<mergeCells><mergeCell ref="B2:B4"/></mergeCells>`)))
	f.Add([]byte(`<sheetData><row><c><v><![CDATA[1]]></v></c></row><!-- </sheetData> -->`))
	f.Add([]byte("<sheetData><row r='1'><c r='A1' t='str'><v>a\r\nb&#13;</v></c></row>" +
		"</sheetData>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		whole, wholeErr := readSheetRows(t, bytes.NewReader(data))
		split, splitErr := readSheetRows(t, iotest.OneByteReader(bytes.NewReader(data)))
		if (wholeErr == nil) != (splitErr == nil) {
			t.Fatalf("got error %v reading all at once and %v byte by byte", wholeErr, splitErr)
		}
		if wholeErr == nil && !reflect.DeepEqual(whole, split) {
			t.Errorf("got rows %+v at once and %+v byte by byte", whole, split)
		}

		merges, err := mergesOf(iotest.HalfReader(bytes.NewReader(data)))
		checkNoPanic(t, err)
		for _, m := range merges {
			if m.bottom <= m.top || m.right < m.left {
				t.Errorf("got merged range %+v", m)
			}
		}
	})
}

// readSheetRows reads the rows of a worksheet part with two shared strings
// and two styles, checks them as Scan's callers expect, and returns the
// rows with cells.
func readSheetRows(t *testing.T, r io.Reader) ([]Row, error) {
	reader := &sheetReader{
		xml:     newXMLScanner(r),
		strings: []string{"甲", ""},
		formats: []cellFormat{{}, {code: "0%", numberFormat: numberFormat{percent: true}}},
	}
	var rows []Row
	for {
		row, more, err := reader.next()
		checkNoPanic(t, err)
		if err != nil || !more {
			return rows, err
		}
		if len(rows) > 0 && row.Num <= rows[len(rows)-1].Num {
			t.Errorf("got row %d after row %d", row.Num, rows[len(rows)-1].Num)
		}
		if len(row.Cells) > 0 {
			checkCells(t, row)
			rows = append(rows, row)
		}
	}
}

// checkNoPanic fails the test if err is a panic that recoverPanic turned
// into an error.
func checkNoPanic(t *testing.T, err error) {
	if err != nil && strings.HasPrefix(err.Error(), "internal error") {
		t.Fatalf("parser panicked: %v", err)
	}
}

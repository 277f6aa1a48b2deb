package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/xuri/excelize/v2"
)

func TestOpenRejectsFile(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "文件是空的"},
		{"xls", newCompoundFile("Workbook"), "这是旧版 .xls 文件，" + adviceSaveAs},
		{"excel 95 xls", newCompoundFile("Book"), "这是旧版 .xls 文件"},
		{"word document", newCompoundFile("WordDocument"), "这不是 Excel 表格"},
		{"encrypted no password", newCompoundFile("EncryptedPackage"), "请用 --password 提供密码"},
		{"broken ole", append(slices.Clone(oleMagic), make([]byte, 100)...), "文件已损坏或不是 Excel"},
		{"broken zip", []byte("PK\x03\x04 not really a zip"), "无法读取这个 .xlsx 文件"},
		{"html", []byte("\r\n<html><table><tr><td>1</td></tr></table>"), "网页（HTML）或 XML"},
		{"xml spreadsheet", []byte(`<?xml version="1.0"?><Workbook/>`), "网页（HTML）或 XML"},
		{"binary", []byte("%PDF-1.4\x00\x00\x01"), "文件含有二进制内容"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTestFile(t, "input.xlsx", tt.data)
			_, err := Open(path, Options{})
			assertProblem(t, err, path, tt.want)
		})
	}
}

func TestOpenRejectsZipBomb(t *testing.T) {
	var buf bytes.Buffer
	archive := zip.NewWriter(&buf)
	header := &zip.FileHeader{
		Name:               "xl/worksheets/sheet1.xml",
		Method:             zip.Deflate,
		CompressedSize64:   10,
		UncompressedSize64: 1 << 29,
	}
	w, err := archive.CreateRaw(header)
	must(t, err)
	_, err = w.Write(make([]byte, 10))
	must(t, err)
	must(t, archive.Close())

	path := writeTestFile(t, "bomb.xlsx", buf.Bytes())
	_, err = Open(path, Options{})
	assertProblem(t, err, path, "无法读取这个 .xlsx 文件")
	if err == nil || !strings.Contains(err.Error(), "declares 536870912 bytes") {
		t.Errorf("got error %v, want the declared size named", err)
	}
}

func TestOpenMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "缺失.xlsx")
	_, err := Open(path, Options{})
	assertProblem(t, err, path, "找不到文件")
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("errors.Is(err, os.ErrNotExist) = false for %v", err)
	}
}

func TestOpenEncryptedWorkbook(t *testing.T) {
	file := excelize.NewFile()
	if err := file.SetCellStr("Sheet1", "A1", "机密"); err != nil {
		t.Fatal(err)
	}
	percent := newStyle(t, file, &excelize.Style{NumFmt: 10})
	setNumber(t, file, "Sheet1", "B1", "0.042", percent)
	path := filepath.Join(t.TempDir(), "加密.xlsx")
	if err := file.SaveAs(path, excelize.Options{Password: "secret"}); err != nil {
		t.Fatal(err)
	}

	t.Run("no password", func(t *testing.T) {
		_, err := Open(path, Options{})
		assertProblem(t, err, path, "文件已加密，请用 --password 提供密码")
	})
	t.Run("wrong password", func(t *testing.T) {
		_, err := Open(path, Options{Password: "wrong"})
		assertProblem(t, err, path, "密码不正确")
	})
	t.Run("right password", func(t *testing.T) {
		book := openTest(t, path, Options{Password: "secret"})
		want := []Row{{Num: 1, Cells: []Cell{
			{Col: 1, Value: "机密", Type: Text},
			{Col: 2, Value: "0.042", Type: Number, Percent: true, Format: "0.00%"},
		}}}
		assertRows(t, scanAll(t, book, "Sheet1"), want)
	})
}

func TestOpenLeavesInputUnchanged(t *testing.T) {
	path := writeWorkbook(t)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	book := openTest(t, path, Options{})
	scanAll(t, book, "数据")
	if err := book.Close(); err != nil {
		t.Fatal(err)
	}

	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Error("the input file changed after Open, Scan and Close")
	}
}

func TestScanUnknownSheet(t *testing.T) {
	book := openTest(t, writeWorkbook(t), Options{})
	err := book.Scan("工资", func(Row) error { return nil })
	assertProblem(t, err, book.Path(), `找不到工作表 "工资"，文件里的工作表有：“数据”、“隐藏”`)

	var p *diag.Problem
	if errors.As(err, &p) && p.Where.Sheet != "工资" {
		t.Errorf("got sheet %q in the location, want %q", p.Where.Sheet, "工资")
	}
}

func TestScanCSVWithSheetName(t *testing.T) {
	book := openTest(t, writeTestFile(t, "a.csv", []byte("a,b\n")), Options{})
	err := book.Scan("Sheet1", func(Row) error { return nil })
	assertProblem(t, err, book.Path(), "CSV 文件没有名为")
}

func TestScanStopsAtCallbackError(t *testing.T) {
	stop := errors.New("stop")
	paths := map[string]string{
		"xlsx": writeWorkbook(t),
		"csv":  writeTestFile(t, "a.csv", []byte("a\nb\nc\n")),
	}
	sheets := map[string]string{"xlsx": "数据", "csv": ""}
	for kind, path := range paths {
		t.Run(kind, func(t *testing.T) {
			book := openTest(t, path, Options{})
			calls := 0
			err := book.Scan(sheets[kind], func(Row) error {
				calls++
				return stop
			})
			if err != stop {
				t.Errorf("got error %v, want the callback's error unchanged", err)
			}
			if calls != 1 {
				t.Errorf("got %d calls, want 1", calls)
			}
		})
	}
}

// assertProblem checks that err is a *diag.Problem located at path whose
// message contains want.
func assertProblem(t *testing.T, err error, path, want string) {
	t.Helper()
	var p *diag.Problem
	if !errors.As(err, &p) {
		t.Fatalf("got error %v (%T), want a *diag.Problem", err, err)
	}
	if p.Where.File != path {
		t.Errorf("got file %q, want %q", p.Where.File, path)
	}
	if !strings.Contains(p.Message, want) {
		t.Errorf("got message %q, want it to contain %q", p.Message, want)
	}
}

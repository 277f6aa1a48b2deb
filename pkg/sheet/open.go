package sheet

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/kaohe/kaohe/pkg/diag"
)

// Options are the settings for opening an input file.
type Options struct {
	// Password opens an encrypted .xlsx workbook. It is ignored for files
	// that are not encrypted.
	Password string
	// Progress, when set, is called from Scan every 10,000 rows passed to
	// the callback and once at the end of the sheet.
	Progress func(Progress)
}

// Progress reports how far Scan has read. Done and Total count bytes of
// the sheet's data: for a workbook, the compressed bytes of the sheet's part
// read so far, and for a CSV file, the bytes of its text after conversion to
// UTF-8. Total is 0 when unknown. Before the first report, a workbook sheet
// is unpacked once to find its merged cells, which takes about a fifth of
// the time of the scan.
type Progress struct {
	File  string
	Sheet string
	Rows  int
	Done  int64
	Total int64
	End   bool
}

// SheetInfo describes one sheet of a workbook.
type SheetInfo struct {
	Name   string
	Hidden bool
}

// Book is an open input file: an .xlsx workbook or a CSV file. A Book is not
// safe for concurrent use.
type Book struct {
	path   string
	sheets []SheetInfo

	// xlsx is set for workbooks, csv for CSV files.
	xlsx *workbook
	csv  *csvFile

	progress func(Progress)
}

// Magic numbers at the start of the supported file kinds.
var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// Advice that ends the messages about files that kaohe cannot read.
const (
	adviceResave = "文件可能已损坏，请用 Excel 或 WPS 打开后重新保存"
	adviceSaveAs = "请用 Excel 或 WPS 打开后另存为 .xlsx"
)

// maxTextSize is the largest CSV file that Open reads. A month's records
// take a few megabytes; a city-wide per-ticket export of 1,000,000 rows
// about 45 MB.
const maxTextSize = 256 << 20

// Open opens the .xlsx workbook or CSV file at path for reading. The kind of
// file comes from its first bytes, not from its extension. Open never writes
// to the file. Errors about the file are *diag.Problem values located at path.
// The caller must Close the book.
func Open(path string, opts Options) (*Book, error) {
	where := diag.Location{File: path}
	file, err := os.Open(path)
	if err != nil {
		return nil, openProblem(where, err)
	}
	// A workbook keeps the file open until Close.
	keepOpen := false
	defer func() {
		if !keepOpen {
			file.Close()
		}
	}()

	head := make([]byte, len(oleMagic))
	n, err := io.ReadFull(file, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, diag.Errorf(where, "无法读取文件：%w", err)
	}
	head = head[:n]

	var book *Book
	switch {
	case n == 0:
		return nil, diag.Errorf(where, "文件是空的（0 字节），请检查导出是否完成，或换用正确的文件")
	case bytes.HasPrefix(head, zipMagic):
		book, err = openZip(path, file)
		keepOpen = err == nil
	case bytes.Equal(head, oleMagic):
		book, err = openOLE(path, file, opts)
	default:
		book, err = openText(path, file)
	}
	if err != nil {
		return nil, err
	}
	book.progress = opts.Progress
	return book, nil
}

// openProblem explains why an input file could not be opened.
func openProblem(where diag.Location, err error) *diag.Problem {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return diag.Errorf(where, "找不到文件，请检查文件名和所在文件夹：%w", err)
	case errors.Is(err, os.ErrPermission):
		return diag.Errorf(where,
			"没有权限读取文件，请检查文件权限，或先在 Excel 或 WPS 中关闭它：%w", err)
	default:
		return diag.Errorf(where, "无法打开文件：%w", err)
	}
}

// Path returns the path that the book was opened with.
func (b *Book) Path() string { return b.path }

// Sheets returns the sheets in workbook order. A CSV file has one sheet with
// the name "".
func (b *Book) Sheets() []SheetInfo {
	return append([]SheetInfo(nil), b.sheets...)
}

// Scan calls fn for each row of the named sheet that has at least one
// non-empty cell, in row order. It stops at the first error from fn and
// returns that error unchanged. Other errors are *diag.Problem values.
func (b *Book) Scan(sheet string, fn func(Row) error) error {
	if b.xlsx != nil {
		return b.scanXLSX(sheet, fn)
	}
	if sheet != "" {
		where := diag.Location{File: b.path}
		return diag.Errorf(where,
			"CSV 文件没有名为 %q 的工作表，它只有一张表，请不要指定工作表名", sheet)
	}
	return b.scanCSV(fn)
}

// Close closes the workbook's file. Closing a CSV book, a decrypted
// workbook or a closed book does nothing.
func (b *Book) Close() error {
	if b.xlsx == nil || b.xlsx.closer == nil {
		return nil
	}
	err := b.xlsx.closer.Close()
	b.xlsx.closer = nil
	if err != nil {
		return fmt.Errorf("close %s: %w", b.path, err)
	}
	return nil
}

package sheet

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"strings"

	"github.com/kaohe/kaohe/pkg/diag"
)

// textHeadSize is how much decoded text at the start of a file is looked at
// for markup and the separator.
const textHeadSize = 64 << 10

// csvFile is the encoding and separator of a CSV file. Each Scan reads the
// rows from the file again, so memory does not grow with the file.
type csvFile struct {
	encoding textEncoding
	comma    rune
	size     int64
}

// openText checks a CSV or tab-separated text file: its size, its
// encoding, and that it is neither markup nor binary. It reads the file
// through once without keeping it.
func openText(path string, file *os.File) (*Book, error) {
	where := diag.Location{File: path}
	info, err := file.Stat()
	if err != nil {
		return nil, diag.Errorf(where, "无法读取文件：%w", err)
	}
	if info.Size() > maxTextSize {
		return nil, diag.Errorf(where,
			"文件超过 %d MB，不像是一个月的导出数据，请检查是否选错了文件", maxTextSize>>20)
	}

	enc, err := detectEncoding(file)
	if err != nil {
		return nil, diag.Errorf(where, "无法读取文件：%w", err)
	}
	head, hasNUL, err := readDecoded(file, enc)
	if err != nil {
		return nil, diag.Errorf(where, "无法识别文件的文字编码，"+adviceSaveAs+"：%w", err)
	}
	if isMarkup(head) {
		return nil, diag.Errorf(where,
			"这是网页（HTML）或 XML 格式的表格，不是 .xlsx 或 CSV 文件，"+adviceSaveAs)
	}
	if hasNUL {
		return nil, diag.Errorf(where,
			"文件含有二进制内容，不是 .xlsx 或 CSV 表格，请换用正确的文件")
	}

	text := &csvFile{encoding: enc, comma: separator(head), size: info.Size()}
	return &Book{path: path, sheets: []SheetInfo{{Name: ""}}, csv: text}, nil
}

// readDecoded reads the whole decoded text once, returning its first
// textHeadSize bytes and whether it holds a NUL character anywhere.
func readDecoded(file io.ReadSeeker, enc textEncoding) (string, bool, error) {
	r, err := decodedReader(file, enc)
	if err != nil {
		return "", false, err
	}
	var head strings.Builder
	buf := make([]byte, 64<<10)
	hasNUL := false
	for {
		n, err := r.Read(buf)
		if head.Len() < textHeadSize {
			head.Write(buf[:min(n, textHeadSize-head.Len())])
		}
		hasNUL = hasNUL || bytes.IndexByte(buf[:n], 0) >= 0
		if errors.Is(err, io.EOF) {
			return head.String(), hasNUL, nil
		}
		if err != nil {
			return "", false, err
		}
	}
}

// isMarkup reports whether text starts like an HTML or XML document. Some
// systems export such files with an .xls extension, and Excel opens them.
func isMarkup(text string) bool {
	text = strings.TrimLeft(text, " \t\r\n")
	if len(text) < 2 || text[0] != '<' {
		return false
	}
	next := text[1] | 0x20 // lower case for ASCII letters
	return next == '!' || next == '?' || 'a' <= next && next <= 'z'
}

// separator returns tab when the first non-blank line has tabs and no commas,
// as in Excel's "Unicode text" export, and comma otherwise.
func separator(text string) rune {
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.Contains(line, "\t") && !strings.Contains(line, ",") {
			return '\t'
		}
		break
	}
	return ','
}

// scanCSV streams the records of a CSV book to fn.
//
// Row.Num is the row number that Excel shows for the record: blank lines
// count, and a quoted field that spans lines does not add rows. It is the
// line number when no field spans lines.
func (b *Book) scanCSV(fn func(Row) error) error {
	file, err := os.Open(b.path)
	if err != nil {
		return diag.Errorf(diag.Location{File: b.path}, "无法读取文件：%w", err)
	}
	defer file.Close()
	counted := &countingReader{r: file}
	text, err := decode(counted, b.csv.encoding)
	if err != nil {
		return diag.Errorf(diag.Location{File: b.path}, "无法读取文件：%w", err)
	}

	reader := csv.NewReader(bufio.NewReaderSize(text, 64<<10))
	reader.Comma = b.csv.comma
	reader.FieldsPerRecord = -1
	reader.LazyQuotes = true
	reader.ReuseRecord = true

	meter := b.newMeter("", b.csv.size)

	// spanned counts the line breaks inside quoted fields read so far.
	spanned := 0
	for {
		record, err := reader.Read()
		if errors.Is(err, io.EOF) {
			meter.end()
			return nil
		}
		if err != nil {
			return csvProblem(b.path, err, spanned)
		}

		line, _ := reader.FieldPos(0)
		row := Row{Num: line - spanned, Cells: make([]Cell, 0, len(record))}
		for i, field := range record {
			spanned += strings.Count(field, "\n")
			value := unguardText(field)
			if value != "" {
				row.Cells = append(row.Cells, Cell{Col: i + 1, Value: value, Type: Text})
			}
		}
		if len(row.Cells) == 0 {
			continue
		}

		if err := fn(row); err != nil {
			return err
		}
		meter.done = counted.n
		meter.row()
	}
}

func csvProblem(path string, err error, spanned int) *diag.Problem {
	where := diag.Location{File: path}
	var parseErr *csv.ParseError
	if errors.As(err, &parseErr) {
		where.Row = parseErr.StartLine - spanned
	}
	return diag.Errorf(where, "CSV 格式有误，"+adviceSaveAs+"：%w", err)
}

// unguardText removes Excel's text guard from a field: ="001" keeps the
// leading zeros of 001 when Excel opens the file. Quotes inside the guard are
// doubled, as in a formula string. Any other field is returned unchanged.
func unguardText(field string) string {
	if len(field) < 3 || !strings.HasPrefix(field, `="`) || !strings.HasSuffix(field, `"`) {
		return field
	}
	inner := field[2 : len(field)-1]
	if strings.Contains(strings.ReplaceAll(inner, `""`, ""), `"`) {
		return field // a formula such as ="a"&"b", not a plain guard
	}
	return strings.ReplaceAll(inner, `""`, `"`)
}

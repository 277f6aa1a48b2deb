package sheet

import (
	"encoding/csv"
	"errors"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/kaohe/kaohe/pkg/diag"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Byte order marks that Excel and WPS write at the start of text exports.
var (
	utf8BOM    = []byte{0xEF, 0xBB, 0xBF}
	utf16LEBOM = []byte{0xFF, 0xFE}
	utf16BEBOM = []byte{0xFE, 0xFF}
)

// openText reads a CSV or tab-separated text file into memory.
func openText(path string, file *os.File) (*Book, error) {
	where := diag.Location{File: path}
	if _, err := file.Seek(0, io.SeekStart); err != nil {
		return nil, diag.Errorf(where, "无法读取文件：%w", err)
	}
	// Reading into a strings.Builder of the file's size makes the text
	// without a second copy of the file's bytes.
	var data strings.Builder
	if info, err := file.Stat(); err == nil && info.Size() <= maxTextSize {
		data.Grow(int(info.Size()) + 1)
	}
	if _, err := io.Copy(&data, io.LimitReader(file, maxTextSize+1)); err != nil {
		return nil, diag.Errorf(where, "无法读取文件：%w", err)
	}
	if data.Len() > maxTextSize {
		return nil, diag.Errorf(where,
			"文件超过 %d MB，不像是一个月的导出数据，请检查是否选错了文件", maxTextSize>>20)
	}

	text, err := decodeText(data.String())
	if err != nil {
		return nil, diag.Errorf(where, "无法识别文件的文字编码，"+adviceSaveAs+"：%w", err)
	}
	if isMarkup(text) {
		return nil, diag.Errorf(where,
			"这是网页（HTML）或 XML 格式的表格，不是 .xlsx 或 CSV 文件，"+adviceSaveAs)
	}
	if strings.ContainsRune(text, 0) {
		return nil, diag.Errorf(where,
			"文件含有二进制内容，不是 .xlsx 或 CSV 表格，请换用正确的文件")
	}

	return &Book{path: path, sheets: []SheetInfo{{Name: ""}}, text: text}, nil
}

// decodeText converts the content of a text file to UTF-8. A byte order mark
// decides UTF-8 or UTF-16. Without one, valid UTF-8 is taken as it is and
// anything else as GB18030, the superset of GBK that Chinese Windows uses.
func decodeText(data string) (string, error) {
	var decoder *encoding.Decoder
	switch {
	case strings.HasPrefix(data, string(utf8BOM)):
		return data[len(utf8BOM):], nil
	case strings.HasPrefix(data, string(utf16LEBOM)):
		decoder = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	case strings.HasPrefix(data, string(utf16BEBOM)):
		decoder = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
	case utf8.ValidString(data):
		return data, nil
	default:
		decoder = simplifiedchinese.GB18030.NewDecoder()
	}
	return decoder.String(data)
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
	reader := csv.NewReader(strings.NewReader(b.text))
	reader.Comma = separator(b.text)
	reader.FieldsPerRecord = -1
	reader.LazyQuotes = true

	meter := b.newMeter("", int64(len(b.text)))

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
		meter.done = reader.InputOffset()
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

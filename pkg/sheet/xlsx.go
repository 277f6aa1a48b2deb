package sheet

import (
	"archive/zip"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/xuri/excelize/v2"
)

// Limits on how much of a workbook excelize may unpack. An .xlsx file is a zip
// archive, and a small malformed or hostile file can expand to many gigabytes.
// The caps are far above a monthly export, which is expected to unpack to a
// few megabytes.
const (
	// maxUnzipSize caps the unpacked size of all parts of a workbook.
	maxUnzipSize = 1 << 30
	// maxUnzipXMLSize caps the worksheet or shared-string part that excelize
	// keeps in memory. A larger part goes to a temporary file instead.
	maxUnzipXMLSize = 256 << 20
)

// maxDeflateRatio is a little above the largest expansion that deflate can
// reach, about 1032:1. A zip entry that declares a larger unpacked size is
// corrupt, and excelize would allocate the declared size before noticing.
const maxDeflateRatio = 1100

// checkZipSizes rejects a zip archive whose entries declare unpacked sizes
// that their compressed data cannot produce.
func checkZipSizes(file *os.File) error {
	info, err := file.Stat()
	if err != nil {
		return err
	}
	archive, err := zip.NewReader(file, info.Size())
	if err != nil {
		return err
	}
	for _, entry := range archive.File {
		limit := entry.CompressedSize64*maxDeflateRatio + 1024
		if entry.UncompressedSize64 > limit {
			return fmt.Errorf("zip entry %s declares %d bytes unpacked from %d bytes",
				entry.Name, entry.UncompressedSize64, entry.CompressedSize64)
		}
	}
	return nil
}

// openXLSX opens a workbook, which may be encrypted with opts.Password.
func openXLSX(path string, opts Options) (*Book, error) {
	where := diag.Location{File: path}
	file, err := openExcelize(path, opts)
	if err != nil {
		return nil, xlsxOpenProblem(where, opts, err)
	}

	sheets, err := listSheets(file)
	if err != nil {
		file.Close()
		return nil, diag.Errorf(where, "无法读取工作表列表，"+adviceResave+"：%w", err)
	}
	if len(sheets) == 0 {
		file.Close()
		return nil, diag.Errorf(where,
			"文件里没有工作表，它可能是压缩包或其他 Office 文件，请换用 Excel 工作簿（.xlsx）")
	}

	return &Book{path: path, sheets: sheets, xlsx: file, formats: map[int]numberFormat{}}, nil
}

// openExcelize opens the workbook read-only with raw cell values, so that a
// number is returned as stored and not as formatted text.
func openExcelize(path string, opts Options) (file *excelize.File, err error) {
	defer recoverPanic(&err)
	return excelize.OpenFile(path, excelize.Options{
		Password:          opts.Password,
		RawCellValue:      true,
		UnzipSizeLimit:    maxUnzipSize,
		UnzipXMLSizeLimit: maxUnzipXMLSize,
	})
}

// xlsxOpenProblem explains why excelize could not open a workbook.
func xlsxOpenProblem(where diag.Location, opts Options, err error) *diag.Problem {
	wrongPassword := errors.Is(err, excelize.ErrWorkbookPassword) ||
		errors.Is(err, excelize.ErrWorkbookFileFormat)
	if opts.Password != "" && wrongPassword {
		return diag.Errorf(where, "无法解密文件，密码不正确，请检查 --password 的值：%w", err)
	}
	return diag.Errorf(where, "无法读取这个 .xlsx 文件，"+adviceResave+"：%w", err)
}

// listSheets returns the workbook's sheets in workbook order.
func listSheets(file *excelize.File) (sheets []SheetInfo, err error) {
	defer recoverPanic(&err)
	for _, name := range file.GetSheetList() {
		visible, err := file.GetSheetVisible(name)
		if err != nil {
			return nil, err
		}
		sheets = append(sheets, SheetInfo{Name: name, Hidden: !visible})
	}
	return sheets, nil
}

// scanXLSX streams the rows of one worksheet to fn.
func (b *Book) scanXLSX(sheet string, fn func(Row) error) error {
	where := diag.Location{File: b.path, Sheet: sheet}
	if !b.hasSheet(sheet) {
		return diag.Errorf(where,
			"找不到工作表 %q，文件里的工作表有：%s，请检查工作表名", sheet, b.sheetNames())
	}

	rows, err := b.openRows(sheet)
	if err != nil {
		return diag.Errorf(where, "无法读取工作表，"+adviceResave+"：%w", err)
	}
	defer rows.Close()

	// Rows.Next steps through every row number, empty rows included, so the
	// count of calls is the row number.
	for num := 1; ; num++ {
		row, more, err := b.nextRow(sheet, rows, num)
		if err != nil {
			where.Row = num
			return diag.Errorf(where, "无法读取这一行，"+adviceResave+"：%w", err)
		}
		if !more {
			break
		}
		if len(row.Cells) == 0 {
			continue
		}
		if err := fn(row); err != nil {
			return err
		}
	}

	if err := rows.Close(); err != nil {
		return diag.Errorf(where, "无法读取工作表，"+adviceResave+"：%w", err)
	}
	return nil
}

func (b *Book) hasSheet(name string) bool {
	for _, s := range b.sheets {
		if s.Name == name {
			return true
		}
	}
	return false
}

// sheetNames lists the sheet names for a message, such as "“工作量”、“扣分”".
func (b *Book) sheetNames() string {
	names := make([]string, len(b.sheets))
	for i, s := range b.sheets {
		names[i] = "“" + s.Name + "”"
	}
	return strings.Join(names, "、")
}

func (b *Book) openRows(sheet string) (rows *excelize.Rows, err error) {
	defer recoverPanic(&err)
	return b.xlsx.Rows(sheet)
}

// nextRow reads row num from rows. It returns more == false after the last
// row. The row's Cells are empty when the row has no non-empty cell.
func (b *Book) nextRow(sheet string, rows *excelize.Rows, num int) (
	row Row, more bool, err error,
) {
	defer recoverPanic(&err)
	if !rows.Next() {
		return Row{}, false, rows.Error()
	}

	values, err := rows.Columns()
	if err != nil {
		return Row{}, false, err
	}

	row.Num = num
	for i, value := range values {
		if value == "" {
			continue
		}
		cell, err := b.xlsxCell(sheet, i+1, num, value)
		if err != nil {
			return Row{}, false, err
		}
		row.Cells = append(row.Cells, cell)
	}
	return row, true, nil
}

// xlsxCell looks up the type and number format of a non-empty cell.
//
// NOTE: excelize v2.11.1 gives a cell's type and style only from the whole
// worksheet in memory, so the first lookup loads the sheet. Scan streams the
// values, but its memory still grows with the size of the sheet.
func (b *Book) xlsxCell(sheet string, col, row int, value string) (Cell, error) {
	cell := Cell{Col: col, Value: value}
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return Cell{}, err
	}
	cellType, err := b.xlsx.GetCellType(sheet, ref)
	if err != nil {
		return Cell{}, err
	}

	switch cellType {
	case excelize.CellTypeUnset, excelize.CellTypeNumber:
		cell.Type = Number
	case excelize.CellTypeBool:
		cell.Type = Bool
	case excelize.CellTypeError:
		cell.Type = Error
	case excelize.CellTypeDate:
		// An ISO 8601 date stored as text, which Excel itself rarely writes.
		cell.Type, cell.Date = Text, true
	default:
		cell.Type = Text
	}
	if cell.Type != Number {
		return cell, nil
	}

	styleID, err := b.xlsx.GetCellStyle(sheet, ref)
	if err != nil {
		return Cell{}, err
	}
	format := b.numberFormat(styleID)
	cell.Percent, cell.Date = format.percent, format.date
	return cell, nil
}

// numberFormat returns the kind of number format of a cell style, caching it
// per style id.
func (b *Book) numberFormat(styleID int) numberFormat {
	if format, ok := b.formats[styleID]; ok {
		return format
	}

	// An invalid style id gets the General format, as Excel shows the cell
	// when it repairs the file.
	var format numberFormat
	if style, err := b.xlsx.GetStyle(styleID); err == nil {
		if style.CustomNumFmt != nil {
			format = parseFormatCode(*style.CustomNumFmt)
		} else {
			format = builtinFormat(style.NumFmt)
		}
	}
	b.formats[styleID] = format
	return format
}

// recoverPanic stores a recovered panic in *err. It is deferred around calls
// into excelize and mscfb, which can panic on malformed files, and never
// around the caller's callback.
func recoverPanic(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("internal error while reading the file: %v", r)
	}
}

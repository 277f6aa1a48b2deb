package sheet

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/shopspring/decimal"
)

// Excel's limits on the size of a worksheet.
const (
	maxRowNum = 1 << 20 // 1,048,576 rows
	maxColNum = 1 << 14 // 16,384 columns, A to XFD
)

// formulaNoValue is the Value of the Error cell for a formula whose result
// the file does not store. Files written by programs other than
// Excel often leave the result for Excel to compute when it opens the file.
const formulaNoValue = "#公式无结果"

// cellFormat is the number format of a cell style.
type cellFormat struct {
	code string // "" for General
	numberFormat
}

// sheetReader reads the rows of a worksheet part one <row> element at a
// time, without holding more than one row in memory.
type sheetReader struct {
	xml     *xmlScanner
	strings []string     // the workbook's shared strings
	formats []cellFormat // number formats by cell style index
	// date1904 shifts date serial numbers to the 1900 date system that
	// callers read.
	date1904 bool

	inData  bool // inside <sheetData>
	ended   bool // past </sheetData>
	rowNum  int  // number of the row being read or last read
	lastLen int  // cell count of the last row, to size the next one

	value  []byte // the text of <v>
	inline []byte // the text of <is>
}

// next returns the next <row> element of the sheet data, even one without a
// non-empty cell, and ok == false after the last row. It ignores
// everything outside <sheetData>, including the <dimension> element.
func (p *sheetReader) next() (row Row, ok bool, err error) {
	defer recoverPanic(&err)
	for !p.ended {
		if err := p.xml.next(); err != nil {
			if errors.Is(err, io.EOF) && !p.inData {
				return Row{}, false, nil
			}
			return Row{}, false, truncatedAtEOF(err)
		}

		switch {
		case !p.inData:
			if p.xml.isStart("sheetData") {
				p.inData, p.ended = !p.xml.empty, p.xml.empty
			}
		case p.xml.isStart("row"):
			return p.readRow()
		case p.xml.isEnd("sheetData"):
			p.ended = true
		}
	}
	return Row{}, false, nil
}

// truncatedAtEOF turns io.EOF inside an element into an error.
func truncatedAtEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return errTruncatedXML
	}
	return err
}

// readRow reads the row whose start tag is the current token. A row without
// the r attribute follows the previous row.
func (p *sheetReader) readRow() (Row, bool, error) {
	row := Row{Num: p.rowNum + 1}
	for attrs := p.xml.attrs; ; {
		name, value, rest, ok := nextAttr(attrs)
		if !ok {
			break
		}
		attrs = rest

		switch string(name) {
		case "r":
			num, ok := parseDigits(attrText(value), maxRowNum)
			if !ok {
				return Row{}, false, fmt.Errorf("invalid row number %q", value)
			}
			row.Num = num
		case "hidden":
			row.Hidden = isTrue(value)
		}
	}
	if row.Num <= p.rowNum {
		return Row{}, false, fmt.Errorf("row %d comes after row %d", row.Num, p.rowNum)
	}
	p.rowNum = row.Num
	if p.xml.empty {
		return row, true, nil
	}

	col := 0
	for {
		if err := p.xml.next(); err != nil {
			return Row{}, false, truncatedAtEOF(err)
		}
		switch {
		case p.xml.isStart("c"):
			cell, present, err := p.readCell(col)
			if err != nil {
				return Row{}, false, err
			}
			col = cell.Col
			if !present {
				continue
			}
			if row.Cells == nil {
				row.Cells = make([]Cell, 0, max(p.lastLen, 1))
			}
			row.Cells = append(row.Cells, cell)
		case p.xml.isEnd("row"):
			p.lastLen = len(row.Cells)
			return row, true, nil
		}
	}
}

// readCell reads the cell whose start tag is the current token. It reports
// present == false for a cell without a value. A cell without the r
// attribute follows the previous cell, in column prevCol.
func (p *sheetReader) readCell(prevCol int) (cell Cell, present bool, err error) {
	cell.Col = prevCol + 1
	kind := numberCell
	style := 0
	for attrs := p.xml.attrs; ; {
		name, value, rest, ok := nextAttr(attrs)
		if !ok {
			break
		}
		attrs = rest

		switch string(name) {
		case "r":
			// The row part is not used, because the row comes from <row>.
			if cell.Col, _, ok = parseCellRef(attrText(value)); !ok {
				return Cell{}, false, fmt.Errorf("invalid cell reference %q", value)
			}
		case "t":
			// The attribute's bytes are overwritten once the scanner reads on.
			kind = cellKindOf(value)
		case "s":
			// An invalid style index gets the General format, as in Excel
			// after it repairs the file.
			style, _ = parseDigits(value, len(p.formats)-1)
		}
	}
	if cell.Col <= prevCol {
		return Cell{}, false, fmt.Errorf("cell in column %d comes after column %d",
			cell.Col, prevCol)
	}
	if p.xml.empty {
		return cell, false, nil
	}

	content, err := p.readCellContent()
	if err != nil {
		return Cell{}, false, err
	}
	return p.finishCell(cell, kind, style, content)
}

// cellContent is the set of child elements found in a <c> element. Their
// texts are in p.value and p.inline.
type cellContent struct {
	hasValue   bool // a <v> element
	hasInline  bool // an <is> element
	hasFormula bool // an <f> element
}

func (p *sheetReader) readCellContent() (content cellContent, err error) {
	p.value, p.inline = p.value[:0], p.inline[:0]
	for {
		if err := p.xml.next(); err != nil {
			return content, truncatedAtEOF(err)
		}
		switch {
		case p.xml.isStart("v"):
			content.hasValue = true
			if !p.xml.empty {
				p.value, err = p.xml.readText("v", p.value)
			}
		case p.xml.isStart("is"):
			content.hasInline = true
			if !p.xml.empty {
				p.inline, err = p.xml.readRichText("is", p.inline)
			}
		case p.xml.isStart("f"):
			// The formula's text is character data that the loop skips.
			content.hasFormula = true
		case p.xml.isEnd("c"):
			return content, nil
		}
		if err != nil {
			return content, err
		}
	}
}

// cellKind is the t attribute of a cell (ECMA-376 Part 1, 18.18.11).
type cellKind int

const (
	numberCell       cellKind = iota // "n", the default
	sharedStringCell                 // "s"
	inlineStringCell                 // "inlineStr"
	formulaTextCell                  // "str", the text result of a formula
	boolCell                         // "b"
	errorCell                        // "e"
	dateCell                         // "d", an ISO 8601 date
	otherCell                        // any other value, read as text
)

func cellKindOf(t []byte) cellKind {
	switch string(t) {
	case "n":
		return numberCell
	case "s":
		return sharedStringCell
	case "inlineStr":
		return inlineStringCell
	case "str":
		return formulaTextCell
	case "b":
		return boolCell
	case "e":
		return errorCell
	case "d":
		return dateCell
	}
	return otherCell
}

// finishCell sets the value and type of a cell from its content and kind.
func (p *sheetReader) finishCell(cell Cell, kind cellKind, style int, content cellContent) (
	Cell, bool, error,
) {
	value := p.value
	switch kind {
	case numberCell:
		cell.Type = Number
		value = bytes.TrimSpace(value)
		if len(value) > 0 {
			format := p.formats[style]
			cell.Format, cell.Percent, cell.Date = format.code, format.percent, format.date
			if cell.Date && p.date1904 {
				value = shiftDate1904(value)
			}
		}
	case sharedStringCell:
		index, ok := parseDigits(bytes.TrimSpace(value), len(p.strings)-1)
		if len(bytes.TrimSpace(value)) > 0 && !ok {
			return Cell{}, false, fmt.Errorf("shared string index %q is not one of the %d strings",
				value, len(p.strings))
		}
		if ok {
			cell.Value = p.strings[index]
		}
		return cell, cell.Value != "", nil
	case inlineStringCell:
		if content.hasInline {
			value = p.inline
		}
	case boolCell:
		cell.Type = Bool
		value = boolText(bytes.TrimSpace(value))
	case errorCell:
		cell.Type = Error
		value = bytes.TrimSpace(value)
	case dateCell:
		// An ISO 8601 date stored as text, which Excel itself rarely writes.
		cell.Date = true
	}

	if len(value) == 0 {
		if content.hasFormula && !hasEmptyText(kind, content) {
			return Cell{Col: cell.Col, Type: Error, Value: formulaNoValue}, true, nil
		}
		return cell, false, nil
	}
	cell.Value = string(value)
	return cell, true, nil
}

// hasEmptyText reports whether an empty cell stores empty text, which may
// be the result of a formula such as =IF(A1>0,"",A1). An empty <v> of a
// number, boolean, error or date cell is not a result, and some programs
// write one for a formula that they did not compute.
func hasEmptyText(kind cellKind, content cellContent) bool {
	switch kind {
	case sharedStringCell, inlineStringCell, formulaTextCell, otherCell:
		return content.hasValue || content.hasInline
	}
	return false
}

// boolText returns "1" or "0" for a boolean stored as "true" or "false",
// which some programs write, and other text unchanged.
func boolText(value []byte) []byte {
	switch string(value) {
	case "true":
		return []byte("1")
	case "false":
		return []byte("0")
	}
	return value
}

func isTrue(value []byte) bool {
	return string(value) == "1" || string(value) == "true"
}

// parseDigits parses a decimal number from 0 to limit.
func parseDigits(text []byte, limit int) (int, bool) {
	if len(text) == 0 || len(text) > 10 {
		return 0, false
	}
	n := 0
	for _, c := range text {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if n > limit {
		return 0, false
	}
	return n, true
}

// parseCellRef parses a cell reference such as "B12" into its column and
// row numbers.
func parseCellRef(ref []byte) (col, row int, ok bool) {
	i := 0
	for ; i < len(ref) && i < 3; i++ {
		c := ref[i] | 0x20 // lower case for ASCII letters
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
	}
	if i == 0 || col > maxColNum {
		return 0, 0, false
	}
	row, ok = parseDigits(ref[i:], maxRowNum)
	return col, row, ok && row > 0
}

// date1904Offset is the number of days between the 1904 and the 1900 date
// systems' day 0, as Excel counts them.
var date1904Offset = decimal.NewFromInt(1462)

// shiftDate1904 converts a serial number of the 1904 date system to the 1900
// system, leaving a value that is not a number as it is.
func shiftDate1904(value []byte) []byte {
	d, err := decimal.NewFromString(string(value))
	if err != nil {
		return value
	}
	return []byte(d.Add(date1904Offset).String())
}

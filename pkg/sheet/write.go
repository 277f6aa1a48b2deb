package sheet

import (
	"fmt"
	"io"
	"strconv"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/width"
)

// Style is the number format of an output cell.
type Style int

const (
	// Plain shows text as it is and a number in Excel's General format.
	Plain Style = iota
	// Money shows a number with two decimals, the number format "0.00".
	Money
)

// OutCell is one cell of an output table. Value is the text, or for a number
// its exact decimal form such as "-12.5", which is stored without passing
// through float64. Build cells with TextCell, NumberCell, MoneyCell and
// IntCell.
type OutCell struct {
	Value  string
	Number bool
	Style  Style
}

// TextCell returns a text cell. Text that looks like a number or a formula
// stays text.
func TextCell(s string) OutCell { return OutCell{Value: s} }

// NumberCell returns a number cell in the General format.
func NumberCell(d decimal.Decimal) OutCell {
	return OutCell{Value: d.String(), Number: true}
}

// MoneyCell returns a number cell shown with two decimals. It stores d as it
// is and does not round, so pass amounts already rounded to the fen.
func MoneyCell(d decimal.Decimal) OutCell {
	return OutCell{Value: d.String(), Number: true, Style: Money}
}

// IntCell returns an integer number cell in the General format.
func IntCell(n int) OutCell {
	return OutCell{Value: strconv.Itoa(n), Number: true}
}

// OutTable is one sheet of an output workbook: a bold, frozen header row and
// data rows below it. With TotalRow set, the last row is bold as well.
//
// With Chart set, a line chart of the table's columns is drawn beside it.
type OutTable struct {
	Name     string
	Header   []string
	Rows     [][]OutCell
	TotalRow bool
	Chart    *LineChart
}

// Write writes tables as the sheets of an .xlsx workbook at path, in order,
// with the first one active. It replaces an existing file atomically, so a
// failed write leaves the old file as it was. Deciding whether to replace a
// file is up to the caller. A failure to save is a *diag.Problem. Invalid
// tables, such as duplicate sheet names, are ordinary errors.
func Write(path string, tables []OutTable) error {
	if len(tables) == 0 {
		return fmt.Errorf("write %s: no tables", path)
	}
	file := excelize.NewFile()
	defer file.Close()

	styles, err := newCellStyles(file)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	seen := map[string]bool{}
	for i, table := range tables {
		if seen[table.Name] {
			return fmt.Errorf("write %s: duplicate sheet name %q", path, table.Name)
		}
		seen[table.Name] = true
		if err := addTable(file, i, table, styles); err != nil {
			return fmt.Errorf("write %s: sheet %q: %w", path, table.Name, err)
		}
	}
	file.SetActiveSheet(0)

	write := func(w io.Writer) error {
		_, err := file.WriteTo(w)
		return err
	}
	if err := writeFileAtomic(path, write); err != nil {
		where := diag.Location{File: path}
		return diag.Errorf(where, "无法保存文件，如果它正在 Excel 或 WPS 中打开，请先关闭；"+
			"也请检查文件夹是否存在、是否可以写入：%w", err)
	}
	return nil
}

// cellStyles holds the excelize style ids used for output cells.
type cellStyles struct {
	money, bold, boldMoney int
}

// moneyFormatID is the built-in number format "0.00".
const moneyFormatID = 2

func newCellStyles(file *excelize.File) (cellStyles, error) {
	var styles cellStyles
	var err error
	bold := &excelize.Font{Bold: true}
	if styles.money, err = file.NewStyle(&excelize.Style{NumFmt: moneyFormatID}); err != nil {
		return styles, err
	}
	if styles.bold, err = file.NewStyle(&excelize.Style{Font: bold}); err != nil {
		return styles, err
	}
	styles.boldMoney, err = file.NewStyle(&excelize.Style{Font: bold, NumFmt: moneyFormatID})
	return styles, err
}

// styleID returns the excelize style of a cell in a plain or bold row, or 0
// for the default style.
func (s cellStyles) styleID(cell OutCell, bold bool) int {
	switch {
	case bold && cell.Style == Money:
		return s.boldMoney
	case bold:
		return s.bold
	case cell.Style == Money:
		return s.money
	}
	return 0
}

// addTable creates sheet number index and fills it with table. Sheet 0 is the
// default sheet of a new workbook, renamed.
func addTable(file *excelize.File, index int, table OutTable, styles cellStyles) error {
	name := table.Name
	if index == 0 {
		if err := file.SetSheetName(file.GetSheetName(0), name); err != nil {
			return err
		}
	} else if _, err := file.NewSheet(name); err != nil {
		return err
	}

	for i, title := range table.Header {
		if err := setCell(file, name, i+1, 1, TextCell(title), styles.bold); err != nil {
			return err
		}
	}
	for r, cells := range table.Rows {
		bold := table.TotalRow && r == len(table.Rows)-1
		for c, cell := range cells {
			if err := setCell(file, name, c+1, r+2, cell, styles.styleID(cell, bold)); err != nil {
				return err
			}
		}
	}

	if err := freezeHeader(file, name); err != nil {
		return err
	}
	if err := fitPageWidth(file, name); err != nil {
		return err
	}
	if table.Chart != nil {
		if err := addLineChart(file, table); err != nil {
			return err
		}
	}
	return setColumnWidths(file, name, table)
}

// setCell writes one cell. A number is written as its decimal text, which
// excelize stores as a numeric value without converting it to float64.
func setCell(file *excelize.File, sheet string, col, row int, cell OutCell, styleID int) error {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}

	switch {
	case cell.Number:
		if _, err := decimal.NewFromString(cell.Value); err != nil {
			return fmt.Errorf("cell %s: invalid number %q", ref, cell.Value)
		}
		err = file.SetCellDefault(sheet, ref, cell.Value)
	case cell.Value == "":
		// An empty cell stays blank rather than empty text, so that Excel
		// formulas over it work.
	default:
		err = file.SetCellStr(sheet, ref, cell.Value)
	}
	if err != nil {
		return err
	}

	if styleID == 0 {
		return nil
	}
	return file.SetCellStyle(sheet, ref, ref, styleID)
}

// freezeHeader keeps the first row in view when scrolling.
func freezeHeader(file *excelize.File, sheet string) error {
	return file.SetPanes(sheet, &excelize.Panes{
		Freeze:      true,
		YSplit:      1,
		TopLeftCell: "A2",
		ActivePane:  "bottomLeft",
		Selection:   []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
}

// Column width limits, in Excel's unit of one digit's width.
const (
	minColumnWidth = 8
	maxColumnWidth = 60
)

// setColumnWidths sizes each column to its widest header or cell.
func setColumnWidths(file *excelize.File, sheet string, table OutTable) error {
	widths := make([]int, len(table.Header))
	grow := func(col, w int) {
		for len(widths) <= col {
			widths = append(widths, 0)
		}
		widths[col] = max(widths[col], w)
	}
	for c, title := range table.Header {
		grow(c, DisplayWidth(title))
	}
	for _, cells := range table.Rows {
		for c, cell := range cells {
			grow(c, DisplayWidth(shownText(cell)))
		}
	}

	for c, w := range widths {
		name, err := excelize.ColumnNumberToName(c + 1)
		if err != nil {
			return err
		}
		// Two more units leave room for the bold header and the cell margin.
		colWidth := float64(min(max(w+2, minColumnWidth), maxColumnWidth))
		if err := file.SetColWidth(sheet, name, name, colWidth); err != nil {
			return err
		}
	}
	return nil
}

// shownText estimates the text that Excel shows for a cell.
func shownText(cell OutCell) string {
	if cell.Number && cell.Style == Money {
		if d, err := decimal.NewFromString(cell.Value); err == nil {
			return d.StringFixed(2)
		}
	}
	return cell.Value
}

// DisplayWidth counts wide and fullwidth characters, such as Chinese, as two
// columns and every other character as one.
func DisplayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// fitPageWidth prints the sheet in landscape, one page wide and as many
// pages tall as needed, with the header row repeated on every page.
func fitPageWidth(file *excelize.File, sheet string) error {
	landscape, wide, tall, fit := "landscape", 1, 0, true
	err := file.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall,
	})
	if err != nil {
		return err
	}
	if err := file.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return file.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$1", sheet), Scope: sheet,
	})
}

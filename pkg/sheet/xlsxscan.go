package sheet

import (
	"github.com/kaohe/kaohe/pkg/diag"
)

// progressInterval is the number of rows between calls to Options.Progress.
const progressInterval = 10_000

// scanXLSX streams the rows of one worksheet to fn. It reads the sheet's
// part twice: once for the merged ranges and once for the rows.
func (b *Book) scanXLSX(sheet string, fn func(Row) error) error {
	where := diag.Location{File: b.path, Sheet: sheet}
	info, ok := b.findSheet(sheet)
	if !ok {
		return diag.Errorf(where,
			"找不到工作表 %q，文件里的工作表有：%s，请检查工作表名", sheet, b.sheetNames())
	}
	if info.part == nil {
		return diag.Errorf(where, "文件里缺少这张工作表的数据，"+adviceResave)
	}

	tables, err := b.xlsx.loadTables()
	if err != nil {
		return zipProblem(where, err)
	}
	merges, err := readMerges(info.part)
	if err != nil {
		return diag.Errorf(where, "无法读取工作表的合并单元格，"+adviceResave+"：%w", err)
	}

	meter := b.newMeter(sheet, int64(info.part.CompressedSize64))
	meter.start = b.xlsx.data.n
	part, err := info.part.Open()
	if err != nil {
		return diag.Errorf(where, "无法读取工作表，"+adviceResave+"：%w", err)
	}
	defer part.Close()

	rows := &sheetReader{
		xml:      newXMLScanner(part),
		strings:  tables.strings,
		formats:  tables.formats,
		date1904: b.xlsx.date1904,
	}
	scan := sheetScan{
		rows:   rows,
		filler: &mergeFiller{pending: merges},
		meter:  meter,
		data:   b.xlsx.data,
		fn:     fn,
	}
	if err := scan.run(); err != nil {
		return err
	}
	meter.end()
	return nil
}

// sheetScan is the state of one Scan of a worksheet.
type sheetScan struct {
	rows   *sheetReader
	filler *mergeFiller
	meter  *progressMeter
	data   *countingReaderAt
	fn     func(Row) error
	last   int // number of the last row read
}

// run reads the rows and passes the non-empty ones to fn. It returns fn's
// error unchanged and wraps its own errors in a *diag.Problem.
func (s *sheetScan) run() error {
	for {
		row, more, err := s.rows.next()
		if err != nil {
			where := s.meter.where()
			where.Row = s.rows.rowNum
			return diag.Errorf(where, "无法读取这一行，"+adviceResave+"：%w", err)
		}
		if !more {
			return s.fillGap(maxRowNum + 1)
		}

		if err := s.fillGap(row.Num); err != nil {
			return err
		}
		s.filler.fill(&row)
		s.last = row.Num
		if err := s.emit(row); err != nil {
			return err
		}
	}
}

// fillGap emits the rows before next that have no <row> element but lie in
// a merged range below its top cell.
func (s *sheetScan) fillGap(next int) error {
	last := min(next-1, s.filler.lastFilledRow())
	for num := s.last + 1; num <= last; num++ {
		row := Row{Num: num}
		s.filler.fill(&row)
		if err := s.emit(row); err != nil {
			return err
		}
	}
	return nil
}

func (s *sheetScan) emit(row Row) error {
	if len(row.Cells) == 0 {
		return nil
	}
	if err := s.fn(row); err != nil {
		return err
	}
	s.meter.done = s.data.n - s.meter.start
	s.meter.row()
	return nil
}

// progressMeter calls Options.Progress every progressInterval rows.
type progressMeter struct {
	report   func(Progress)
	progress Progress
	start    int64 // a position of the counter that done is relative to
	done     int64
}

func (b *Book) newMeter(sheet string, total int64) *progressMeter {
	return &progressMeter{
		report:   b.progress,
		progress: Progress{File: b.path, Sheet: sheet, Total: total},
	}
}

func (m *progressMeter) where() diag.Location {
	return diag.Location{File: m.progress.File, Sheet: m.progress.Sheet}
}

// row counts a row passed to the callback.
func (m *progressMeter) row() {
	m.progress.Rows++
	if m.report == nil || m.progress.Rows%progressInterval != 0 {
		return
	}
	m.progress.Done = min(m.done, m.progress.Total)
	m.report(m.progress)
}

// end reports the end of the sheet.
func (m *progressMeter) end() {
	if m.report == nil {
		return
	}
	m.progress.Done, m.progress.End = m.progress.Total, true
	m.report(m.progress)
}

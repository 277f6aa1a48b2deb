package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
)

// mergeRange is a range of merged cells. Rows and columns are 1-based and
// inclusive.
type mergeRange struct {
	top, left, bottom, right int
}

// readMerges returns the merged ranges of a worksheet part that span more
// than one row, sorted by top row.
//
// The <mergeCells> element comes after <sheetData>, but Scan needs it before
// the rows. readMerges reads the part once in advance and only searches the
// unpacked bytes for "mergeCell" until it finds one, which costs little more
// than unpacking.
func readMerges(part *zip.File) (merges []mergeRange, err error) {
	defer recoverPanic(&err)
	r, err := part.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return mergesOf(r)
}

// mergesOf reads the merged ranges from a worksheet part.
func mergesOf(r io.Reader) ([]mergeRange, error) {
	rest, err := seekMergeCells(r)
	if err != nil || rest == nil {
		return nil, err
	}

	var merges []mergeRange

	scanner := newXMLScanner(rest)
	for {
		err := scanner.next()
		if errors.Is(err, io.EOF) || err == nil && scanner.isEnd("mergeCells") {
			break
		}
		if err != nil {
			return nil, err
		}
		if !scanner.isStart("mergeCell") {
			continue
		}

		m, err := mergeRangeOf(scanner.attrs)
		if err != nil {
			return nil, err
		}
		if m.bottom > m.top {
			merges = append(merges, m)
		}
	}

	slices.SortStableFunc(merges, func(a, b mergeRange) int { return a.top - b.top })
	return merges, nil
}

// seekMergeCells reads r up to the first "mergeCell" and returns a reader of
// the rest of r from the markup before it. It returns nil when r has none.
func seekMergeCells(r io.Reader) (io.Reader, error) {
	const marker = "mergeCell"
	// The bytes kept from one chunk to the next hold a split marker and a
	// namespace prefix before it, such as "<x:".
	const overlap = 64
	buf := make([]byte, scanBufferSize*4)
	kept := 0
	for {
		n, err := io.ReadFull(r, buf[kept:])
		data := buf[:kept+n]
		if i := bytes.Index(data, []byte(marker)); i >= 0 {
			start := bytes.LastIndexByte(data[:i], '<')
			if start < 0 {
				start = i
			}
			return io.MultiReader(bytes.NewReader(data[start:]), r), nil
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}

		kept = min(len(data), overlap)
		copy(buf, data[len(data)-kept:])
	}
}

// mergeRangeOf parses the ref attribute of a <mergeCell>, such as "A2:A5".
func mergeRangeOf(attrs []byte) (mergeRange, error) {
	for {
		name, value, rest, ok := nextAttr(attrs)
		if !ok {
			return mergeRange{}, errors.New("merged cell range without a ref attribute")
		}
		attrs = rest
		if string(name) != "ref" {
			continue
		}

		first, last, _ := bytes.Cut(attrText(value), []byte(":"))
		if len(last) == 0 {
			last = first
		}
		var m mergeRange
		var ok1, ok2 bool
		m.left, m.top, ok1 = parseCellRef(first)
		m.right, m.bottom, ok2 = parseCellRef(last)
		if !ok1 || !ok2 || m.bottom < m.top || m.right < m.left {
			return mergeRange{}, fmt.Errorf("invalid merged cell range %q", value)
		}
		return m, nil
	}
}

// mergeFiller gives the empty cells of vertically merged ranges the value of
// the range's top-left cell, as rows stream past. Only the range's first
// column is filled, because Excel keeps a merged range's value in its
// top-left cell and shows it across the whole range.
type mergeFiller struct {
	pending []mergeRange // sorted by top row, which has not been reached
	active  []filledRange
}

// filledRange is a merged range whose top-left cell has been read.
type filledRange struct {
	mergeRange
	value Cell
}

// fill adds the filled cells of row, and starts the ranges that row is the
// top row of. It must see every row that has a <row> element, in order.
func (f *mergeFiller) fill(row *Row) {
	if len(f.active) == 0 && (len(f.pending) == 0 || f.pending[0].top > row.Num) {
		return
	}

	f.active = slices.DeleteFunc(f.active, func(m filledRange) bool {
		return m.bottom < row.Num
	})
	for _, m := range f.active {
		insertFilled(row, m.value)
	}

	for len(f.pending) > 0 && f.pending[0].top <= row.Num {
		m := f.pending[0]
		f.pending = f.pending[1:]
		// A range whose top row had no <row> element has an empty top cell.
		if m.top < row.Num {
			continue
		}
		if cell, ok := row.Get(m.left); ok {
			cell.FilledDown = true
			f.active = append(f.active, filledRange{m, cell})
		}
	}
}

// lastFilledRow returns the last row that an active range fills, or 0.
func (f *mergeFiller) lastFilledRow() int {
	last := 0
	for _, m := range f.active {
		last = max(last, m.bottom)
	}
	return last
}

// insertFilled inserts cell into row in column order, unless row has a cell
// in its column.
func insertFilled(row *Row, cell Cell) {
	i, found := slices.BinarySearchFunc(row.Cells, cell.Col, func(c Cell, col int) int {
		return c.Col - col
	})
	if !found {
		row.Cells = slices.Insert(row.Cells, i, cell)
	}
}

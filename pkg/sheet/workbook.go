package sheet

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// workbook is the zip package of an .xlsx workbook, read part by part.
type workbook struct {
	data   *countingReaderAt // the file, or the decrypted package in memory
	closer io.Closer         // the file, or nil
	parts  map[string]*zip.File

	sheets      []workbookSheet
	date1904    bool
	stringsPart *zip.File // nil when the workbook has no shared strings
	stylesPart  *zip.File // nil when the workbook has no styles

	// tables holds the shared strings and styles, read by the first Scan.
	tables *cellTables
}

// workbookSheet is a sheet and its part, which is nil when the workbook's
// relationships name no part for it.
type workbookSheet struct {
	SheetInfo
	part *zip.File
}

// cellTables are the parts of a workbook that cells refer to by index.
type cellTables struct {
	strings []string
	formats []cellFormat // never empty, index 0 is the default style
}

// countingReaderAt counts the bytes read through it, which Scan reports as
// progress through a sheet's compressed data.
type countingReaderAt struct {
	r io.ReaderAt
	n int64
}

func (c *countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	c.n += int64(n)
	return n, err
}

// Relationship types that locate the parts kaohe reads (ECMA-376 Part 1,
// 12.3 and Part 2, 9.3). Strict Open XML files use another prefix, so only
// the last path element is compared.
const (
	relOfficeDocument = "officeDocument"
	relSharedStrings  = "sharedStrings"
	relStyles         = "styles"
)

type relationshipsXML struct {
	Relationships []struct {
		ID         string `xml:"Id,attr"`
		Type       string `xml:"Type,attr"`
		Target     string `xml:"Target,attr"`
		TargetMode string `xml:"TargetMode,attr"`
	} `xml:"Relationship"`
}

type workbookXML struct {
	// Date1904 is set by workbooks that count dates from 1904-01-01, as
	// old Excel for Mac did.
	Props struct {
		Date1904 string `xml:"date1904,attr"`
	} `xml:"workbookPr"`
	Sheets []struct {
		Name  string `xml:"name,attr"`
		State string `xml:"state,attr"`
		// RelID is the r:id attribute. No other attribute of <sheet> has
		// the local name "id".
		RelID string `xml:"id,attr"`
	} `xml:"sheets>sheet"`
}

type stylesXML struct {
	NumFmts []struct {
		ID   string `xml:"numFmtId,attr"`
		Code string `xml:"formatCode,attr"`
	} `xml:"numFmts>numFmt"`
	CellXfs []struct {
		NumFmtID string `xml:"numFmtId,attr"`
	} `xml:"cellXfs>xf"`
}

// readWorkbook finds the workbook part through the package relationships
// and reads its sheet list and the parts it refers to.
func readWorkbook(archive *zip.Reader, data *countingReaderAt) (*workbook, error) {
	book := &workbook{data: data, parts: map[string]*zip.File{}}
	for _, file := range archive.File {
		book.parts[partKey(file.Name)] = file
	}

	// Files without package relationships are broken, but the workbook is
	// at its usual place in every file that Excel writes.
	mainPart := "xl/workbook.xml"
	var rootRels relationshipsXML
	if found, err := book.readXML("_rels/.rels", &rootRels); err != nil {
		return nil, err
	} else if found {
		if target, ok := relTarget(rootRels, "", relOfficeDocument); ok {
			mainPart = target
		}
	}

	var wb workbookXML
	if found, err := book.readXML(mainPart, &wb); err != nil {
		return nil, err
	} else if !found {
		return nil, fmt.Errorf("the workbook part %s is missing", mainPart)
	}
	var rels relationshipsXML
	relsPart := path.Join(path.Dir(mainPart), "_rels", path.Base(mainPart)+".rels")
	if _, err := book.readXML(relsPart, &rels); err != nil {
		return nil, err
	}

	book.linkParts(mainPart, wb, rels)
	return book, nil
}

// linkParts fills in the sheets and the shared string and style parts.
func (b *workbook) linkParts(mainPart string, wb workbookXML, rels relationshipsXML) {
	dir := path.Dir(mainPart)
	b.date1904 = wb.Props.Date1904 == "1" || wb.Props.Date1904 == "true"
	for _, s := range wb.Sheets {
		hidden := s.State == "hidden" || s.State == "veryHidden"
		sheet := workbookSheet{SheetInfo: SheetInfo{Name: s.Name, Hidden: hidden}}
		for _, rel := range rels.Relationships {
			if rel.ID == s.RelID && rel.TargetMode != "External" {
				sheet.part = b.parts[partKey(resolveTarget(dir, rel.Target))]
			}
		}
		b.sheets = append(b.sheets, sheet)
	}

	b.stringsPart = b.relPart(dir, rels, relSharedStrings, "sharedStrings.xml")
	b.stylesPart = b.relPart(dir, rels, relStyles, "styles.xml")
}

// relPart returns the part of the relationship type relType, or the part
// named fallback next to the workbook, which is where Excel puts it.
func (b *workbook) relPart(dir string, rels relationshipsXML, relType, fallback string) *zip.File {
	if target, ok := relTarget(rels, dir, relType); ok {
		return b.parts[partKey(target)]
	}
	return b.parts[partKey(path.Join(dir, fallback))]
}

// relTarget returns the part name that the first relationship of type
// relType points to, relative to the folder dir of its source part.
func relTarget(rels relationshipsXML, dir, relType string) (string, bool) {
	for _, rel := range rels.Relationships {
		if path.Base(rel.Type) == relType && rel.TargetMode != "External" {
			return resolveTarget(dir, rel.Target), true
		}
	}
	return "", false
}

// resolveTarget returns the part name of a relationship target, which is
// either absolute ("/xl/worksheets/sheet1.xml") or relative to dir.
func resolveTarget(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return target[1:]
	}
	return path.Join(dir, target)
}

// partKey returns the map key of a part name. Part names compare without
// regard to case (ECMA-376 Part 2, 6.2.2.3), and some tools write zip
// entries with backslashes or a leading slash.
func partKey(name string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	return strings.ToLower(strings.TrimPrefix(name, "/"))
}

// readXML decodes the part name into v. It reports found == false when the
// package has no such part.
func (b *workbook) readXML(name string, v any) (found bool, err error) {
	part := b.parts[partKey(name)]
	if part == nil {
		return false, nil
	}
	r, err := b.openLoaded(part)
	if err != nil {
		return true, err
	}
	defer r.Close()

	if err := xml.NewDecoder(r).Decode(v); err != nil {
		return true, fmt.Errorf("%s: %w", part.Name, err)
	}
	return true, nil
}

// openLoaded opens a part that is read whole into memory, after checking
// its size against maxLoadedPartSize.
func (b *workbook) openLoaded(part *zip.File) (io.ReadCloser, error) {
	if part.UncompressedSize64 > maxLoadedPartSize {
		return nil, &partSizeError{name: part.Name, size: part.UncompressedSize64,
			limit: maxLoadedPartSize}
	}
	return part.Open()
}

// loadTables reads the shared strings and styles once per workbook.
func (b *workbook) loadTables() (tables *cellTables, err error) {
	defer recoverPanic(&err)
	if b.tables != nil {
		return b.tables, nil
	}

	tables = &cellTables{formats: []cellFormat{{}}}
	if b.stringsPart != nil {
		if tables.strings, err = b.readSharedStrings(); err != nil {
			return nil, fmt.Errorf("%s: %w", b.stringsPart.Name, err)
		}
	}
	if b.stylesPart != nil {
		var styles stylesXML
		if _, err := b.readXML(b.stylesPart.Name, &styles); err != nil {
			return nil, err
		}
		tables.formats = styleFormats(styles)
	}
	b.tables = tables
	return tables, nil
}

// styleFormats returns the number format of each cell style. An invalid
// numFmtId gets the General format.
func styleFormats(styles stylesXML) []cellFormat {
	custom := map[int]string{}
	for _, f := range styles.NumFmts {
		if id, err := strconv.Atoi(f.ID); err == nil {
			custom[id] = f.Code
		}
	}

	formats := make([]cellFormat, 0, max(len(styles.CellXfs), 1))
	for _, xf := range styles.CellXfs {
		id, _ := strconv.Atoi(xf.NumFmtID)
		formats = append(formats, cellFormatOf(id, custom))
	}
	if len(formats) == 0 {
		formats = append(formats, cellFormat{})
	}
	return formats
}

// readSharedStrings reads the shared string table. Each <si> element is one
// string: its text, or the runs of a rich text string joined.
func (b *workbook) readSharedStrings() ([]string, error) {
	r, err := b.openLoaded(b.stringsPart)
	if err != nil {
		return nil, err
	}
	defer r.Close()

	scanner := newXMLScanner(r)
	var list []string
	var text []byte
	for {
		err := scanner.next()
		if errors.Is(err, io.EOF) {
			return list, nil
		}
		if err != nil {
			return nil, err
		}
		if !scanner.isStart("si") {
			continue
		}

		text = text[:0]
		if !scanner.empty {
			if text, err = scanner.readRichText("si", text); err != nil {
				return nil, err
			}
		}
		list = append(list, string(text))
	}
}

// readRichText appends the text of a string item, the content of <si> or
// <is> up to the end tag named end, to dst. The text is in <t> elements,
// directly or in rich text runs <r>. Phonetic runs <rPh> are not part of the
// text. Whitespace is kept as stored whether or not xml:space="preserve" is
// set, as an XML parser must pass it on.
func (s *xmlScanner) readRichText(end string, dst []byte) ([]byte, error) {
	for {
		if err := s.next(); err != nil {
			return dst, truncatedAtEOF(err)
		}

		var err error
		switch {
		case s.isStart("t") && !s.empty:
			dst, err = s.readText("t", dst)
		case s.isStart("rPh"):
			err = s.skipElement("rPh")
		case s.isEnd(end):
			return dst, nil
		}
		if err != nil {
			return dst, err
		}
	}
}

package sheet

import (
	"io"
	"os"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/richardlehane/mscfb"
)

// oleKind is the kind of content of an OLE compound file, judged by its
// stream names.
type oleKind int

const (
	oleOther oleKind = iota
	// oleEncrypted is an encrypted .xlsx workbook: Excel stores it as an OLE
	// file with the streams EncryptionInfo and EncryptedPackage.
	oleEncrypted
	// oleXLS is a legacy .xls workbook, whose data is in the stream Workbook
	// (Excel 97 and later) or Book (Excel 5 and 95).
	oleXLS
)

// openOLE opens an OLE compound file, which is either an encrypted .xlsx
// workbook or a legacy format that kaohe cannot read.
func openOLE(path string, file *os.File, opts Options) (*Book, error) {
	where := diag.Location{File: path}
	kind, err := classifyOLE(file)
	if err != nil {
		return nil, diag.Errorf(where, "文件已损坏或不是 Excel 文件，"+adviceSaveAs+"：%w", err)
	}

	switch kind {
	case oleEncrypted:
		if opts.Password == "" {
			return nil, diag.Errorf(where, "文件已加密，请用 --password 提供密码")
		}
		return openEncrypted(path, file, opts)
	case oleXLS:
		return nil, diag.Errorf(where, "这是旧版 .xls 文件，"+adviceSaveAs)
	default:
		return nil, diag.Errorf(where,
			"这不是 Excel 表格（可能是 Word 等其他 Office 文件），请换用正确的 .xlsx 或 CSV 文件")
	}
}

// classifyOLE reads the directory of the compound file r.
func classifyOLE(r io.ReaderAt) (kind oleKind, err error) {
	defer recoverPanic(&err)
	doc, err := mscfb.New(r)
	if err != nil {
		return oleOther, err
	}

	for _, entry := range doc.File {
		switch entry.Name {
		case "EncryptedPackage":
			return oleEncrypted, nil
		case "Workbook", "Book":
			kind = oleXLS
		}
	}
	return kind, nil
}

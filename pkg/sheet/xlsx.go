package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/xuri/excelize/v2"
)

// Limits on how much of a workbook Open and Scan unpack. An .xlsx file is a
// zip archive, and a small malformed or hostile file can expand to many
// gigabytes. Open checks the sizes that the zip entries declare, and
// archive/zip fails a read past the declared size. They are variables so that
// tests can lower them.
var (
	// maxUnzipSize caps the unpacked size of all parts of a workbook.
	maxUnzipSize uint64 = 4 << 30
	// maxPartSize caps the unpacked size of one part. Scan streams
	// worksheets, so this bounds time, not memory. A sheet of 1,048,576
	// rows by 5 columns unpacks to about 250 MB.
	maxPartSize uint64 = 2 << 30
	// maxLoadedPartSize caps a part that is read whole into memory: the
	// shared strings, the styles, the workbook and its relationships.
	maxLoadedPartSize uint64 = 256 << 20
)

// maxEncryptedSize is the largest encrypted workbook that Open reads,
// because it decrypts the whole file in memory.
const maxEncryptedSize = 256 << 20

// maxDeflateRatio is a little above the largest expansion that deflate can
// reach, about 1032:1. A zip entry that declares a larger unpacked size is
// corrupt.
const maxDeflateRatio = 1100

// partSizeError reports a zip entry larger than a limit.
type partSizeError struct {
	name  string // "" for the whole archive
	size  uint64
	limit uint64
}

func (e *partSizeError) Error() string {
	if e.name == "" {
		return fmt.Sprintf("the parts unpack to %d bytes, over the limit of %d",
			e.size, e.limit)
	}
	return fmt.Sprintf("zip entry %s unpacks to %d bytes, over the limit of %d",
		e.name, e.size, e.limit)
}

// openZip opens an unencrypted workbook. On success the book owns file.
func openZip(path string, file *os.File) (*Book, error) {
	info, err := file.Stat()
	if err != nil {
		return nil, diag.Errorf(diag.Location{File: path}, "无法读取文件：%w", err)
	}
	return openPackage(path, file, file, info.Size())
}

// openEncrypted decrypts an encrypted workbook with opts.Password and opens
// the decrypted package, which it keeps in memory.
//
// NOTE: unlike an unencrypted workbook, an encrypted one takes memory that
// grows with the file, about three times its size while it is decrypted,
// because excelize.Decrypt works on whole byte slices.
func openEncrypted(path string, file *os.File, opts Options) (*Book, error) {
	where := diag.Location{File: path}
	if _, err := file.Seek(0, io.SeekStart); err != nil {
		return nil, diag.Errorf(where, "无法读取文件：%w", err)
	}
	raw, err := io.ReadAll(io.LimitReader(file, maxEncryptedSize+1))
	if err != nil {
		return nil, diag.Errorf(where, "无法读取文件：%w", err)
	}
	if len(raw) > maxEncryptedSize {
		return nil, diag.Errorf(where,
			"加密文件超过 %d MB，无法解密，请用 Excel 或 WPS 去掉密码后重新保存",
			maxEncryptedSize>>20)
	}

	plain, err := decrypt(raw, opts.Password)
	if err == nil && !bytes.HasPrefix(plain, zipMagic) {
		// A wrong password decrypts to bytes that are not a zip archive.
		err = excelize.ErrWorkbookPassword
	}
	if err != nil {
		return nil, diag.Errorf(where, "无法解密文件，密码不正确，请检查 --password 的值：%w", err)
	}
	return openPackage(path, bytes.NewReader(plain), nil, int64(len(plain)))
}

// decrypt decrypts an encrypted workbook with excelize, which supports the
// agile and standard encryption of ECMA-376.
func decrypt(raw []byte, password string) (plain []byte, err error) {
	defer recoverPanic(&err)
	return excelize.Decrypt(raw, &excelize.Options{Password: password})
}

// openPackage opens the zip package of a workbook and reads its sheet list.
// The book closes closer, which may be nil, when it is closed.
func openPackage(path string, r io.ReaderAt, closer io.Closer, size int64) (*Book, error) {
	where := diag.Location{File: path}
	data := &countingReaderAt{r: r}
	archive, err := zip.NewReader(data, size)
	if err != nil {
		return nil, diag.Errorf(where, "无法读取这个 .xlsx 文件，"+adviceResave+"：%w", err)
	}
	if err := checkZipSizes(archive); err != nil {
		return nil, zipProblem(where, err)
	}

	book, err := readPackage(archive, data)
	if err != nil {
		return nil, zipProblem(where, err)
	}
	if len(book.sheets) == 0 {
		return nil, diag.Errorf(where,
			"文件里没有工作表，它可能是压缩包或其他 Office 文件，请换用 Excel 工作簿（.xlsx）")
	}

	book.closer = closer
	sheets := make([]SheetInfo, len(book.sheets))
	for i, s := range book.sheets {
		sheets[i] = s.SheetInfo
	}
	return &Book{path: path, sheets: sheets, xlsx: book}, nil
}

func readPackage(archive *zip.Reader, data *countingReaderAt) (book *workbook, err error) {
	defer recoverPanic(&err)
	return readWorkbook(archive, data)
}

// checkZipSizes rejects a zip archive whose entries declare unpacked sizes
// above the limits or above what their compressed data can produce.
func checkZipSizes(archive *zip.Reader) error {
	var total uint64
	for _, entry := range archive.File {
		limit := entry.CompressedSize64*maxDeflateRatio + 1024
		if entry.UncompressedSize64 > limit {
			return fmt.Errorf("zip entry %s declares %d bytes unpacked from %d bytes",
				entry.Name, entry.UncompressedSize64, entry.CompressedSize64)
		}
		if entry.UncompressedSize64 > maxPartSize {
			return &partSizeError{entry.Name, entry.UncompressedSize64, maxPartSize}
		}
		total += entry.UncompressedSize64
		if total > maxUnzipSize {
			return &partSizeError{"", total, maxUnzipSize}
		}
	}
	return nil
}

// zipProblem explains why the parts of a workbook could not be read.
func zipProblem(where diag.Location, err error) *diag.Problem {
	var tooLarge *partSizeError
	if !errors.As(err, &tooLarge) {
		return diag.Errorf(where, "无法读取这个 .xlsx 文件，"+adviceResave+"：%w", err)
	}

	part := "整个文件"
	if tooLarge.name != "" {
		part = "其中的 " + tooLarge.name
	}
	return diag.Errorf(where,
		"文件解压后过大：%s 解压后有 %s MB，超过上限 %s MB。它不像一个月的导出数据，可能已损坏；"+
			"请确认选对了文件，如果数据确实这么多，请拆成几个文件分别导出：%w",
		part, megabytes(tooLarge.size), megabytes(tooLarge.limit), err)
}

// megabytes formats a size in bytes as megabytes, with one decimal
// (rounded down) unless the size is a whole number of megabytes.
func megabytes(size uint64) string {
	if size%(1<<20) == 0 {
		return fmt.Sprint(size >> 20)
	}
	tenths := size * 10 >> 20
	return fmt.Sprintf("%d.%d", tenths/10, tenths%10)
}

func (b *Book) findSheet(name string) (workbookSheet, bool) {
	for _, s := range b.xlsx.sheets {
		if s.Name == name {
			return s, true
		}
	}
	return workbookSheet{}, false
}

// sheetNames lists the sheet names for a message, such as "“工作量”、“扣分”".
func (b *Book) sheetNames() string {
	names := make([]string, len(b.sheets))
	for i, s := range b.sheets {
		names[i] = "“" + s.Name + "”"
	}
	return strings.Join(names, "、")
}

// recoverPanic stores a recovered panic in *err. It is deferred around the
// parsers and calls into excelize and mscfb, which can panic on malformed
// files, and never around the caller's callback.
func recoverPanic(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("internal error while reading the file: %v", r)
	}
}

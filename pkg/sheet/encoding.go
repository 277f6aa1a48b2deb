package sheet

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Byte order marks that Excel and WPS write at the start of text exports.
var (
	utf8BOM    = []byte{0xEF, 0xBB, 0xBF}
	utf16LEBOM = []byte{0xFF, 0xFE}
	utf16BEBOM = []byte{0xFE, 0xFF}
)

// textEncoding is the character encoding of a CSV file.
type textEncoding int

const (
	encUTF8 textEncoding = iota
	encUTF8BOM
	encUTF16LE
	encUTF16BE
	encGB18030
)

// detectEncoding decides a file's encoding: a byte order mark decides UTF-8
// or UTF-16. Without one, a file that is valid UTF-8 throughout is UTF-8 and
// anything else GB18030, the superset of GBK that Chinese Windows uses.
func detectEncoding(file io.ReadSeeker) (textEncoding, error) {
	if _, err := file.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	r := bufio.NewReaderSize(file, 64<<10)
	bom, _ := r.Peek(3)
	switch {
	case bytes.HasPrefix(bom, utf8BOM):
		return encUTF8BOM, nil
	case bytes.HasPrefix(bom, utf16LEBOM):
		return encUTF16LE, nil
	case bytes.HasPrefix(bom, utf16BEBOM):
		return encUTF16BE, nil
	}

	valid, err := validUTF8(r)
	if err != nil {
		return 0, err
	}
	if valid {
		return encUTF8, nil
	}
	return encGB18030, nil
}

// validUTF8 reports whether everything r yields is valid UTF-8, holding
// only one buffer of it at a time.
func validUTF8(r io.Reader) (bool, error) {
	buf := make([]byte, 64<<10)
	carry := 0
	for {
		n, err := r.Read(buf[carry:])
		n += carry
		// Keep an incomplete rune at the end for the next read.
		end := n
		for i := max(0, n-utf8.UTFMax+1); i < n; i++ {
			if utf8.RuneStart(buf[i]) && !utf8.FullRune(buf[i:n]) {
				end = i
				break
			}
		}
		if errors.Is(err, io.EOF) {
			end = n
		}
		if !utf8.Valid(buf[:end]) {
			return false, nil
		}
		carry = copy(buf, buf[end:n])
		if errors.Is(err, io.EOF) {
			return true, nil
		}
		if err != nil {
			return false, err
		}
	}
}

// decodedReader returns the file's text as UTF-8 from its start, without
// any byte order mark.
func decodedReader(file io.ReadSeeker, enc textEncoding) (io.Reader, error) {
	if _, err := file.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return decode(file, enc)
}

// decode returns the text of r, read from the start of a file, as UTF-8
// without any byte order mark.
func decode(r io.Reader, enc textEncoding) (io.Reader, error) {
	var decoder *encoding.Decoder
	switch enc {
	case encUTF8:
		return r, nil
	case encUTF8BOM:
		_, err := io.CopyN(io.Discard, r, int64(len(utf8BOM)))
		return r, err
	case encUTF16LE:
		decoder = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	case encUTF16BE:
		decoder = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
	default:
		decoder = simplifiedchinese.GB18030.NewDecoder()
	}
	return transform.NewReader(r, decoder), nil
}

// countingReader counts the bytes read through it, for progress.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

package sheet

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// xmlToken is the kind of token that xmlScanner.next found.
type xmlToken int

const (
	startTag xmlToken = iota
	endTag
	charData
)

// Buffer sizes of xmlScanner. A tag, comment or CDATA section must fit in
// maxTokenSize, which is far above the longest tag a spreadsheet part holds.
// Character data has no limit because it is returned in pieces.
const (
	scanBufferSize = 64 << 10
	maxTokenSize   = 4 << 20
)

var (
	errTokenTooLong = errors.New("XML token longer than 4 MB")
	errTruncatedXML = errors.New("XML ends before its elements are closed")
)

// xmlScanner is a pull tokenizer for the XML parts of a workbook. Unlike
// encoding/xml it does no namespace processing, allocates nothing per token
// and checks only what it needs to find tags.
// Tag names are local names: the prefix of "x:row" is dropped. Comments,
// processing instructions and the DOCTYPE are skipped.
//
// The name, attribute and text slices stay valid until the next call to next.
type xmlScanner struct {
	r    io.Reader
	buf  []byte
	pos  int // first unread byte of buf
	end  int // end of the bytes read into buf
	done bool
	err  error // the read error that set done, other than io.EOF

	token xmlToken
	name  []byte // local name of a start or end tag
	attrs []byte // the attributes of a start tag, unparsed
	empty bool   // a start tag that ends with "/>"
	text  []byte // character data, raw, or the content of a CDATA section
	cdata bool
}

func newXMLScanner(r io.Reader) *xmlScanner {
	return &xmlScanner{r: r, buf: make([]byte, scanBufferSize)}
}

// next reads the next token. It returns io.EOF at the end of the input.
// Character data may come as several charData tokens in a row.
func (s *xmlScanner) next() error {
	for {
		if s.pos == s.end && !s.fill() {
			if s.err != nil {
				return s.err
			}
			return io.EOF
		}
		if s.buf[s.pos] != '<' {
			return s.scanText()
		}

		found, err := s.scanMarkup()
		if err != nil || found {
			return err
		}
	}
}

// fill reads more input into buf, moving the unread bytes to its start and
// growing it when it is full. It reports whether any bytes were added.
func (s *xmlScanner) fill() bool {
	if s.done {
		return false
	}
	if s.pos > 0 {
		s.end = copy(s.buf, s.buf[s.pos:s.end])
		s.pos = 0
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= maxTokenSize {
			s.done, s.err = true, errTokenTooLong
			return false
		}
		s.buf = append(s.buf, make([]byte, len(s.buf))...)
	}

	for range 100 {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.done = true
			if !errors.Is(err, io.EOF) {
				s.err = err
			}
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
	s.done, s.err = true, io.ErrNoProgress
	return false
}

// scanText returns the character data up to the next '<'. When no '<' is
// buffered it returns what is safe to decode now, keeping back a trailing
// '\r' or an entity reference that the next read may complete.
func (s *xmlScanner) scanText() error {
	for {
		data := s.buf[s.pos:s.end]
		if i := bytes.IndexByte(data, '<'); i >= 0 {
			s.setText(i)
			return nil
		}
		if s.done {
			s.setText(len(data))
			return nil
		}
		if n := completeTextLen(data); n > 0 {
			s.setText(n)
			return nil
		}
		s.fill()
	}
}

func (s *xmlScanner) setText(n int) {
	s.token, s.cdata = charData, false
	s.text = s.buf[s.pos : s.pos+n]
	s.pos += n
}

// completeTextLen returns the length of the part of data that ends neither
// inside an entity reference nor between a '\r' and a possible '\n'.
func completeTextLen(data []byte) int {
	n := len(data)
	if n > 0 && data[n-1] == '\r' {
		n--
	}
	// The maximum length of a reference that decodes is 12 bytes, as in
	// "&#x0010FFFF;".
	tail := max(0, n-12)
	if amp := bytes.LastIndexByte(data[tail:n], '&'); amp >= 0 {
		if bytes.IndexByte(data[tail+amp:n], ';') < 0 {
			n = tail + amp
		}
	}
	return n
}

// scanMarkup reads the markup at s.pos, which starts with '<'. It reports
// whether it found a token, as opposed to a comment or declaration that it
// skipped.
func (s *xmlScanner) scanMarkup() (bool, error) {
	s.buffer(2)
	if s.end-s.pos >= 2 && (s.buf[s.pos+1] == '?' || s.buf[s.pos+1] == '!') {
		return s.scanDeclaration()
	}

	n, err := s.tagLen()
	if err != nil {
		return false, err
	}
	tag := s.buf[s.pos+1 : s.pos+n-1] // without '<' and '>'
	s.pos += n
	if len(tag) > 0 && tag[0] == '/' {
		s.token = endTag
		name := tag[1:]
		for len(name) > 0 && isSpace(name[len(name)-1]) {
			name = name[:len(name)-1]
		}
		s.name = localName(name)
		return true, nil
	}

	s.token = startTag
	s.empty = len(tag) > 0 && tag[len(tag)-1] == '/'
	if s.empty {
		tag = tag[:len(tag)-1]
	}
	nameEnd := 0
	for nameEnd < len(tag) && !isSpace(tag[nameEnd]) {
		nameEnd++
	}
	s.name, s.attrs = localName(tag[:nameEnd]), tag[nameEnd:]
	return true, nil
}

// scanDeclaration reads markup that starts with "<?" or "<!".
func (s *xmlScanner) scanDeclaration() (bool, error) {
	s.buffer(len("<![CDATA["))
	data := s.buf[s.pos:s.end]
	switch {
	case bytes.HasPrefix(data, []byte("<?")):
		return false, s.skipPast("?>")
	case bytes.HasPrefix(data, []byte("<!--")):
		return false, s.skipPast("-->")
	case bytes.HasPrefix(data, []byte("<![CDATA[")):
		return true, s.scanCDATA()
	default:
		return false, s.skipPast(">")
	}
}

// buffer reads input until n unread bytes are buffered or the input ends.
func (s *xmlScanner) buffer(n int) {
	for s.end-s.pos < n {
		if !s.fill() {
			return
		}
	}
}

// tagLen returns the length of the tag at s.pos up to and including its
// '>', which may not be inside a quoted attribute value.
func (s *xmlScanner) tagLen() (int, error) {
	var quote byte
	for i := 1; ; i++ {
		if s.pos+i == s.end && !s.fill() {
			return 0, s.truncated()
		}
		// Scanning the buffered bytes in a local slice keeps the loop tight.
		data := s.buf[s.pos:s.end]
		for ; i < len(data); i++ {
			switch c := data[i]; {
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '>':
				return i + 1, nil
			case c == '"' || c == '\'':
				quote = c
			}
		}
		i--
	}
}

// indexFrom returns the offset from s.pos of the first sep at or after
// offset from, reading more input as needed.
func (s *xmlScanner) indexFrom(from int, sep string) (int, error) {
	for {
		if i := bytes.Index(s.buf[s.pos+from:s.end], []byte(sep)); i >= 0 {
			return from + i, nil
		}
		from = max(from, s.end-s.pos-len(sep)+1)
		if !s.fill() {
			return 0, s.truncated()
		}
	}
}

func (s *xmlScanner) skipPast(sep string) error {
	i, err := s.indexFrom(1, sep)
	if err != nil {
		return err
	}
	s.pos += i + len(sep)
	return nil
}

func (s *xmlScanner) scanCDATA() error {
	const open = len("<![CDATA[")
	i, err := s.indexFrom(open, "]]>")
	if err != nil {
		return err
	}
	s.token, s.cdata = charData, true
	s.text = s.buf[s.pos+open : s.pos+i]
	s.pos += i + len("]]>")
	return nil
}

func (s *xmlScanner) truncated() error {
	if s.err != nil {
		return s.err
	}
	return errTruncatedXML
}

// isStart reports whether the current token is a start tag with the local
// name name.
func (s *xmlScanner) isStart(name string) bool {
	return s.token == startTag && string(s.name) == name
}

func (s *xmlScanner) isEnd(name string) bool {
	return s.token == endTag && string(s.name) == name
}

// readText appends the character data up to the end tag named end to dst,
// decoded by appendText. Markup inside the element is skipped.
func (s *xmlScanner) readText(end string, dst []byte) ([]byte, error) {
	for {
		if err := s.next(); err != nil {
			return dst, truncatedAtEOF(err)
		}
		switch {
		case s.token == charData:
			dst = s.appendText(dst)
		case s.isEnd(end):
			return dst, nil
		}
	}
}

// skipElement skips the content of the element whose start tag is the
// current token, up to its end tag named name.
func (s *xmlScanner) skipElement(name string) error {
	if s.empty {
		return nil
	}
	for depth := 1; ; {
		if err := s.next(); err != nil {
			return truncatedAtEOF(err)
		}
		switch {
		case s.token == startTag && !s.empty && string(s.name) == name:
			depth++
		case s.isEnd(name):
			depth--
			if depth == 0 {
				return nil
			}
		}
	}
}

// appendText appends the current character data to dst with entity
// references decoded and line ends normalized to '\n', as an XML parser
// does. An invalid reference is kept as it is.
func (s *xmlScanner) appendText(dst []byte) []byte {
	if s.cdata {
		return appendNormalized(dst, s.text)
	}
	return appendUnescaped(dst, s.text)
}

func appendUnescaped(dst, raw []byte) []byte {
	for {
		amp := bytes.IndexByte(raw, '&')
		if amp < 0 {
			return appendNormalized(dst, raw)
		}
		dst = appendNormalized(dst, raw[:amp])
		raw = raw[amp:]

		semi := bytes.IndexByte(raw, ';')
		r, ok := rune(0), false
		if semi > 0 {
			r, ok = decodeEntity(raw[1:semi])
		}
		if !ok {
			dst = append(dst, '&')
			raw = raw[1:]
			continue
		}
		dst = utf8.AppendRune(dst, r)
		raw = raw[semi+1:]
	}
}

// appendNormalized appends raw to dst with "\r\n" and a lone '\r' turned
// into '\n'.
func appendNormalized(dst, raw []byte) []byte {
	for {
		cr := bytes.IndexByte(raw, '\r')
		if cr < 0 {
			return append(dst, raw...)
		}
		dst = append(append(dst, raw[:cr]...), '\n')
		raw = raw[cr+1:]
		if len(raw) > 0 && raw[0] == '\n' {
			raw = raw[1:]
		}
	}
}

// decodeEntity decodes the name of an entity reference, such as "amp" or
// "#x4E2D", to its character.
func decodeEntity(name []byte) (rune, bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}

	digits, base := name[1:], 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	n, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil || !utf8.ValidRune(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// localName drops the namespace prefix of a qualified name.
func localName(name []byte) []byte {
	if i := bytes.LastIndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// nextAttr parses the first attribute of attrs, the text after a tag's name.
// It returns the attribute's qualified name, its raw value and the rest of
// attrs, and ok == false when no well-formed attribute is left.
func nextAttr(attrs []byte) (name, value, rest []byte, ok bool) {
	attrs = trimSpaceLeft(attrs)
	eq := bytes.IndexByte(attrs, '=')
	if eq <= 0 {
		return nil, nil, nil, false
	}
	name = attrs[:eq]
	for len(name) > 0 && isSpace(name[len(name)-1]) {
		name = name[:len(name)-1]
	}
	attrs = trimSpaceLeft(attrs[eq+1:])
	if len(attrs) == 0 || attrs[0] != '"' && attrs[0] != '\'' {
		return nil, nil, nil, false
	}

	end := bytes.IndexByte(attrs[1:], attrs[0])
	if end < 0 {
		return nil, nil, nil, false
	}
	return name, attrs[1 : end+1], attrs[end+2:], true
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

func trimSpaceLeft(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	return b
}

// attrText decodes a raw attribute value. It allocates only for a value
// with entity references.
func attrText(value []byte) []byte {
	if bytes.IndexByte(value, '&') < 0 {
		return value
	}
	return appendUnescaped(nil, value)
}

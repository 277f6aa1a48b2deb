package sheet

import (
	"io"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestScanCSV(t *testing.T) {
	cell := func(col int, v string) Cell { return Cell{Col: col, Value: v, Type: Text} }
	header := Row{Num: 1, Cells: []Cell{cell(1, "工号"), cell(2, "姓名")}}
	zhang := Row{Num: 2, Cells: []Cell{cell(1, "001"), cell(2, "张三")}}

	tests := []struct {
		name string
		data []byte
		want []Row
	}{
		{
			name: "utf-8",
			data: []byte("工号,姓名\n001,张三\n"),
			want: []Row{header, zhang},
		},
		{
			name: "utf-8 with bom",
			data: []byte("\xEF\xBB\xBF工号,姓名\r\n001,张三\r\n"),
			want: []Row{header, zhang},
		},
		{
			name: "gbk",
			data: encodeGBK(t, "工号,姓名\r\n001,张三\r\n"),
			want: []Row{header, zhang},
		},
		{
			name: "utf-16le tab-separated",
			data: encodeUTF16LE(t, "工号\t姓名\r\n001\t张三\r\n"),
			want: []Row{header, zhang},
		},
		{
			name: "tab header with comma keeps comma",
			data: []byte("工号,姓\t名\n001,张三\n"),
			want: []Row{
				{Num: 1, Cells: []Cell{cell(1, "工号"), cell(2, "姓\t名")}},
				zhang,
			},
		},
		{
			name: "blank lines and empty records count as rows",
			data: []byte("工号,姓名\n\n,,\n,张三\n"),
			want: []Row{header, {Num: 4, Cells: []Cell{cell(2, "张三")}}},
		},
		{
			name: "quoted field spanning lines",
			data: []byte("工号,备注\n001,\"第一行\r\n第二行\"\n002,x\n"),
			want: []Row{
				{Num: 1, Cells: []Cell{cell(1, "工号"), cell(2, "备注")}},
				{Num: 2, Cells: []Cell{cell(1, "001"), cell(2, "第一行\n第二行")}},
				{Num: 3, Cells: []Cell{cell(1, "002"), cell(2, "x")}},
			},
		},
		{
			name: "excel text guard",
			data: []byte("=\"001\",\"=\"\"002\"\"\",=\"a\"\"b\",=\"a\"&\"b\"\n"),
			want: []Row{{Num: 1, Cells: []Cell{
				cell(1, "001"), cell(2, "002"), cell(3, `a"b`), cell(4, `="a"&"b"`),
			}}},
		},
		{
			name: "spaces kept",
			data: []byte(" 001 ,\"\"\n"),
			want: []Row{{Num: 1, Cells: []Cell{cell(1, " 001 ")}}},
		},
		{
			name: "bare quote in field",
			data: []byte("5\"寸,x\n"),
			want: []Row{{Num: 1, Cells: []Cell{cell(1, `5"寸`), cell(2, "x")}}},
		},
		{
			name: "ragged records",
			data: []byte("a\nb,c,d\n"),
			want: []Row{
				{Num: 1, Cells: []Cell{cell(1, "a")}},
				{Num: 2, Cells: []Cell{cell(1, "b"), cell(2, "c"), cell(3, "d")}},
			},
		},
		{
			name: "only blank lines",
			data: []byte("\n\r\n,\n"),
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			book := openTest(t, writeTestFile(t, "输入.csv", tt.data), Options{})
			assertRows(t, scanAll(t, book, ""), tt.want)
		})
	}
}

func TestSheetsCSV(t *testing.T) {
	book := openTest(t, writeTestFile(t, "a.xlsx", []byte("a,b\n")), Options{})
	got := book.Sheets()
	if len(got) != 1 || got[0] != (SheetInfo{}) {
		t.Errorf("got %+v, want one visible sheet named \"\"", got)
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"ascii", []byte("a,b"), "a,b"},
		{"utf-8 bom", []byte("\xEF\xBB\xBF张三"), "张三"},
		{"gbk", encodeGBK(t, "张三"), "张三"},
		{"gb18030 four-byte", []byte{0x95, 0x32, 0x82, 0x36}, "\U00020000"},
		{"utf-16le", encodeUTF16LE(t, "张三"), "张三"},
		{"utf-16be", []byte{0xFE, 0xFF, 0x5F, 0x20, 0x4E, 0x09}, "张三"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeText(string(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func encodeGBK(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// encodeUTF16LE encodes s as Excel's "Unicode text" export does: UTF-16LE
// with a byte order mark.
func encodeUTF16LE(t *testing.T, s string) []byte {
	t.Helper()
	encoder := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()
	b, err := encoder.Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// decodeText converts the whole content of a text file to UTF-8, choosing
// the encoding as Open does.
func decodeText(data string) (string, error) {
	file := strings.NewReader(data)
	enc, err := detectEncoding(file)
	if err != nil {
		return "", err
	}
	r, err := decodedReader(file, enc)
	if err != nil {
		return "", err
	}
	out, err := io.ReadAll(r)
	return string(out), err
}

func TestDetectEncodingAcrossBuffers(t *testing.T) {
	pad := strings.Repeat("a", 64<<10-1)
	cases := []struct {
		name string
		data string
		want textEncoding
	}{
		{"rune across the buffer boundary", pad + "张三\n", encUTF8},
		{"GBK after 100 KB of ASCII", strings.Repeat("a,b\n", 25<<10) + string(encodeGBK(t, "张三")),
			encGB18030},
		{"truncated rune at the end", pad + "\xE5\xBC", encGB18030},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := detectEncoding(strings.NewReader(c.data))
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got encoding %d, want %d", got, c.want)
			}
		})
	}
}

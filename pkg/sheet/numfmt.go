package sheet

import "strings"

// numberFormat is the meaning of a cell's number format for its number.
type numberFormat struct {
	percent bool
	date    bool
}

// builtinFormat classifies a built-in number format id (ECMA-376 Part 1,
// 18.8.30). Ids 27-36 and 50-58 are locale-dependent. In Chinese, Japanese
// and Korean Excel they are date and time formats such as 'yyyy"年"m"月"'.
func builtinFormat(id int) numberFormat {
	switch {
	case id == 9 || id == 10:
		return numberFormat{percent: true}
	case 14 <= id && id <= 22, 45 <= id && id <= 47:
		return numberFormat{date: true}
	case 27 <= id && id <= 36, 50 <= id && id <= 58:
		return numberFormat{date: true}
	}
	return numberFormat{}
}

// parseFormatCode classifies a custom number format code such as "0.0%" or
// "yyyy/m/d h:mm". Quoted text, bracketed parts ("[Red]", "[$-804]") and
// characters escaped with a backslash or used by "_" and "*" are literal and
// do not count. Any of the tokens y, m, d, h, s or a (the weekday in
// Chinese formats such as "aaaa") makes the format a date or time.
func parseFormatCode(code string) numberFormat {
	var format numberFormat
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case '"':
			i = skipPast(code, i+1, '"')
		case '[':
			i = skipPast(code, i+1, ']')
		case '\\', '_', '*':
			// The next byte is literal. If it starts a multi-byte character,
			// the remaining bytes are at least 0x80 and match nothing here.
			i++
		case '%':
			format.percent = true
		default:
			switch c | 0x20 { // lower case for ASCII letters
			case 'g':
				if strings.EqualFold(code[i:min(i+len("general"), len(code))], "general") {
					i += len("general") - 1
				}
			case 'y', 'm', 'd', 'h', 's', 'a':
				format.date = true
			}
		}
	}
	return format
}

// skipPast returns the index of the first end byte at or after i, or the
// last index of code when there is none.
func skipPast(code string, i int, end byte) int {
	for ; i < len(code); i++ {
		if code[i] == end {
			return i
		}
	}
	return len(code) - 1
}

// builtinFormatCode returns the code of a built-in number format id, or ""
// for General and for ids whose code depends on the locale's currency
// (5-8, 23-26, 41-44 and 59-81). Ids 0-22, 37-40 and 45-49 are defined in
// ECMA-376 Part 1, 18.8.30. Ids 27-36 and 50-58 have the codes that Chinese
// (zh-CN) Excel uses, as listed by excelize v2.11.1.
func builtinFormatCode(id int) string {
	if 0 <= id && id < len(builtinFormatCodes) {
		return builtinFormatCodes[id]
	}
	return ""
}

var builtinFormatCodes = [...]string{
	1:  "0",
	2:  "0.00",
	3:  "#,##0",
	4:  "#,##0.00",
	9:  "0%",
	10: "0.00%",
	11: "0.00E+00",
	12: "# ?/?",
	13: "# ??/??",
	14: "mm-dd-yy",
	15: "d-mmm-yy",
	16: "d-mmm",
	17: "mmm-yy",
	18: "h:mm AM/PM",
	19: "h:mm:ss AM/PM",
	20: "h:mm",
	21: "h:mm:ss",
	22: "m/d/yy h:mm",
	27: `yyyy"年"m"月"`,
	28: `m"月"d"日"`,
	29: `m"月"d"日"`,
	30: "m/d/yy",
	31: `yyyy"年"m"月"d"日"`,
	32: `h"时"mm"分"`,
	33: `h"时"mm"分"ss"秒"`,
	34: `上午/下午h"时"mm"分"`,
	35: `上午/下午h"时"mm"分"ss"秒"`,
	36: `yyyy"年"m"月"`,
	37: "#,##0 ;(#,##0)",
	38: "#,##0 ;[Red](#,##0)",
	39: "#,##0.00;(#,##0.00)",
	40: "#,##0.00;[Red](#,##0.00)",
	45: "mm:ss",
	46: "[h]:mm:ss",
	47: "mm:ss.0",
	48: "##0.0E+0",
	49: "@",
	50: `yyyy"年"m"月"`,
	51: `m"月"d"日"`,
	52: `yyyy"年"m"月"`,
	53: `m"月"d"日"`,
	54: `m"月"d"日"`,
	55: `上午/下午h"时"mm"分"`,
	56: `上午/下午h"时"mm"分"ss"秒"`,
	57: `yyyy"年"m"月"`,
	58: `m"月"d"日"`,
}

// cellFormatOf returns the number format of a style whose numFmtId is id,
// where custom holds the codes of the workbook's <numFmts>.
func cellFormatOf(id int, custom map[int]string) cellFormat {
	code, ok := custom[id]
	if !ok {
		return cellFormat{code: builtinFormatCode(id), numberFormat: builtinFormat(id)}
	}
	if strings.EqualFold(code, "General") {
		return cellFormat{}
	}
	return cellFormat{code: code, numberFormat: parseFormatCode(code)}
}

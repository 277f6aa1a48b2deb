package sheet

import "strings"

// numberFormat is what a cell's number format says about its number.
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

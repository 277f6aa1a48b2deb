package input

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/sheet"
	"github.com/shopspring/decimal"
)

var hundred = decimal.NewFromInt(100)

// excelDigits is the number of significant digits Excel keeps in a number.
// Spreadsheet programs store a number's binary value with up to 17 digits,
// so 3 % may be stored as 2.9999999999999999E-2; rounding to 15 digits gives
// back the number the clerk typed.
const excelDigits = 15

// parseNumber reads a number cell or a number typed as text: thousands
// separators and spaces are dropped, and a trailing % or a cell formatted
// as a percentage gives the number of percent (0.042 shown as 4.2% is 4.2).
func parseNumber(c sheet.Cell) (decimal.Decimal, error) {
	if c.Type == sheet.Number {
		d, err := decimal.NewFromString(strings.TrimSpace(c.Value))
		if err != nil || outOfRange(d) {
			return decimal.Decimal{}, fmt.Errorf("“%s”不是数字", c.Value)
		}
		d = roundSignificant(d, excelDigits)
		if c.Percent {
			d = d.Mul(hundred)
		}
		return d, nil
	}

	s := strings.Map(func(r rune) rune {
		if r == ',' || r == ' ' {
			return -1
		}
		return r
	}, foldCell(c))
	// The accounting number format shows zero as a lone dash, and a CSV
	// saved from such a sheet keeps the dash.
	if s == "-" {
		return decimal.Zero, nil
	}
	percent := strings.HasSuffix(s, "%")
	s = strings.TrimSuffix(s, "%")

	// Exponents are rejected in text, where they mean the value was
	// already damaged by a spreadsheet program's display.
	d, err := decimal.NewFromString(s)
	if err != nil || strings.ContainsAny(s, "eE") {
		return decimal.Decimal{}, fmt.Errorf("“%s”不是数字", c.Value)
	}
	if c.Percent && !percent {
		d = d.Mul(hundred)
	}
	return d, nil
}

// maxExponent bounds the decimal exponent of a stored number; a
// spreadsheet's binary numbers stay within about ±308, so a larger one
// is a damaged file.
const maxExponent = 400

// outOfRange reports whether d lies outside what a spreadsheet can store.
func outOfRange(d decimal.Decimal) bool {
	e := int(d.Exponent())
	return e < -maxExponent || e+d.NumDigits() > maxExponent
}

// roundSignificant rounds d to at most digits significant digits.
func roundSignificant(d decimal.Decimal, digits int) decimal.Decimal {
	extra := d.NumDigits() - digits
	if extra <= 0 {
		return d
	}
	return d.Round(-d.Exponent() - int32(extra))
}

func foldCell(c sheet.Cell) string {
	return strings.TrimSpace(strings.ReplaceAll(rules.Fold(c.Value), "\u00a0", ""))
}

// excelEpoch is day 0 of Excel's 1900 date system as it counts for serials
// after 1900-02-28, which are the only ones a monthly log can hold.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// Serial numbers of Excel's dates from 1900-03-01 to 9999-12-31.
var (
	firstSerial = decimal.NewFromInt(61)
	lastSerial  = decimal.NewFromInt(2958465)
)

var dateText = regexp.MustCompile(
	`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$`)

// parseDate reads a date cell (a serial number with a date format, or a
// bare serial), or a date typed as text in the common Chinese layouts:
// 2018-03-05, 2018/3/5, 2018.3.5 and 2018年3月5日, with an optional time.
func parseDate(c sheet.Cell) (time.Time, error) {
	s := foldCell(c)
	if c.Type == sheet.Number {
		serial, err := decimal.NewFromString(s)
		if err == nil && !serial.LessThan(firstSerial) && !serial.GreaterThan(lastSerial) {
			return excelEpoch.AddDate(0, 0, int(serial.IntPart())), nil
		}
	}

	m := dateText.FindStringSubmatch(s)
	if m == nil {
		if serial, err := decimal.NewFromString(s); err == nil && c.Type != sheet.Number &&
			!serial.LessThan(firstSerial) && !serial.GreaterThan(lastSerial) && serial.IsInteger() {
			day := excelEpoch.AddDate(0, 0, int(serial.IntPart()))
			return time.Time{}, fmt.Errorf("“%s”不是日期。它像是 Excel 的日期序号（%s），"+
				"请在表格中把这一列设为日期格式后重新保存，或写作 %s", c.Value,
				day.Format("2006-01-02"), day.Format("2006-01-02"))
		}
		return time.Time{}, fmt.Errorf("“%s”不是日期，请写作 2018-03-05", c.Value)
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(mo) || t.Day() != d {
		return time.Time{}, fmt.Errorf("日期“%s”不存在", c.Value)
	}
	return t, nil
}

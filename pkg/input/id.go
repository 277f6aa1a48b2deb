package input

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// maxExactDigits is the number of significant digits a spreadsheet number
// keeps; a longer 工号 stored as a number has already lost its last digits.
const maxExactDigits = 15

var (
	scientific  = regexp.MustCompile(`^[+-]?\d+(\.\d+)?[eE][+-]?\d+$`)
	zeroPadding = regexp.MustCompile(`^0+$`)
)

// parseID reads a 工号. Text is folded to half width and trimmed. A number
// keeps the zero padding its format shows ("0000" shows 12 as 0012). A
// number or text in scientific notation, a number of more than 15
// significant digits and a number with a fraction were damaged by the
// spreadsheet program, and are refused rather than guessed at.
func parseID(c sheet.Cell) (string, error) {
	value := rules.Fold(c.Value)
	if scientific.MatchString(value) {
		return "", fmt.Errorf("工号“%s”已被表格软件改成科学计数法，原来的数字无法还原。"+
			"请把工号列设为文本格式后重新填写", c.Value)
	}
	if c.Type != sheet.Number {
		return value, nil
	}

	whole, fraction, _ := strings.Cut(value, ".")
	if !allDigits(whole) || !allDigits(fraction) && fraction != "" {
		return "", fmt.Errorf("工号“%s”不是数字，请改为正确的工号", c.Value)
	}
	if strings.Trim(fraction, "0") != "" {
		return "", fmt.Errorf("工号“%s”带有小数，请改为正确的工号", c.Value)
	}
	if len(strings.TrimLeft(whole, "0")) > maxExactDigits {
		return "", fmt.Errorf("工号“%s”超过 %d 位，作为数字保存时末几位已丢失。"+
			"请把工号列设为文本格式后重新填写", c.Value, maxExactDigits)
	}
	if zeroPadding.MatchString(c.Format) && len(whole) < len(c.Format) {
		whole = strings.Repeat("0", len(c.Format)-len(whole)) + whole
	}
	return whole, nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

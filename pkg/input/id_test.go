package input

import (
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/sheet"
)

func TestParseID(t *testing.T) {
	cases := []struct {
		name    string
		cell    sheet.Cell
		want    string
		wantErr string
	}{
		{"text", sheet.Cell{Value: "2001"}, "2001", ""},
		{"text keeps zeros", sheet.Cell{Value: "0012"}, "0012", ""},
		{"full width and spaces", sheet.Cell{Value: "\u3000２００１ "}, "2001", ""},
		{"number", sheet.Cell{Value: "2001", Type: sheet.Number}, "2001", ""},
		{"number with zero padding format", sheet.Cell{Value: "12", Type: sheet.Number, Format: "0000"},
			"0012", ""},
		{"number wider than its padding", sheet.Cell{Value: "123456", Type: sheet.Number, Format: "0000"},
			"123456", ""},
		{"number stored with .0", sheet.Cell{Value: "2001.0", Type: sheet.Number}, "2001", ""},
		{"15 digits", sheet.Cell{Value: "320684199001011", Type: sheet.Number}, "320684199001011", ""},
		{"16 digits", sheet.Cell{Value: "3206841990010112", Type: sheet.Number}, "", "超过 15 位"},
		{"number in scientific notation", sheet.Cell{Value: "3.20684199001011E+17", Type: sheet.Number},
			"", "科学计数法"},
		{"text in scientific notation", sheet.Cell{Value: "3.20684E+17"}, "", "科学计数法"},
		{"fraction", sheet.Cell{Value: "2001.5", Type: sheet.Number}, "", "带有小数"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseID(c.cell)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("parseID(%q) error = %v, want one containing %q", c.cell.Value, err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseID(%q): %v", c.cell.Value, err)
			}
			if got != c.want {
				t.Errorf("parseID(%q) = %q, want %q", c.cell.Value, got, c.want)
			}
		})
	}
}

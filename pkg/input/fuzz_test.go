package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// maxNumberExponent bounds the decimal exponent of a number that a cell can
// hold: a spreadsheet stores numbers as float64, which ends near 1e308 and,
// with subnormals, starts near 5e-324.
const maxNumberExponent = 400

// cellOf builds a cell of the given stored type for the fuzz targets.
func cellOf(value string, number bool) sheet.Cell {
	c := sheet.Cell{Col: 1, Value: value, Type: sheet.Text}
	if number {
		c.Type = sheet.Number
	}
	return c
}

func FuzzParseNumber(f *testing.F) {
	seeds := []struct {
		value           string
		number, percent bool
	}{
		{"600", true, false},
		{"463.61", true, false},
		{"4.2000000000000003E-2", true, true},
		{"1,234.50", false, false},
		{" 1,234.50 ", false, false},
		{"\u00a0900\u00a0", false, false},
		{"４.２%", false, false},
		{"5.4%", false, true},
		{" -   ", false, false},
		{"1e5", false, false},
		{"-0", true, false},
		{"1e-9995", true, false},
	}
	for _, s := range seeds {
		f.Add(s.value, s.number, s.percent)
	}
	f.Fuzz(func(t *testing.T, value string, number, percent bool) {
		c := cellOf(value, number)
		c.Percent = percent
		d, err := parseNumber(c)
		if err != nil {
			return
		}

		if number && (d.Exponent() > maxNumberExponent || d.Exponent() < -maxNumberExponent) {
			t.Fatalf("parseNumber(%q) has exponent %d, want an error for a number beyond float64",
				value, d.Exponent())
		}
		if number || percent {
			return
		}
		again, err := parseNumber(cellOf(d.String(), false))
		if err != nil || !again.Equal(d) {
			t.Errorf("parseNumber(%q) = %s, but its text reads as %s, %v", value, d, again, err)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	seeds := []struct {
		value  string
		number bool
	}{
		{"43164", true},
		{"43164.375", true},
		{"2018/3/5", false},
		{"2018-03-05", false},
		{"2018.3.5", false},
		{"2018年3月5日", false},
		{"２０１８年３月５日", false},
		{"2018-03-05 09:30", false},
		{"2018-02-30", false},
		{"1e30", true},
	}
	for _, s := range seeds {
		f.Add(s.value, s.number)
	}
	f.Fuzz(func(t *testing.T, value string, number bool) {
		date, err := parseDate(cellOf(value, number))
		if err != nil {
			return
		}

		text := date.Format(time.DateOnly)
		again, err := parseDate(cellOf(text, false))
		if err != nil || !again.Equal(date) {
			t.Errorf("parseDate(%q) = %s, which reads back as %s, %v", value, text, again, err)
		}
	})
}

func FuzzParseID(f *testing.F) {
	seeds := []struct {
		value, format string
		number        bool
	}{
		{"2001", "", false},
		{"12", "0000", true},
		{"２００２", "", false},
		{"2003\u00a0", "", false},
		{"\u30002004", "", false},
		{"3.20684199001011E+17", "", true},
		{"3206841990010112", "", true},
		{"2001.5", "", true},
		{"2001.0", "0", true},
	}
	for _, s := range seeds {
		f.Add(s.value, s.format, s.number)
	}
	f.Fuzz(func(t *testing.T, value, format string, number bool) {
		c := cellOf(value, number)
		c.Format = format
		id, err := parseID(c)
		if err != nil {
			return
		}

		if strings.TrimSpace(id) != id {
			t.Errorf("parseID(%q) = %q, which has spaces at an end", value, id)
		}
		if rules.Fold(id) != id {
			t.Errorf("parseID(%q) = %q, which folding changes to %q", value, id, rules.Fold(id))
		}
	})
}

// FuzzHeader reads fuzzed CSV text as a roster, which exercises the header
// search, the column matching and the per-row checks.
func FuzzHeader(f *testing.F) {
	seeds := []string{
		"工号,姓名,岗位,状态\n2001,李晓梅,受理岗,在岗\n",
		"花名册,,\n制表日期：2018年3月1日,,\n工号,姓名,岗位\n2001,李晓梅,受理岗\n",
		"工号,姓名,岗位,员工编号\n2001,李晓梅,受理岗,2001\n",
		"工\u3000号,姓 名,\"岗\n位\",状态\n２００１,李晓梅,受理岗,在岗\n",
		"\ufeff人员编号,名字,岗位名称\n=\"0012\",张丽华,受理岗\n,,\n",
		"工号\t姓名\t岗位\n2001\t李晓梅\t受理岗\n",
		"工号,姓名,岗位\n2001,李晓梅,受理岗\n2001,张丽华,受理岗\n3.2E+17,刘芳,派遣岗\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	all, err := rules.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	r, err := rules.InForce(all, month.Month{Year: 2018, Month: 3})
	if err != nil {
		f.Fatal(err)
	}

	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "花名册.csv")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		roster, warnings, problems := ReadRoster(path, r, Options{})

		for _, p := range problems {
			if p.Where.File != path {
				t.Errorf("problem %q is in file %q, want %q", p.Message, p.Where.File, path)
			}
		}
		for _, w := range warnings {
			if w.Where.File != path {
				t.Errorf("warning %q is in file %q, want %q", w.Detail, w.Where.File, path)
			}
		}
		seen := map[string]bool{}
		for _, p := range roster.People {
			if p.ID == "" || p.Name == "" || p.Role == nil || p.Where.Row < 2 {
				t.Errorf("incomplete person %+v", p)
			}
			if seen[p.ID] {
				t.Errorf("工号 %q read twice", p.ID)
			}
			seen[p.ID] = true
		}
	})
}

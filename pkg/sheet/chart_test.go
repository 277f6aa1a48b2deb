package sheet

import (
	"archive/zip"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestWriteLineChart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chart.xlsx")
	table := OutTable{
		Name:   "扣分走势",
		Header: []string{"月份", "李晓梅（2001）", "10 分线"},
		Chart:  &LineChart{Title: "每月扣分", YTitle: "扣分", LimitLast: true},
	}
	for _, m := range []string{"2018-03", "2018-04", "2018-05"} {
		table.Rows = append(table.Rows, []OutCell{
			TextCell(m), NumberCell(decimal.NewFromInt(12)), NumberCell(decimal.NewFromInt(10)),
		})
	}
	if err := Write(path, []OutTable{table}); err != nil {
		t.Fatal(err)
	}

	chart := zipEntry(t, path, "xl/charts/chart1.xml")
	for _, want := range []string{
		"<lineChart>",
		"&#39;扣分走势&#39;!$A$2:$A$4",
		"&#39;扣分走势&#39;!$B$2:$B$4",
		"&#39;扣分走势&#39;!$C$2:$C$4",
		"&#39;扣分走势&#39;!$C$1",
		"每月扣分",
		`<a:prstDash val="dash">`,
		`<a:srgbClr val="C00000">`,
	} {
		if !strings.Contains(chart, want) {
			t.Errorf("chart XML lacks %q", want)
		}
	}
}

// zipEntry returns the content of one file inside the workbook at path.
func zipEntry(t *testing.T, path, name string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name != name {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		data, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	t.Fatalf("%s has no %s", path, name)
	return ""
}

package run

import (
	"archive/zip"
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/workspace"
)

// writeTicketExport writes a per-ticket export of rows rows (日期, 工号, 姓名,
// 岗位; no 工作量 column, so each row counts 1) for the generated roster's
// front-line people, as .csv or as a minimal .xlsx with inline strings.
func writeTicketExport(b *testing.B, path string, rows int) {
	b.Helper()
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()

	var people []string
	id := 1000
	for _, p := range benchPosts {
		for range p.count {
			id++
			if p.post != "" {
				people = append(people, fmt.Sprintf("%d,员工%d,%s", id, id, p.post))
			}
		}
	}
	row := func(i int) []string {
		return append([]string{fmt.Sprintf("2018-03-%02d", 1+i%28)},
			strings.Split(people[i%len(people)], ",")...)
	}
	header := []string{"日期", "工号", "姓名", "岗位"}

	if strings.HasSuffix(path, ".csv") {
		w := bufio.NewWriter(f)
		fmt.Fprintln(w, strings.Join(header, ","))
		for i := range rows {
			fmt.Fprintln(w, strings.Join(row(i), ","))
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
		return
	}
	writeMinimalXLSX(b, f, header, rows, row)
}

// writeMinimalXLSX writes a one-sheet workbook with only the parts a
// reader needs, streaming the rows as inline strings and numbers.
func writeMinimalXLSX(b *testing.B, f *os.File, header []string, rows int, row func(int) []string) {
	b.Helper()
	z := zip.NewWriter(f)
	part := func(name, content string) {
		w, err := z.Create(name)
		if err != nil {
			b.Fatal(err)
		}
		fmt.Fprint(w, content)
	}
	part("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)
	part("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	part("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	part("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)

	w, err := z.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		b.Fatal(err)
	}
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	writeRow := func(n int, cells []string) {
		fmt.Fprintf(bw, `<row r="%d">`, n)
		for _, c := range cells {
			if c != "" && strings.Trim(c, "0123456789") == "" {
				fmt.Fprintf(bw, `<c><v>%s</v></c>`, c)
			} else {
				fmt.Fprintf(bw, `<c t="inlineStr"><is><t>%s</t></is></c>`, c)
			}
		}
		fmt.Fprint(bw, `</row>`)
	}
	writeRow(1, header)
	for i := range rows {
		writeRow(i+2, row(i))
	}
	fmt.Fprint(bw, `</sheetData></worksheet>`)
	if err := bw.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := z.Close(); err != nil {
		b.Fatal(err)
	}
}

// peakHeap samples HeapInuse until stop is closed and returns the largest.
func peakHeap(stop <-chan struct{}) <-chan uint64 {
	out := make(chan uint64, 1)
	go func() {
		var peak atomic.Uint64
		var m runtime.MemStats
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				out <- peak.Load()
				return
			case <-tick.C:
			}
		}
	}()
	return out
}

// benchmarkLargeExport computes a 300-person month whose workload export
// has rows per-ticket rows. KAOHE_BENCH_DIR, when set, keeps the generated
// workspace there, for timing the kaohe binary on it.
func benchmarkLargeExport(b *testing.B, rows int, ext string) {
	dir := os.Getenv("KAOHE_BENCH_DIR")
	if dir == "" {
		dir = b.TempDir()
	} else {
		dir = filepath.Join(dir, fmt.Sprintf("%d%s", rows, strings.ReplaceAll(ext, ".", "-")))
	}
	m := month.Month{Year: 2018, Month: 3}
	writeBenchWorkspace(b, dir, m, 1, ".csv")
	folder := filepath.Join(dir, m.String())
	os.Remove(filepath.Join(folder, "工作量.csv"))
	writeTicketExport(b, filepath.Join(folder, "工作量"+ext), rows)
	ws, err := workspace.Open(dir)
	if err != nil {
		b.Fatal(err)
	}

	runtime.GC()
	b.ResetTimer()
	var peak uint64
	for b.Loop() {
		stop := make(chan struct{})
		sampled := peakHeap(stop)
		got, err := Compute(ws, m, Options{})
		close(stop)
		peak = max(peak, <-sampled)
		if err != nil {
			b.Fatal(err)
		}
		if got.Result.Posts[1].Total.IntPart() == 0 {
			b.Fatal("no 受理 workload read")
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

func BenchmarkLargeExport100kCSV(b *testing.B)  { benchmarkLargeExport(b, 100_000, ".csv") }
func BenchmarkLargeExport100kXLSX(b *testing.B) { benchmarkLargeExport(b, 100_000, ".xlsx") }
func BenchmarkLargeExport1MCSV(b *testing.B)    { benchmarkLargeExport(b, 1_000_000, ".csv") }
func BenchmarkLargeExport1MXLSX(b *testing.B)   { benchmarkLargeExport(b, 1_000_000, ".xlsx") }

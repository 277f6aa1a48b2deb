package sheet

import (
	"archive/zip"
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// benchSizes are the row counts of the generated exports.
var benchSizes = []struct {
	name string
	rows int
}{
	{"100k", 100_000},
	{"1M", 1_000_000},
}

// BenchmarkScanXLSX scans per-ticket exports of 5 columns written by
// excelize's StreamWriter, which stores text as inline strings.
func BenchmarkScanXLSX(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "export.xlsx")
			writeExportXLSX(b, path, size.rows)
			benchmarkScan(b, path, "Sheet1", size.rows)
		})
	}
}

// BenchmarkScanCSV scans the same exports saved as UTF-8 CSV.
func BenchmarkScanCSV(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "export.csv")
			writeExportCSV(b, path, size.rows)
			benchmarkScan(b, path, "", size.rows)
		})
	}
}

// BenchmarkUnzipSheet only unpacks the worksheet part of the exports of
// BenchmarkScanXLSX, the floor for any reader of the part.
func BenchmarkUnzipSheet(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "export.xlsx")
			writeExportXLSX(b, path, size.rows)
			var size int64
			for b.Loop() {
				size = unzipPart(b, path, "xl/worksheets/sheet1.xml")
			}
			b.ReportMetric(float64(size)/(1<<20), "part-MB")
		})
	}
}

// benchmarkScan opens and scans a sheet, and reports the peak heap in use,
// sampled every 10,000 rows. It first collects the garbage that writing the
// file left, which would count otherwise. The second collection frees what
// waited for finalizers in the first.
func benchmarkScan(b *testing.B, path, sheet string, rows int) {
	runtime.GC()
	runtime.GC()
	var peak uint64
	var stats runtime.MemStats
	sample := func() {
		runtime.ReadMemStats(&stats)
		peak = max(peak, stats.HeapInuse)
	}

	for b.Loop() {
		book, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		count := 0
		err = book.Scan(sheet, func(Row) error {
			count++
			if count%10_000 == 0 {
				sample()
			}
			return nil
		})
		sample()
		book.Close()
		if err != nil {
			b.Fatal(err)
		}
		if count != rows+1 {
			b.Fatalf("got %d rows, want %d and the header", count, rows)
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// exportRow returns row i of a generated export: a date serial number, an
// employee id, a name, a post and a workload. 5,000 people appear in turn.
func exportRow(i int) (date int, id, name, post, workload string) {
	person := i % 5000
	return 45413 + i%31, fmt.Sprintf("%06d", 100000+person), "员工" + strconv.Itoa(person),
		[]string{"话务员", "班长", "质检"}[person%3], strconv.Itoa(i%40) + ".5"
}

var exportHeader = []any{"日期", "工号", "姓名", "岗位", "工作量"}

func writeExportXLSX(b *testing.B, path string, rows int) {
	b.Helper()
	f := excelize.NewFile()
	defer f.Close()
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd")})
	must(b, err)
	sw, err := f.NewStreamWriter("Sheet1")
	must(b, err)

	must(b, sw.SetRow("A1", exportHeader))
	values := make([]any, 5)
	for i := range rows {
		date, id, name, post, workload := exportRow(i)
		values[0] = excelize.Cell{StyleID: dateStyle, Value: date}
		values[1], values[2], values[3] = id, name, post
		values[4], err = strconv.ParseFloat(workload, 64)
		must(b, err)
		ref, err := excelize.CoordinatesToCellName(1, i+2)
		must(b, err)
		must(b, sw.SetRow(ref, values))
	}
	must(b, sw.Flush())
	must(b, f.SaveAs(path))
}

func writeExportCSV(b *testing.B, path string, rows int) {
	b.Helper()
	file, err := os.Create(path)
	must(b, err)
	defer file.Close()
	buffered := bufio.NewWriter(file)
	w := csv.NewWriter(buffered)

	must(b, w.Write([]string{"日期", "工号", "姓名", "岗位", "工作量"}))
	for i := range rows {
		date, id, name, post, workload := exportRow(i)
		day := fmt.Sprintf("2024-05-%02d", date-45413+1)
		must(b, w.Write([]string{day, id, name, post, workload}))
	}
	w.Flush()
	must(b, w.Error())
	must(b, buffered.Flush())
}

// unzipPart unpacks one part of a zip file to io.Discard and returns its
// size.
func unzipPart(b *testing.B, path, name string) int64 {
	archive, err := zip.OpenReader(path)
	must(b, err)
	defer archive.Close()
	part, err := archive.Open(name)
	must(b, err)
	defer part.Close()
	size, err := io.Copy(io.Discard, part)
	must(b, err)
	return size
}

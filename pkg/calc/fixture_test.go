package calc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
	"github.com/shopspring/decimal"
)

// Headers of the test inputs. The log's columns are 日期 A, 工号 B, 项目 C,
// 次数 D, 数量 E, 分值 F and 岗位 G.
const (
	rosterHeader  = "工号,姓名,岗位,状态"
	datedHeader   = "日期,工号,岗位,工作量"
	undatedHeader = "工号,岗位,工作量"
	logHeader     = "日期,工号,项目,次数,数量,分值,岗位"
)

// monthCSV is a month's three inputs as CSV lines, headers included.
type monthCSV struct {
	roster   []string
	workload []string
	log      []string
}

// write writes the three files as CSV into a new temporary directory.
func (m monthCSV) write(t *testing.T) input.Paths {
	t.Helper()
	dir := t.TempDir()
	paths := input.Paths{
		Roster:   filepath.Join(dir, "花名册.csv"),
		Workload: filepath.Join(dir, "工作量.csv"),
		Log:      filepath.Join(dir, "扣分登记.csv"),
	}
	writeLines(t, paths.Roster, m.roster)
	writeLines(t, paths.Workload, m.workload)
	writeLines(t, paths.Log, m.log)
	return paths
}

func writeLines(t *testing.T, path string, lines []string) {
	t.Helper()
	data := strings.Join(lines, "\n") + "\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// computePaths reads the files at paths and computes the month, failing the
// test on any problem.
func computePaths(t *testing.T, paths input.Paths) *Result {
	t.Helper()
	res, err := tryCompute(t, paths)
	if err != nil {
		t.Fatalf("Compute: %v", err)
	}
	return res
}

// tryCompute reads the files at paths, failing the test on input problems,
// and returns what Compute returns.
func tryCompute(t *testing.T, paths input.Paths) (*Result, error) {
	t.Helper()
	r := haimen(t)
	in, err := input.Read(paths, r, march, input.Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return Compute(in, r)
}

// compute writes the month's files and computes it.
func (m monthCSV) compute(t *testing.T) *Result {
	t.Helper()
	return computePaths(t, m.write(t))
}

// withLog returns a copy of m whose log is the header and rows.
func (m monthCSV) withLog(rows ...string) monthCSV {
	m.log = append([]string{logHeader}, rows...)
	return m
}

func dec(s string) decimal.Decimal {
	return decimal.RequireFromString(s)
}

// lineOf returns p's line in post.
func lineOf(t *testing.T, p *Person, post string) *Line {
	t.Helper()
	if l := p.line(post); l != nil {
		return l
	}
	t.Fatalf("%s has no line in %s", p.ID, post)
	return nil
}

// applied returns the applications of log rows with item code for person id,
// in log order.
func applied(res *Result, id, code string) []*Application {
	var found []*Application
	for _, a := range res.Applications {
		if a.Entry != nil && a.Person.ID == id && a.Entry.Item.Code == code {
			found = append(found, a)
		}
	}
	return found
}

// attendanceTotal returns the attendance total application of person id,
// or nil.
func attendanceTotal(res *Result, id string) *Application {
	for _, a := range res.Applications {
		if a.Entry == nil && a.Person.ID == id {
			return a
		}
	}
	return nil
}

// warningsOf returns the result's warnings of kind.
func warningsOf(res *Result, kind diag.Kind) []diag.Warning {
	var found []diag.Warning
	for _, w := range res.Warnings {
		if w.Kind == kind {
			found = append(found, w)
		}
	}
	return found
}

// dataWarningsWith returns the data warnings whose detail contains text.
func dataWarningsWith(res *Result, text string) []diag.Warning {
	var found []diag.Warning
	for _, w := range warningsOf(res, diag.KindData) {
		if strings.Contains(w.Detail, text) {
			found = append(found, w)
		}
	}
	return found
}

// postResult returns the result of the post named name.
func postResult(t *testing.T, res *Result, name string) *PostResult {
	t.Helper()
	for _, pr := range res.Posts {
		if pr.Post.Name == name {
			return pr
		}
	}
	t.Fatalf("post %s not in result", name)
	return nil
}

// checkDecimal reports an error when the decimal value called name is not
// want.
func checkDecimal(t *testing.T, name string, got decimal.Decimal, want string) {
	t.Helper()
	if !got.Equal(dec(want)) {
		t.Errorf("%s = %s, want %s", name, got, want)
	}
}

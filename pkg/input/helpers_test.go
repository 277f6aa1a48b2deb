package input_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/rules"
)

var march = month.Month{Year: 2018, Month: 3}

// Headers of the test inputs. The roster's columns are 工号 A, 姓名 B,
// 岗位 C and 状态 D. The export's are 日期 A, 工号 B, 姓名 C, 岗位 D and
// 工作量 E. The log's are 日期 A, 工号 B, 姓名 C, 项目 D, 次数 E, 数量 F,
// 分值 G, 岗位 H and 备注 I.
const (
	rosterHeader   = "工号,姓名,岗位,状态"
	workloadHeader = "日期,工号,姓名,岗位,工作量"
	logHeader      = "日期,工号,姓名,项目,次数,数量,分值,岗位,备注"
)

// Valid inputs that tests replace one at a time.
var (
	goodRoster = []string{
		rosterHeader,
		"2001,李晓梅,受理岗,在岗",
		"3001,孙志强,派遣岗,在岗",
	}
	goodWorkload = []string{
		workloadHeader,
		"2018-03-01,2001,李晓梅,受理,600",
		"2018-03-01,3001,孙志强,派遣,900",
	}
	goodLog = []string{
		logHeader,
		"2018-03-05,2001,李晓梅,纪律-2,,,,,未统一着装",
	}
)

func haimen(t *testing.T) *rules.Rules {
	t.Helper()
	all, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r, err := rules.InForce(all, march)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// csvBytes joins lines into the content of a CSV file.
func csvBytes(lines ...string) []byte {
	return []byte(strings.Join(lines, "\n") + "\n")
}

// writeFile writes data to name in dir and returns the path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// monthLines is a month's three inputs as CSV lines; a nil field takes the
// valid input of that file.
type monthLines struct {
	roster, workload, log []string
}

// write writes the three files as CSV into a new temporary directory.
func (m monthLines) write(t *testing.T) input.Paths {
	t.Helper()
	dir := t.TempDir()
	pick := func(lines, good []string) []string {
		if lines == nil {
			return good
		}
		return lines
	}
	return input.Paths{
		Roster:   writeFile(t, dir, "花名册.csv", csvBytes(pick(m.roster, goodRoster)...)),
		Workload: writeFile(t, dir, "工作量.csv", csvBytes(pick(m.workload, goodWorkload)...)),
		Log:      writeFile(t, dir, "扣分登记.csv", csvBytes(pick(m.log, goodLog)...)),
	}
}

// read writes the files and reads them, failing the test on any problem.
func (m monthLines) read(t *testing.T) *input.Month {
	t.Helper()
	in, err := input.Read(m.write(t), haimen(t), march, input.Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return in
}

// problemsOf returns the problems in err, failing the test when it has none.
func problemsOf(t *testing.T, err error) diag.Problems {
	t.Helper()
	ps := diag.AsProblems(err)
	if len(ps) == 0 {
		t.Fatalf("got error %v, want located problems", err)
	}
	return ps
}

package input_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
)

// messyDir contains the messy input fixtures that make_fixtures.py writes.
const messyDir = "../../testdata/messy"

// located is an expected problem or warning: its place in the file and a
// part of its message.
type located struct {
	sheet    string
	row, col int
	message  string
}

func (l located) String() string {
	return fmt.Sprintf("%s R%dC%d %s", l.sheet, l.row, l.col, l.message)
}

// fixtureCase is one messy fixture read by one of the input readers. The
// records are in the form that read returns, such as "r7 2001 李晓梅 受理岗 在岗".
type fixtureCase struct {
	file     string
	read     readFunc
	records  []string
	problems []located
	warnings []located
}

// readFunc reads the file at path and returns its records as text.
type readFunc func(t *testing.T, path string) ([]string, []diag.Warning, diag.Problems)

func readRoster(t *testing.T, path string) ([]string, []diag.Warning, diag.Problems) {
	roster, ws, ps := input.ReadRoster(path, haimen(t), input.Options{})
	var records []string
	for _, p := range roster.People {
		records = append(records, fmt.Sprintf("r%d %s %s %s %s",
			p.Where.Row, p.ID, p.Name, p.Role.Name, p.Status))
	}
	return records, ws, ps
}

func readWorkload(t *testing.T, path string) ([]string, []diag.Warning, diag.Problems) {
	export, ws, ps := input.ReadWorkload(path, haimen(t), march, input.Options{})
	var records []string
	for _, r := range export.Rows {
		records = append(records, fmt.Sprintf("r%d %s %s %s %s",
			r.Where.Row, r.Date.Format("2006-01-02"), r.ID, r.Post, r.Amount))
	}
	return records, ws, ps
}

func readLog(t *testing.T, path string) ([]string, []diag.Warning, diag.Problems) {
	log, ws, ps := input.ReadLog(path, haimen(t), march, input.Options{})
	var records []string
	for _, e := range log.Entries {
		record := fmt.Sprintf("r%d %s %s %s",
			e.Where.Row, e.Date.Format("2006-01-02"), e.ID, e.Item.Code)
		if e.HasQuantity {
			record += " 数量 " + e.Quantity.String()
		}
		records = append(records, record)
	}
	return records, ws, ps
}

// checkFixture reads the case's file and compares the records, problems
// and warnings with the expected ones.
func checkFixture(t *testing.T, c fixtureCase) {
	t.Helper()
	path := filepath.Join(messyDir, c.file)
	records, ws, ps := c.read(t, path)

	checkRecords(t, records, c.records)

	var gotProblems []located
	for _, p := range ps {
		if p.Where.File != path {
			t.Errorf("problem %q is in file %q, want %q", p.Message, p.Where.File, path)
		}
		gotProblems = append(gotProblems, locate(p.Where, p.Message))
	}
	checkLocated(t, "problem", gotProblems, c.problems)

	var gotWarnings []located
	for _, w := range ws {
		if w.Where.File != path {
			t.Errorf("warning %q is in file %q, want %q", w.Detail, w.Where.File, path)
		}
		gotWarnings = append(gotWarnings, locate(w.Where, w.Detail))
	}
	checkLocated(t, "warning", gotWarnings, c.warnings)
}

func locate(where diag.Location, message string) located {
	return located{sheet: where.Sheet, row: where.Row, col: where.Col, message: message}
}

func checkRecords(t *testing.T, got, want []string) {
	t.Helper()
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("record %d: got %q, want %q", i+1, g, w)
		}
	}
}

// checkLocated checks that every expected item is in got at its place, and
// that got has nothing more.
func checkLocated(t *testing.T, kind string, got, want []located) {
	t.Helper()
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for i, g := range got {
			same := g.sheet == w.sheet && g.row == w.row && g.col == w.col
			if !used[i] && same && strings.Contains(g.message, w.message) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("missing %s %q", kind, w)
		}
	}
	for i, g := range got {
		if !used[i] {
			t.Errorf("unexpected %s %q", kind, g)
		}
	}
}

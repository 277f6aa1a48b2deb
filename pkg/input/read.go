package input

import (
	"slices"
	"sort"
	"strings"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// Options are the choices of how inputs are read.
type Options struct {
	// Sheet is passed to the spreadsheet reader.
	Sheet sheet.Options
	// Aliases adds header names: each key is a column's standard header,
	// such as 工号, and its values are more names for that column.
	Aliases map[string][]string
	// SheetNames names the sheet to read for an input kind ("roster",
	// "workload" or "deductions") instead of finding it by its header.
	SheetNames map[string]string
}

// Paths names a month's three input files.
type Paths struct {
	Roster   string
	Workload string
	Log      string
}

// Month is a month's inputs as typed records.
type Month struct {
	Month    month.Month
	Roster   *Roster
	Workload *WorkloadExport
	Log      *Log
	// Warnings are input problems that did not stop the reading, such as a
	// date outside the month.
	Warnings []diag.Warning
}

// Read reads the three inputs of month m. Every problem in any of them is
// returned together as diag.Problems, sorted by file and row. The Month
// returned with problems holds only the warnings found on the way.
func Read(paths Paths, r *rules.Rules, m month.Month, opts Options) (*Month, error) {
	in := &Month{Month: m}
	ps := checkOptions(opts)

	roster, rosterWs, rosterPs := ReadRoster(paths.Roster, r, opts)
	export, exportWs, exportPs := ReadWorkload(paths.Workload, r, m, opts)
	log, logWs, logPs := ReadLog(paths.Log, r, m, opts)
	ps = append(append(append(ps, rosterPs...), exportPs...), logPs...)
	if len(rosterPs) == 0 && len(roster.People) == 0 {
		ps.Add(diag.Location{File: paths.Roster}, "花名册中没有任何人员，请填入本月的人员")
	}
	in.Warnings = append(append(rosterWs, exportWs...), logWs...)
	if err := ps.Err(); err != nil {
		return &Month{Month: m, Warnings: in.Warnings}, err
	}

	in.Roster, in.Workload, in.Log = roster, export, log
	return in, nil
}

// inputKinds are the keys of Options.SheetNames.
var inputKinds = []string{"roster", "workload", "deductions"}

// checkOptions reports aliases and sheet names given for columns or inputs
// kaohe does not know, which would otherwise be ignored without a word.
func checkOptions(opts Options) diag.Problems {
	known := map[string]bool{}
	for _, cols := range [][]column{rosterColumns, workloadColumns, logColumns} {
		for _, c := range cols {
			known[c.names[0]] = true
		}
	}
	var names []string
	for name := range known {
		names = append(names, name)
	}
	sort.Strings(names)

	var ps diag.Problems
	for key := range opts.Aliases {
		if !known[key] {
			ps.Add(diag.Location{File: "kaohe.yaml", Key: "columns." + key},
				"columns 中的“%s”不是 kaohe 的列名，应为 %s 之一", key, strings.Join(names, "、"))
		}
	}
	for key := range opts.SheetNames {
		if !slices.Contains(inputKinds, key) {
			ps.Add(diag.Location{File: "kaohe.yaml", Key: "sheets." + key},
				"sheets 中的“%s”不是输入的名称，应为 %s 之一", key, strings.Join(inputKinds, "、"))
		}
	}
	return ps
}

// Package run ties the steps of kaohe together for one month: find the
// month's files in the workspace, choose the rules in force, read the
// inputs and compute the result. Commands call it; it writes nothing.
package run

import (
	"fmt"
	"os"
	"time"

	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/history"
	"github.com/kaohe/kaohe/pkg/input"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/provenance"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/sheet"
	"github.com/kaohe/kaohe/pkg/workspace"
)

// Options are the choices of a run that are not in the workspace.
type Options struct {
	// Rules is a rule file or a folder of rule files that overrides the
	// workspace's kaohe.yaml and the built-in rules; "" for neither.
	Rules string
	// Password opens encrypted input workbooks.
	Password string
	// Progress, when set, receives the progress of reading each input.
	Progress func(sheet.Progress)
}

// Month is one month read and computed. Inputs are the three input files
// with their sizes and hashes, taken when the month was read.
type Month struct {
	Files  *workspace.Files
	Rules  *rules.Rules
	Input  *input.Month
	Result *calc.Result
	Inputs []provenance.File
}

// Provenance returns the record of where the month's figures came from,
// for a run of kaohe version at time now.
func (m *Month) Provenance(version string, now time.Time) provenance.Record {
	return provenance.Record{
		Month:      m.Result.Month,
		RulesTitle: m.Rules.Title,
		Rules: provenance.File{
			Role: "规则", Name: m.Rules.Source, Size: m.Rules.Size, SHA256: m.Rules.SHA256,
		},
		Inputs:      m.Inputs,
		Version:     version,
		GeneratedAt: now,
	}
}

// hashInputs returns the month's input files with their sizes and hashes.
func hashInputs(files *workspace.Files) ([]provenance.File, error) {
	var out []provenance.File
	for _, f := range []struct{ role, path string }{
		{"花名册", files.Roster}, {"工作量", files.Workload}, {"扣分登记", files.Log},
	} {
		h, err := provenance.Hash(f.role, f.path)
		if err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, nil
}

// Compute reads and computes month m of the workspace ws. When the inputs
// have problems, the Month returned with the error holds the input
// warnings found on the way, for listing beside the problems. A month before
// every rule file is an error wrapping rules.ErrNotInForce, and a month
// without a folder one wrapping workspace.ErrMonthMissing.
func Compute(ws *workspace.Workspace, m month.Month, opts Options) (*Month, error) {
	r, err := SelectRules(ws, m, opts.Rules)
	if err != nil {
		return nil, err
	}
	files, err := ws.Find(m)
	if err != nil {
		return nil, err
	}

	paths := input.Paths{Roster: files.Roster, Workload: files.Workload, Log: files.Log}
	in, err := input.Read(paths, r, m, input.Options{
		Sheet:      sheet.Options{Password: opts.Password, Progress: opts.Progress},
		Aliases:    ws.Config.Columns,
		SheetNames: ws.Config.Sheets,
	})
	if err != nil {
		return &Month{Files: files, Rules: r, Input: in}, err
	}
	res, err := calc.Compute(in, r)
	if err != nil {
		return nil, err
	}
	hashes, err := hashInputs(files)
	if err != nil {
		return nil, err
	}
	return &Month{Files: files, Rules: r, Input: in, Result: res, Inputs: hashes}, nil
}

// SelectRules returns the rules in force for month m: from override if
// given, else from the workspace's kaohe.yaml, else the built-in rules.
// Each of these may be a file or a folder of files.
func SelectRules(ws *workspace.Workspace, m month.Month, override string) (*rules.Rules, error) {
	path := override
	if path == "" {
		path = ws.RulesPath()
	}
	if path == "" {
		all, err := rules.Builtin()
		if err != nil {
			return nil, err
		}
		return rules.InForce(all, m)
	}

	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("找不到规则文件或文件夹 %s，请检查路径", path)
	}
	var all []*rules.Rules
	if info.IsDir() {
		all, err = rules.LoadAll(os.DirFS(path))
	} else {
		var r *rules.Rules
		r, err = rules.LoadFile(path)
		all = []*rules.Rules{r}
	}
	if err != nil {
		return nil, err
	}
	return rules.InForce(all, m)
}

// History returns a history of the workspace whose months are computed as
// Compute computes them.
func History(ws *workspace.Workspace, opts Options) *history.History {
	return history.New(func(m month.Month) (*calc.Result, error) {
		got, err := Compute(ws, m, opts)
		if err != nil {
			return nil, err
		}
		return got.Result, nil
	})
}

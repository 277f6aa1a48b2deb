package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	embedded "github.com/kaohe/kaohe/rules"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/month"
)

// LoadFile reads and validates the rule file at path.
func LoadFile(path string) (*Rules, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("找不到规则文件 %s，请检查路径", path)
	}
	if err != nil {
		return nil, fmt.Errorf("无法读取规则文件 %s：%w", path, err)
	}
	return Parse(filepath.Base(path), data)
}

// LoadAll reads and validates every *.yaml and *.yml file of fsys, in name
// order. It reports the problems of all files together, and two files that
// take effect in the same month as a problem, since either could apply.
func LoadAll(fsys fs.FS) ([]*Rules, error) {
	names, err := ruleFileNames(fsys)
	if err != nil {
		return nil, err
	}

	var all []*Rules
	var errs []error
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("无法读取规则文件 %s：%w", name, err))
			continue
		}
		r, err := Parse(name, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		all = append(all, r)
	}

	if len(errs) > 0 {
		return nil, joinProblems(errs)
	}
	return all, sameMonth(all)
}

// ruleFileNames returns the names of the YAML files of fsys in name order,
// or an error when there are none.
func ruleFileNames(fsys fs.FS) ([]string, error) {
	var names []string
	for _, pattern := range []string{"*.yaml", "*.yml"} {
		found, err := fs.Glob(fsys, pattern)
		if err != nil {
			return nil, err
		}
		names = append(names, found...)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("规则文件夹中没有 .yaml 规则文件")
	}
	sort.Strings(names)
	return names, nil
}

// sameMonth reports rule files that take effect in the same month.
func sameMonth(all []*Rules) error {
	var ps diag.Problems
	first := map[month.Month]*Rules{}
	for _, r := range all {
		if prev, dup := first[r.EffectiveFrom]; dup {
			ps.Add(diag.Location{File: r.Source, Key: "effective_from"},
				"与 %s 都自 %s 起适用，无法确定用哪一个。请改正其中一个的 effective_from，或删去旧的文件",
				prev.Source, r.EffectiveFrom)
			continue
		}
		first[r.EffectiveFrom] = r
	}
	return ps.Err()
}

// Builtin returns the rule files embedded in kaohe.
func Builtin() ([]*Rules, error) {
	return LoadAll(embedded.Files)
}

// ErrNotInForce is wrapped by InForce's error when no rule file applies to
// the month.
var ErrNotInForce = errors.New("no rules in force")

// InForce returns the rules with the latest EffectiveFrom not after m. It is
// an error wrapping ErrNotInForce when every file starts after m.
func InForce(all []*Rules, m month.Month) (*Rules, error) {
	sorted := append([]*Rules(nil), all...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return sorted[i].EffectiveFrom.Before(sorted[j].EffectiveFrom)
	})
	var found *Rules
	for _, r := range sorted {
		if !m.Before(r.EffectiveFrom) {
			found = r
		}
	}
	if found == nil {
		first := "（无规则文件）"
		if len(sorted) > 0 {
			first = sorted[0].EffectiveFrom.String()
		}
		return nil, &notInForce{month: m, first: first}
	}
	return found, nil
}

type notInForce struct {
	month month.Month
	first string
}

func (e *notInForce) Error() string {
	return fmt.Sprintf("%s 早于所有规则文件的生效月份（最早为 %s），无法计算", e.month, e.first)
}

func (e *notInForce) Unwrap() error { return ErrNotInForce }

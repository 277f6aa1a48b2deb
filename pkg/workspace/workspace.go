package workspace

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/month"
	"go.yaml.in/yaml/v3"
)

// ErrMonthMissing is the cause of Find's error when the workspace has no
// folder for the month.
var ErrMonthMissing = errors.New("month folder missing")

// ConfigName is the optional configuration file at a workspace's root.
const ConfigName = "kaohe.yaml"

// Config is the content of kaohe.yaml. Every field is optional. File names
// are looked up in the month folder, with or without an extension; Rules is
// a rule file or a folder of rule files, relative to the workspace root.
//
// Columns adds header names: each key is a column's standard header, such
// as 工号, and its values are other names a file may use for it. Sheets
// names the sheet to read for roster, workload or deductions, where a
// workbook has several.
type Config struct {
	Roster     string              `yaml:"roster"`
	Workload   string              `yaml:"workload"`
	Deductions string              `yaml:"deductions"`
	Rules      string              `yaml:"rules"`
	Columns    map[string][]string `yaml:"columns"`
	Sheets     map[string]string   `yaml:"sheets"`
}

// Workspace is a folder of month subfolders.
type Workspace struct {
	Dir    string
	Config Config
}

// Files are the paths of one month's three inputs.
type Files struct {
	Month    month.Month
	Dir      string
	Roster   string
	Workload string
	Log      string
}

// Input kinds with their default base names, Chinese first.
var defaultNames = map[string][]string{
	"roster":     {"花名册", "roster"},
	"workload":   {"工作量", "workload"},
	"deductions": {"扣分登记", "deductions"},
}

// inputLabels name each input in messages.
var inputLabels = map[string]string{
	"roster":     "花名册",
	"workload":   "工作量",
	"deductions": "扣分登记",
}

// extensions are the input formats, in order of preference.
var extensions = []string{".xlsx", ".csv"}

// Open reads the workspace at dir and its kaohe.yaml, if any.
func Open(dir string) (*Workspace, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return nil, fmt.Errorf("工作目录 %s 不存在或不是文件夹", dir)
	}
	ws := &Workspace{Dir: dir}

	path := filepath.Join(dir, ConfigName)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return ws, nil
	}
	if err != nil {
		return nil, fmt.Errorf("无法读取 %s：%w", path, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	// io.EOF is an empty file, which sets nothing.
	if err := dec.Decode(&ws.Config); err != nil && !errors.Is(err, io.EOF) {
		return nil, configProblem(path, err)
	}
	return ws, nil
}

// RulesPath returns the rules file or folder named in kaohe.yaml, relative
// to the workspace root, or "" when none is named.
func (ws *Workspace) RulesPath() string {
	if ws.Config.Rules == "" {
		return ""
	}
	if filepath.IsAbs(ws.Config.Rules) {
		return ws.Config.Rules
	}
	return filepath.Join(ws.Dir, ws.Config.Rules)
}

// MonthDir returns the folder of month m.
func (ws *Workspace) MonthDir(m month.Month) string {
	return filepath.Join(ws.Dir, m.String())
}

// HasMonth reports whether the folder of month m exists.
func (ws *Workspace) HasMonth(m month.Month) bool {
	info, err := os.Stat(ws.MonthDir(m))
	return err == nil && info.IsDir()
}

// Find returns the three inputs of month m. A missing folder, a missing
// input and an input present in two formats are all reported together.
func (ws *Workspace) Find(m month.Month) (*Files, error) {
	dir := ws.MonthDir(m)
	if !ws.HasMonth(m) {
		p := diag.Errorf(diag.Location{File: dir},
			"找不到 %s 的月份文件夹，请在工作目录下建立 %s 文件夹并放入花名册、工作量和扣分登记", m, m)
		p.Err = ErrMonthMissing
		return nil, p
	}

	f := &Files{Month: m, Dir: dir}
	var ps diag.Problems
	f.Roster = ws.findInput(dir, "roster", ws.Config.Roster, &ps)
	f.Workload = ws.findInput(dir, "workload", ws.Config.Workload, &ps)
	f.Log = ws.findInput(dir, "deductions", ws.Config.Deductions, &ps)
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return f, nil
}

func (ws *Workspace) findInput(dir, kind, configured string, ps *diag.Problems) string {
	names := defaultNames[kind]
	if configured != "" {
		if ext := filepath.Ext(configured); ext != "" {
			path := filepath.Join(dir, configured)
			if _, err := os.Stat(path); err != nil {
				ps.Add(diag.Location{File: path}, "找不到 kaohe.yaml 中指定的%s文件", inputLabels[kind])
				return ""
			}
			return path
		}
		names = []string{configured}
	}

	var found []string
	for _, name := range names {
		for _, ext := range extensions {
			path := filepath.Join(dir, name+ext)
			if info, err := os.Stat(path); err == nil && !info.IsDir() {
				found = append(found, path)
			}
		}
	}
	switch len(found) {
	case 0:
		var want []string
		for _, name := range names {
			want = append(want, name+".xlsx", name+".csv")
		}
		ps.Add(diag.Location{File: dir}, "缺少%s文件，应为 %s 之一",
			inputLabels[kind], strings.Join(want, "、"))
		return ""
	case 1:
		return found[0]
	default:
		ps.Add(diag.Location{File: dir}, "%s文件有多个（%s），请只保留一个",
			inputLabels[kind], baseNames(found))
		return ""
	}
}

func baseNames(paths []string) string {
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	return strings.Join(names, "、")
}

var (
	configLine       = regexp.MustCompile(`line (\d+): (.*)`)
	configUnknownKey = regexp.MustCompile(`field (\S+) not found`)
)

// configProblem turns a kaohe.yaml decoding error into located problems in
// Chinese, one per unknown key or wrong value.
func configProblem(path string, err error) error {
	var typeErr *yaml.TypeError
	lines := []string{err.Error()}
	if errors.As(err, &typeErr) {
		lines = typeErr.Errors
	}

	var ps diag.Problems
	for _, text := range lines {
		where := diag.Location{File: path}
		if m := configLine.FindStringSubmatch(text); m != nil {
			where.Line, _ = strconv.Atoi(m[1])
			text = m[2]
		}
		if m := configUnknownKey.FindStringSubmatch(text); m != nil {
			where.Key = m[1]
			ps.Add(where, "未知的键 %s，可用的键为 roster、workload、deductions、rules、columns、sheets", m[1])
			continue
		}
		ps.Add(where, "配置文件无法解析，请检查缩进和冒号（%s）", text)
	}
	return ps.Err()
}

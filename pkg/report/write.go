package report

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/history"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/provenance"

	"github.com/kaohe/kaohe/pkg/sheet"
)

// Outputs are the paths of a month's two workbooks.
type Outputs struct {
	Bonus    string
	Warnings string
}

// YearOutput returns the path of the year's summary workbook in dir.
func YearOutput(dir string, year int) string {
	return filepath.Join(dir, fmt.Sprintf("考核年度汇总-%d.xlsx", year))
}

// OutputsIn returns the paths of month m's workbooks in dir.
func OutputsIn(dir string, m month.Month) Outputs {
	return Outputs{
		Bonus:    filepath.Join(dir, "考核奖-"+m.String()+".xlsx"),
		Warnings: filepath.Join(dir, "预警-"+m.String()+".xlsx"),
	}
}

// ErrExists reports an output that is already there and was not to be
// replaced, or is open in a spreadsheet program.
var ErrExists = errors.New("无法写出输出文件")

// ErrWrite wraps a failure to write an output, as opposed to a problem in
// the inputs.
var ErrWrite = errors.New("写出失败")

// Run is the content of a month's workbooks: the computed month, every
// warning of the run, and the history of the people warned about.
type Run struct {
	Result     *calc.Result
	Provenance provenance.Record
	Warnings   []diag.Warning
	Trend      history.Trend
}

// WriteMonth writes both workbooks of a month; see Write.
func WriteMonth(run Run, out Outputs, force bool, now time.Time) ([]string, error) {
	limit := run.Result.Rules.ReturnGrounds.PointsOver
	return Write([]Workbook{
		{Path: out.Bonus, Tables: BonusTables(run.Result, run.Provenance)},
		{Path: out.Warnings, Tables: WarningTables(run.Warnings, run.Trend, limit)},
	}, force, now)
}

// Workbook is an output file and its sheets.
type Workbook struct {
	Path   string
	Tables []sheet.OutTable
}

// Write writes workbooks and returns the backups it made. An existing
// output is an error wrapping ErrExists unless force is set, in which case
// it is first renamed to a dated backup beside it. An output open in Excel
// or WPS, which leaves a ~$ lock file beside it, is an error either way.
// Nothing is written unless every output can be.
func Write(books []Workbook, force bool, now time.Time) ([]string, error) {
	var paths []string
	for _, b := range books {
		paths = append(paths, b.Path)
	}
	if err := checkOutputs(paths, force); err != nil {
		return nil, err
	}

	var backups []string
	for _, b := range books {
		if err := os.MkdirAll(filepath.Dir(b.Path), 0o755); err != nil {
			return backups, fmt.Errorf("%w：无法建立输出文件夹 %s（%v）", ErrWrite, filepath.Dir(b.Path), err)
		}
		saved, err := backup(b.Path, now)
		if err != nil {
			return backups, fmt.Errorf("%w：%w", ErrWrite, err)
		}
		if saved != "" {
			backups = append(backups, saved)
		}
		if err := sheet.Write(b.Path, b.Tables); err != nil {
			return backups, fmt.Errorf("%w：%w", ErrWrite, err)
		}
	}
	return backups, nil
}

func checkOutputs(paths []string, force bool) error {
	var msgs []string
	for _, p := range paths {
		lock := filepath.Join(filepath.Dir(p), "~$"+filepath.Base(p))
		if _, err := os.Stat(lock); err == nil {
			msgs = append(msgs, fmt.Sprintf("%s 正在被 Excel 或 WPS 打开，请先关闭它再运行；"+
				"如果并没有打开，这是程序异常退出留下的锁文件 %s，可以删去", p, filepath.Base(lock)))
			continue
		}
		if _, err := os.Stat(p); err == nil && !force {
			msgs = append(msgs, fmt.Sprintf("%s 已存在，未覆盖。"+
				"如要重新生成，请加 --force（旧文件会改名备份），或用 --out 指定其他文件夹", p))
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			msgs = append(msgs, fmt.Sprintf("无法写到 %s，请检查输出文件夹是否正确（%v）", p, err))
		}
	}
	if len(msgs) > 0 {
		return fmt.Errorf("%w：\n  %s", ErrExists, strings.Join(msgs, "\n  "))
	}
	return nil
}

// backup renames an existing file at path to a dated name beside it and
// returns that name, or "" when there is no file.
func backup(path string, now time.Time) (string, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	for n := 0; ; n++ {
		name := fmt.Sprintf("%s.备份-%s%s", stem, now.Format("20060102-150405"), ext)
		if n > 0 {
			name = fmt.Sprintf("%s.备份-%s-%d%s", stem, now.Format("20060102-150405"), n, ext)
		}
		if _, err := os.Stat(name); errors.Is(err, fs.ErrNotExist) {
			if err := os.Rename(path, name); err != nil {
				return "", fmt.Errorf("无法备份 %s：%w", path, err)
			}
			return name, nil
		}
	}
}

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
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// Outputs are the paths of a month's two workbooks.
type Outputs struct {
	Bonus    string
	Warnings string
}

// OutputsIn returns the paths of month m's workbooks in dir.
func OutputsIn(dir string, m month.Month) Outputs {
	return Outputs{
		Bonus:    filepath.Join(dir, "考核奖-"+m.String()+".xlsx"),
		Warnings: filepath.Join(dir, "预警-"+m.String()+".xlsx"),
	}
}

// ErrExists reports an output that is already there and was not to be
// replaced.
var ErrExists = errors.New("输出文件已存在")

// WriteMonth writes both workbooks of res. An existing output is an error
// wrapping ErrExists unless force is set, in which case it is first renamed
// to a dated backup beside it. An output open in Excel or WPS, which leaves
// a ~$ lock file beside it, is an error either way. Nothing is written
// unless every output can be.
func WriteMonth(res *calc.Result, out Outputs, force bool, now time.Time) ([]string, error) {
	paths := []string{out.Bonus, out.Warnings}
	if err := checkOutputs(paths, force); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(out.Bonus), 0o755); err != nil {
		return nil, fmt.Errorf("无法建立输出文件夹：%w", err)
	}

	var backups []string
	for _, p := range paths {
		b, err := backup(p, now)
		if err != nil {
			return backups, err
		}
		if b != "" {
			backups = append(backups, b)
		}
	}
	if err := sheet.Write(out.Bonus, BonusTables(res)); err != nil {
		return backups, err
	}
	return backups, sheet.Write(out.Warnings, WarningTables(res.Warnings))
}

func checkOutputs(paths []string, force bool) error {
	var msgs []string
	for _, p := range paths {
		lock := filepath.Join(filepath.Dir(p), "~$"+filepath.Base(p))
		if _, err := os.Stat(lock); err == nil {
			msgs = append(msgs, fmt.Sprintf("%s 正在被 Excel 或 WPS 打开，请先关闭它再运行", p))
			continue
		}
		if _, err := os.Stat(p); err == nil && !force {
			msgs = append(msgs, fmt.Sprintf("%s 已存在，未覆盖。"+
				"如要重新生成，请加 --force（旧文件会改名备份），或用 --out 指定其他文件夹", p))
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			msgs = append(msgs, fmt.Sprintf("无法检查 %s：%v", p, err))
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

package main

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/kaohe/kaohe/pkg/history"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/report"
	"github.com/kaohe/kaohe/pkg/run"
	"github.com/kaohe/kaohe/pkg/workspace"
	"github.com/spf13/cobra"
)

type yearOptions struct {
	commonOptions
	outputOptions
}

func newYearCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &yearOptions{}
	cmd := &cobra.Command{
		Use:   "year 年份",
		Short: "写出全年汇总表，供年度考核使用",
		Long: `写出 考核年度汇总-年份.xlsx：每人每月的考核奖、扣分、加分、请假小时、
迟到早退次数和旷工天数及全年合计，并写明哪些月份缺少或早于规则生效。
各月都由该月自己的输入重新算出；某月输入有误时不写出任何文件。`,
		Example: "  kaohe year 2018\n  kaohe year 2018 --dir 考核 --out 输出",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError{err: fmt.Errorf("需要一个年份参数，如 2018")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runYear(opts, args[0], stdout, stderr)
		},
	}
	opts.register(cmd)
	opts.registerOutput(cmd, "工作目录")
	return cmd
}

func runYear(opts *yearOptions, arg string, stdout, stderr io.Writer) error {
	year, err := strconv.Atoi(arg)
	if err != nil || year < 1900 || year > 9999 {
		return usageError{err: fmt.Errorf("年份 %q 无效，应写作 2018 的形式", arg)}
	}
	ws, err := workspace.Open(opts.dir)
	if err != nil {
		return err
	}

	h := run.History(ws, opts.runOptions())
	months := h.Range(month.Month{Year: year, Month: 1}, month.Month{Year: year, Month: 12})
	for _, e := range months {
		if e.Status == history.Unreadable {
			return e.Err
		}
	}

	path := report.YearOutput(opts.outDir(ws.Dir), year)
	books := []report.Workbook{{Path: path, Tables: report.YearTables(year, months)}}
	backups, err := report.Write(books, opts.force, time.Now())
	reportBackups(stderr, backups)
	if err != nil {
		return err
	}

	fmt.Fprintf(stdout, "%d 年：已计算 %d 个月", year, len(h.Covered(months[0].Month, months[11].Month)))
	if gaps := history.Gaps(months); gaps != "" {
		fmt.Fprintf(stdout, "；未计入 %s", gaps)
	}
	fmt.Fprintf(stdout, "\n已写出：\n  %s\n", path)
	return nil
}

package main

import (
	"fmt"
	"io"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/history"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/report"
	"github.com/kaohe/kaohe/pkg/run"
	"github.com/kaohe/kaohe/pkg/workspace"
	"github.com/spf13/cobra"
)

type warningsOptions struct {
	commonOptions
	from string
	to   string
}

func newWarningsCmd(stdout io.Writer) *cobra.Command {
	opts := &warningsOptions{}
	cmd := &cobra.Command{
		Use:   "warnings [月份]",
		Short: "按人列出退回劳务派遣公司的情形和接近的情形，不写文件",
		Long: `列出某月（或 --from 至 --to 各月）退回劳务派遣公司的情形（退回条件）
和差一次或差一个月即构成的情形（接近），按人分组，写明所依据的月份和数字。
各月的数字由该月自己的输入、按该月适用的规则重新算出。不写出任何文件。`,
		Example: "  kaohe warnings 2018-08\n  kaohe warnings --from 2018-03 --to 2018-12",
		Args:    optionalMonthArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runWarnings(opts, args, stdout)
		},
	}
	opts.register(cmd)
	cmd.Flags().StringVar(&opts.from, "from", "", "起始`月份`，如 2018-01")
	cmd.Flags().StringVar(&opts.to, "to", "", "结束`月份`，如 2018-12")
	return cmd
}

// monthRange returns the months the warnings command covers.
func (o *warningsOptions) monthRange(args []string) (month.Month, month.Month, error) {
	if len(args) == 1 {
		if o.from != "" || o.to != "" {
			return month.Month{}, month.Month{}, usageError{err: fmt.Errorf("月份参数和 --from/--to 只能用一种")}
		}
		m, err := parseMonth(args[0])
		return m, m, err
	}
	if o.from == "" || o.to == "" {
		return month.Month{}, month.Month{}, usageError{err: fmt.Errorf("请给出一个月份，或同时给出 --from 和 --to")}
	}
	from, err := parseMonth(o.from)
	if err != nil {
		return month.Month{}, month.Month{}, err
	}
	to, err := parseMonth(o.to)
	if err != nil {
		return month.Month{}, month.Month{}, err
	}
	if to.Before(from) {
		return month.Month{}, month.Month{}, usageError{err: fmt.Errorf("--to %s 早于 --from %s", to, from)}
	}
	return from, to, nil
}

func runWarnings(opts *warningsOptions, args []string, stdout io.Writer) error {
	from, to, err := opts.monthRange(args)
	if err != nil {
		return err
	}
	ws, err := workspace.Open(opts.dir)
	if err != nil {
		return err
	}
	h := run.History(ws, opts.runOptions())

	var found []report.MonthWarning
	for m := from; !to.Before(m); m = m.Add(1) {
		e := h.Month(m)
		if e.Status != history.Covered {
			if e.Status == history.Unreadable || from == to {
				return monthError(e)
			}
			fmt.Fprintf(stdout, "%s：%s，跳过\n", m, e.Status)
			continue
		}
		ws, err := h.Evaluate(m)
		if err != nil {
			return err
		}
		for _, w := range ws {
			found = append(found, report.MonthWarning{Month: m, Warning: w})
		}
	}
	report.ByPerson(stdout, found)
	return nil
}

// monthError explains why a month asked for cannot be evaluated.
func monthError(e *history.Entry) error {
	if e.Err != nil {
		return e.Err
	}
	return diag.Errorf(diag.Location{}, "%s %s，无法判断退回条件", e.Month, e.Status)
}

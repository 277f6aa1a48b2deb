package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/report"
	"github.com/kaohe/kaohe/pkg/run"
	"github.com/spf13/cobra"
)

// errBlocked is returned by check when a problem would stop calc.
var errBlocked = errors.New("输入有问题，calc 无法计算")

func newCheckCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &commonOptions{}
	cmd := &cobra.Command{
		Use:   "check 月份",
		Short: "检查一个月的输入，列出全部问题和提醒，不计算也不写文件",
		Long: `读取并检查该月的花名册、工作量和扣分登记，把所有问题（会使 calc 无法计算）
和提醒（不影响计算，但应当看一看）按文件和行号排成一张清单，最后给出数目。
有问题时退出码为 1，只有提醒或一切正常时为 0。不写出任何文件。`,
		Example: "  kaohe check 2018-03",
		Args:    monthArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(opts, args[0], stdout, stderr)
		},
	}
	opts.register(cmd)
	return cmd
}

func runCheck(opts *commonOptions, arg string, stdout, stderr io.Writer) error {
	ws, m, err := opts.open(arg)
	if err != nil {
		return err
	}
	runOpts := opts.runOptions()
	runOpts.Progress = progressPrinter(stderr)

	got, err := run.Compute(ws, m, runOpts)
	problems := diag.AsProblems(err)
	if err != nil && problems == nil {
		return err
	}
	var warnings []diag.Warning
	switch {
	case got != nil && got.Result != nil:
		warnings = got.Result.Warnings
	case got != nil && got.Input != nil:
		warnings = got.Input.Warnings
	}

	report.Check(stdout, problems, warnings)
	if len(problems) > 0 {
		return fmt.Errorf("%w（%d 处问题）", errBlocked, len(problems))
	}
	return nil
}

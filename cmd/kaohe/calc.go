package main

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"time"

	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/provenance"
	"github.com/kaohe/kaohe/pkg/report"
	"github.com/kaohe/kaohe/pkg/run"
	"github.com/kaohe/kaohe/pkg/workspace"
	"github.com/spf13/cobra"
)

// commonOptions are the flags every month command takes.
type commonOptions struct {
	dir      string
	rules    string
	password string
}

func (o *commonOptions) register(cmd *cobra.Command) {
	o.registerRules(cmd)
	cmd.Flags().StringVar(&o.password, "password", "", "打开加密输入表格所用的`密码`（输出不加密）")
}

// registerRules registers the workspace and rules flags only, for commands
// that read no input tables.
func (o *commonOptions) registerRules(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.dir, "dir", ".", "工作目录：含各月文件夹（如 2018-03）的`文件夹`")
	cmd.Flags().StringVar(&o.rules, "rules", "", "`规则文件`或规则文件夹，代替 kaohe.yaml 和内置规则")
}

func (o *commonOptions) runOptions() run.Options {
	return run.Options{Rules: o.rules, Password: o.password}
}

// open parses the month argument and opens the workspace.
func (o *commonOptions) open(arg string) (*workspace.Workspace, month.Month, error) {
	m, err := parseMonth(arg)
	if err != nil {
		return nil, month.Month{}, err
	}
	ws, err := workspace.Open(o.dir)
	if err != nil {
		return nil, month.Month{}, err
	}
	return ws, m, nil
}

// parseMonth parses a month given on the command line.
func parseMonth(arg string) (month.Month, error) {
	m, err := month.Parse(arg)
	if err != nil {
		return month.Month{}, usageError{err: err}
	}
	return m, nil
}

type calcOptions struct {
	commonOptions
	outputOptions
}

// outputOptions are the flags of commands that write workbooks.
type outputOptions struct {
	out   string
	force bool
}

// registerOutput registers --out, whose default folder defaultOut
// describes, and --force.
func (o *outputOptions) registerOutput(cmd *cobra.Command, defaultOut string) {
	cmd.Flags().StringVar(&o.out, "out", "", "输出`文件夹`（默认为"+defaultOut+"）")
	cmd.Flags().BoolVar(&o.force, "force", false, "已有输出时先改名备份再重新写出")
}

// outDir returns the --out folder, or fallback when it is not given.
func (o *outputOptions) outDir(fallback string) string {
	if o.out == "" {
		return fallback
	}
	return o.out
}

// reportBackups writes to stderr the backup name of each replaced output.
func reportBackups(stderr io.Writer, backups []string) {
	for _, b := range backups {
		fmt.Fprintf(stderr, "旧文件已备份为 %s\n", b)
	}
}

func newCalcCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &calcOptions{}
	cmd := &cobra.Command{
		Use:   "calc 月份",
		Short: "计算一个月的考核奖，写出考核奖表和预警表",
		Long: `计算一个月的考核奖。

读取工作目录下该月文件夹中的花名册、工作量和扣分登记，写出
考核奖-月份.xlsx 和 预警-月份.xlsx（默认写在该月文件夹中）。
预警表还包括按此前各月判断的退回劳务派遣公司情形。
输入有误时列出全部问题，不写出任何文件。已有的输出不会被覆盖，除非加 --force。`,
		Example: "  kaohe calc 2018-03\n  kaohe calc 2018-03 --dir 考核 --out 输出",
		Args:    monthArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCalc(opts, args[0], stdout, stderr)
		},
	}
	opts.register(cmd)
	opts.registerOutput(cmd, "该月文件夹")
	return cmd
}

// runCalc computes a month with its history and writes its workbooks.
func runCalc(opts *calcOptions, arg string, stdout, stderr io.Writer) error {
	ws, m, err := opts.open(arg)
	if err != nil {
		return err
	}
	runOpts := opts.runOptions()
	runOpts.Progress = progressPrinter(stderr)
	got, err := run.Compute(ws, m, runOpts)
	if err != nil {
		return err
	}
	assessed, err := assess(ws, got, opts.runOptions())
	if err != nil {
		return err
	}
	now := time.Now()
	assessed.Provenance = got.Provenance(provenance.Version(version), now)

	out := report.OutputsIn(opts.outDir(got.Files.Dir), m)
	backups, err := report.WriteMonth(assessed, out, opts.force, now)
	reportBackups(stderr, backups)
	if err != nil {
		return err
	}

	report.Summary(stdout, got.Result)
	report.Grounds(stdout, assessed.Warnings)
	fmt.Fprintf(stdout, "已写出：\n  %s\n  %s\n", filepath.Clean(out.Bonus), filepath.Clean(out.Warnings))
	return nil
}

// assess adds the warnings that look at earlier months to a computed month,
// and the history of the people they are about.
func assess(ws *workspace.Workspace, got *run.Month, opts run.Options) (report.Run, error) {
	h := run.History(ws, opts)
	h.Add(got.Result)
	found, err := h.Evaluate(got.Result.Month)
	if err != nil {
		return report.Run{}, err
	}

	warnings := slices.Concat(got.Result.Warnings, found)
	window := got.Rules.ReturnGrounds.PointsWindowMonths
	trend := h.Trend(got.Result.Month, window, report.WatchedIDs(warnings))
	return report.Run{Result: got.Result, Warnings: warnings, Trend: trend}, nil
}

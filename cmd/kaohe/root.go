package main

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/provenance"
	"github.com/kaohe/kaohe/pkg/report"
	"github.com/spf13/cobra"
)

// Exit codes, listed in the root command's help.
const (
	exitOK       = 0
	exitInput    = 1
	exitUsage    = 2
	exitMismatch = 3
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// usageError marks an error in the command line rather than the inputs.
// command, when set, is the command whose help explains the usage.
type usageError struct {
	err     error
	command string
}

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// execute runs the command line args and returns the exit code.
func execute(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}

	if name, ok := unknownCommand(err); ok {
		fmt.Fprintf(stderr, "错误：没有 %s 这个命令。用 kaohe help 查看可用的命令。\n", name)
		return exitUsage
	}
	fmt.Fprintln(stderr, "错误："+err.Error())
	var usage usageError
	if errors.As(err, &usage) {
		command := usage.command
		if command == "" {
			command = cmd.CommandPath()
		}
		fmt.Fprintf(stderr, "用 %s --help 查看用法。\n", command)
		return exitUsage
	}
	if errors.Is(err, errMismatch) {
		return exitMismatch
	}
	if ps := diag.AsProblems(err); len(ps) > 0 && writesFiles(cmd) && !errors.Is(err, report.ErrWrite) {
		fmt.Fprintln(stderr, "未写入任何文件。请按上面所列逐条改正输入后重新运行。")
	}
	return exitInput
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "kaohe",
		Short: "12345 平台月度考核奖计算",
		Long: `kaohe 按《12345平台岗位管理考核办法（暂行）》计算月度考核奖。

工作目录下每月一个文件夹（如 2018-03），内含花名册、工作量和扣分登记三个表格
（.xlsx 或 .csv）。kaohe 从中算出每人的考核奖，写出考核奖表和预警表。

退出码：0 成功；1 输入有误或无法写出；2 命令行用法有误；3 verify 发现存档不一致。`,
		Version:       provenance.Version(version),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError{translateFlagError(err), cmd.CommandPath()}
	})
	root.AddCommand(newCalcCmd(stdout, stderr), newWarningsCmd(stdout), newYearCmd(stdout, stderr),
		newExplainCmd(stdout), newRulesCmd(stdout), newVerifyCmd(stdout),
		newCheckCmd(stdout, stderr))
	localize(root)
	return root
}

// unknownCommand returns the quoted name from cobra's error for an unknown
// command, which cobra returns as a plain English error.
func unknownCommand(err error) (string, bool) {
	rest, ok := strings.CutPrefix(err.Error(), "unknown command ")
	if !ok {
		return "", false
	}
	name, _, _ := strings.Cut(rest, " for ")
	return name, true
}

// flagErrors turns pflag's English messages into Chinese.
var flagErrors = []struct {
	pattern *regexp.Regexp
	chinese string
}{
	{regexp.MustCompile(`^unknown flag: (\S+)$`), "没有 $1 这个选项"},
	{regexp.MustCompile(`^unknown shorthand flag: '(.)' in .*$`), "没有 -$1 这个选项"},
	{regexp.MustCompile(`^flag needs an argument: (?:'(.)' in )?-*(\S+)$`), "选项 --$2 需要一个值"},
	{regexp.MustCompile(`^invalid argument "(.*)" for "(.*)" flag: .*$`), "选项 $2 的值 $1 无效"},
}

func translateFlagError(err error) error {
	for _, f := range flagErrors {
		if f.pattern.MatchString(err.Error()) {
			return errors.New(f.pattern.ReplaceAllString(err.Error(), f.chinese))
		}
	}
	return err
}

// writesFiles reports whether cmd writes output files, so that a refusal
// can state that nothing was written.
func writesFiles(cmd *cobra.Command) bool {
	return cmd.Name() == "calc" || cmd.Name() == "year"
}

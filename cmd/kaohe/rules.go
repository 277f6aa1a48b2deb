package main

import (
	"fmt"
	"io"

	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/report"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/run"
	"github.com/kaohe/kaohe/pkg/workspace"
	"github.com/spf13/cobra"
)

type rulesOptions struct {
	commonOptions
	check string
}

func newRulesCmd(stdout io.Writer) *cobra.Command {
	opts := &rulesOptions{}
	cmd := &cobra.Command{
		Use:   "rules [月份]",
		Short: "列出某月适用的规则表，或用 --check 检查规则文件",
		Long: `列出某月适用的规则表：考核总额、岗位系数、折算、考勤、加分上限、退回情形，
以及每个扣分和加分项目的编号、类型、分值和内容。不给月份时列出最新的规则。
规则取自 --rules、工作目录的 kaohe.yaml 或内置规则，与 calc 相同。`,
		Example: "  kaohe rules 2018-03\n  kaohe rules --check 我的规则.yaml",
		Args:    optionalMonthArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRules(opts, args, stdout)
		},
	}
	opts.registerRules(cmd)
	cmd.Flags().StringVar(&opts.check, "check", "", "只检查这个`规则文件`是否有效")
	return cmd
}

func runRules(opts *rulesOptions, args []string, stdout io.Writer) error {
	if opts.check != "" {
		r, err := rules.LoadFile(opts.check)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s 有效：%s，自 %s 起适用，%d 个项目表\n",
			opts.check, r.Title, r.EffectiveFrom, len(r.Tables))
		return nil
	}

	ws, err := workspace.Open(opts.dir)
	if err != nil {
		return err
	}
	m := month.Month{Year: 9999, Month: 12}
	if len(args) == 1 {
		if m, err = parseMonth(args[0]); err != nil {
			return err
		}
	}
	r, err := run.SelectRules(ws, m, opts.rules)
	if err != nil {
		return err
	}
	report.Rules(stdout, r)
	return nil
}

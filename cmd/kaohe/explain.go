package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kaohe/kaohe/pkg/audit"
	"github.com/kaohe/kaohe/pkg/provenance"
	"github.com/kaohe/kaohe/pkg/report"
	"github.com/kaohe/kaohe/pkg/run"
	"github.com/spf13/cobra"
)

func newExplainCmd(stdout io.Writer) *cobra.Command {
	opts := &commonOptions{}
	cmd := &cobra.Command{
		Use:   "explain 月份 工号",
		Short: "逐步说明一个人的考核奖是怎样算出来的",
		Long: `按该月的输入和规则重新计算，逐步列出一个人的考核奖的来历：考核总额与岗位基数、
各岗位的起始工作量、每条登记的分值和对工作量的影响、加分上限、调整后工作量、
按工作量分配和取整。考核奖表的“计算过程”工作表写有每个人的同样内容。`,
		Example: "  kaohe explain 2018-03 5001",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageError{fmt.Errorf("需要月份和工号两个参数，如 2018-03 5001"), cmd.CommandPath()}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExplain(opts, args[0], args[1], stdout)
		},
	}
	opts.register(cmd)
	return cmd
}

func runExplain(opts *commonOptions, monthArg, id string, stdout io.Writer) error {
	ws, m, err := opts.open(monthArg)
	if err != nil {
		return err
	}
	got, err := run.Compute(ws, m, opts.runOptions())
	if err != nil {
		return err
	}
	for _, p := range got.Result.People {
		if p.ID == id {
			noteArchive(stdout, got)
			for _, line := range report.Derivation(got.Result, p) {
				fmt.Fprintln(stdout, line)
			}
			return nil
		}
	}
	return fmt.Errorf("%s 的花名册中没有工号 %s", m, id)
}

// noteArchive warns when the month's archived bonus workbook does not agree
// with the inputs and rules now, because the derivation below follows the
// files as they are now.
func noteArchive(w io.Writer, got *run.Month) {
	path := report.OutputsIn(got.Files.Dir, got.Result.Month).Bonus
	if _, err := os.Stat(path); err != nil {
		return
	}
	res, err := audit.Verify(path, got, provenance.Version(version))
	if err != nil || res.OK() {
		return
	}
	fmt.Fprintf(w, "注意：存档 %s 与现在的输入或规则不一致（kaohe verify 可列出差异），以下按现在的文件计算。\n",
		filepath.Base(path))
}

package main

import (
	"errors"
	"io"

	"github.com/kaohe/kaohe/pkg/audit"
	"github.com/kaohe/kaohe/pkg/provenance"
	"github.com/kaohe/kaohe/pkg/report"
	"github.com/kaohe/kaohe/pkg/run"
	"github.com/spf13/cobra"
)

// errMismatch is returned when an archive does not agree with its month.
var errMismatch = errors.New("存档的考核奖表与重新计算的结果不一致")

type verifyOptions struct {
	commonOptions
	archive string
}

func newVerifyCmd(stdout io.Writer) *cobra.Command {
	opts := &verifyOptions{}
	cmd := &cobra.Command{
		Use:   "verify 月份",
		Short: "核对存档的考核奖表：重新计算并逐格比较",
		Long: `按该月文件夹中现在的输入和适用的规则重新计算，与存档的 考核奖-月份.xlsx 逐格比较，
并用存档“说明”表记录的 SHA-256 核对规则文件和三个输入文件是否改动过。
全部一致时退出码为 0；有不一致时列出每一处，退出码为 3。`,
		Example: "  kaohe verify 2018-03\n  kaohe verify 2018-03 --archive 存档/考核奖-2018-03.xlsx",
		Args:    monthArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runVerify(opts, args[0], stdout)
		},
	}
	opts.register(cmd)
	cmd.Flags().StringVar(&opts.archive, "archive", "", "存档的考核奖`文件`（默认为该月文件夹中的 考核奖-月份.xlsx）")
	return cmd
}

func runVerify(opts *verifyOptions, arg string, stdout io.Writer) error {
	ws, m, err := opts.open(arg)
	if err != nil {
		return err
	}
	got, err := run.Compute(ws, m, opts.runOptions())
	if err != nil {
		return err
	}
	path := opts.archive
	if path == "" {
		path = report.OutputsIn(got.Files.Dir, m).Bonus
	}

	res, err := audit.Verify(path, got, provenance.Version(version))
	if err != nil {
		return err
	}
	res.WriteText(stdout)
	if !res.OK() {
		return errMismatch
	}
	return nil
}

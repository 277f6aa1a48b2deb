package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/spf13/cobra"
)

// usageTemplate is cobra's usage text in Chinese.
const usageTemplate = `用法：{{if .Runnable}}
  {{.UseLine | chineseUse}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [命令]{{end}}{{if gt (len .Aliases) 0}}

别名：
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

示例：
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

命令：{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

选项：
{{.LocalFlags.FlagUsages | chineseFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

通用选项：
{{.InheritedFlags.FlagUsages | chineseFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

用 "{{.CommandPath}} [命令] --help" 查看某个命令的说明。{{end}}
`

// flagDefault matches pflag's "(default x)" at the end of a flag's line.
var flagDefault = regexp.MustCompile(`(?m) \(default (.*)\)$`)

func init() {
	cobra.AddTemplateFunc("chineseUse", func(s string) string {
		return strings.Replace(s, "[flags]", "[选项]", 1)
	})
	cobra.AddTemplateFunc("chineseFlags", func(s string) string {
		return flagDefault.ReplaceAllString(s, "（默认 $1）")
	})
}

// localize puts cobra's built-in texts of cmd and its subcommands into
// Chinese.
func localize(root *cobra.Command) {
	root.SetUsageTemplate(usageTemplate)
	root.SetVersionTemplate("kaohe 版本 {{.Version}}\n")
	root.InitDefaultHelpCmd()
	root.InitDefaultVersionFlag()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Short = "查看命令的说明"
		case "completion":
			c.Short = "生成命令行自动补全脚本"
		}
	}
	if f := root.Flags().Lookup("version"); f != nil {
		f.Usage = "显示版本"
	}
	root.CompletionOptions.DisableDefaultCmd = true
	setHelpFlags(root)
}

func setHelpFlags(c *cobra.Command) {
	c.InitDefaultHelpFlag()
	if f := c.Flags().Lookup("help"); f != nil {
		f.Usage = "显示此命令的说明"
	}
	for _, sub := range c.Commands() {
		setHelpFlags(sub)
	}
}

// monthArg accepts exactly one argument, a month such as 2018-03.
func monthArg(cmd *cobra.Command, args []string) error {
	if len(args) != 1 {
		return usageError{fmt.Errorf("需要一个月份参数，如 2018-03，现在有 %d 个参数", len(args)),
			cmd.CommandPath()}
	}
	return nil
}

// optionalMonthArg accepts no argument or one month.
func optionalMonthArg(cmd *cobra.Command, args []string) error {
	if len(args) > 1 {
		return usageError{fmt.Errorf("最多一个月份参数，现在有 %d 个", len(args)), cmd.CommandPath()}
	}
	return nil
}

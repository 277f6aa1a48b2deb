// Package workspace finds a month's input files in a workspace folder. The
// folder has one subfolder per month, such as 2018-03, holding the roster
// (花名册), the call-centre workload export (工作量) and the deduction log
// (扣分登记). An optional kaohe.yaml at the root renames them or points to
// rules.
package workspace

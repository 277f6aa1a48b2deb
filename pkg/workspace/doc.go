// Package workspace finds a month's input files in a workspace folder: one
// subfolder per month, such as 2018-03, holding the roster (花名册), the
// call-centre workload export (工作量) and the deduction log (扣分登记), and
// an optional kaohe.yaml at the root that renames them or points to rules.
package workspace

// Package report turns a computed month into what people read: the bonus
// workbook (考核奖), the warnings workbook (预警) and the short summary on
// the terminal. Workbooks are built as plain tables and written by package
// sheet.
package report

// Package input turns the rows of a month's three spreadsheets into typed
// records: the roster (花名册), the call-centre workload export (工作量) and
// the deduction and bonus log (扣分登记). Each record keeps the location of
// the cells it came from, and every problem found is reported together,
// located by file, sheet, row and column.
package input

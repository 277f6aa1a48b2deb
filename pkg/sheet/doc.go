// Package sheet is kaohe's only reader and writer of spreadsheet files: it
// reads .xlsx workbooks and CSV files into rows of cells that keep their
// positions and stored values, and writes .xlsx workbooks from plain tables.
// No other package imports excelize or encoding/csv.
package sheet

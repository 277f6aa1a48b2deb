package diag

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Location is a place in an input file. The zero value means "no particular
// place". Row and Col are 1-based; 0 means the whole sheet or the whole row.
// Line and Key are used for YAML rule files instead of Row and Col.
type Location struct {
	File  string
	Sheet string
	Row   int
	Col   int
	Line  int
	Key   string
}

// String formats the location in Chinese, such as
// "扣分登记.xlsx，工作表 Sheet1，第 5 行，D 列".
func (l Location) String() string {
	var parts []string
	if l.File != "" {
		parts = append(parts, l.File)
	}
	if l.Sheet != "" {
		parts = append(parts, "工作表 "+l.Sheet)
	}
	if l.Row > 0 {
		parts = append(parts, fmt.Sprintf("第 %d 行", l.Row))
	}
	if l.Col > 0 {
		parts = append(parts, ColumnName(l.Col)+" 列")
	}
	if l.Line > 0 {
		parts = append(parts, fmt.Sprintf("第 %d 行", l.Line))
	}
	if l.Key != "" {
		parts = append(parts, "键 "+l.Key)
	}
	return strings.Join(parts, "，")
}

// Base returns the location with the file's folder left out, for reports
// that sit beside their inputs.
func (l Location) Base() Location {
	if l.File != "" {
		l.File = filepath.Base(l.File)
	}
	return l
}

// IsZero reports whether the location names no place at all.
func (l Location) IsZero() bool {
	return l == Location{}
}

// Cell returns the spreadsheet reference of the location, such as "D5", or ""
// when the location has no row and column.
func (l Location) Cell() string {
	if l.Row <= 0 || l.Col <= 0 {
		return ""
	}
	return fmt.Sprintf("%s%d", ColumnName(l.Col), l.Row)
}

// ColumnName converts a 1-based column number to its letters: 1 is "A",
// 27 is "AA". It returns "" for numbers below 1.
func ColumnName(col int) string {
	name := ""
	for col > 0 {
		col--
		name = string(rune('A'+col%26)) + name
		col /= 26
	}
	return name
}

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/sheet"
	"github.com/rogpeppe/go-internal/testscript"
	"github.com/shopspring/decimal"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"kaohe": func() { os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script. Each script
// starts with the demo workspace copied to $WORK/demo, the six-month demo
// history to $WORK/history, the messy input fixtures to $WORK/messy and the
// built-in rules folder to $WORK/rules.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			for _, name := range []string{"demo", "history", "messy"} {
				src := filepath.Join("..", "..", "testdata", name)
				if err := os.CopyFS(filepath.Join(env.WorkDir, name), os.DirFS(src)); err != nil {
					return err
				}
			}
			return os.CopyFS(filepath.Join(env.WorkDir, "rules"), os.DirFS("../../rules"))
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"cell":     cmdCell,
			"toxlsx":   cmdToXLSX,
			"editcell": cmdEditCell,
			"replace":  cmdReplace,
		},
	})
}

// cmdCell checks a cell of a written workbook:
//
//	cell FILE SHEET ROW COL WANT
//
// ROW and COL are 1-based; WANT is the stored value, so a number cell must
// hold exactly WANT ("179.51", not "179.510").
func cmdCell(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 5 {
		ts.Fatalf("usage: cell FILE SHEET ROW COL WANT")
	}
	var row, col int
	fmt.Sscan(args[2], &row)
	fmt.Sscan(args[3], &col)

	book, err := sheet.Open(ts.MkAbs(args[0]), sheet.Options{})
	ts.Check(err)
	defer book.Close()
	got := ""
	ts.Check(book.Scan(args[1], func(r sheet.Row) error {
		if r.Num == row {
			if c, ok := r.Get(col); ok {
				got = c.Value
			}
		}
		return nil
	}))

	if (got == args[4]) == neg {
		ts.Fatalf("%s %s R%dC%d = %q, want %s%q", args[0], args[1], row, col, got,
			map[bool]string{true: "not ", false: ""}[neg], args[4])
	}
	ts.Logf("%s", strings.TrimSpace(got))
}

// cmdToXLSX converts a CSV file to a one-sheet workbook, storing cells
// that parse as decimals as number cells, the way a clerk's Excel would:
//
//	toxlsx SRC.csv DST.xlsx
func cmdToXLSX(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: toxlsx SRC.csv DST.xlsx")
	}
	book, err := sheet.Open(ts.MkAbs(args[0]), sheet.Options{})
	ts.Check(err)
	defer book.Close()

	var header []string
	var rows [][]sheet.OutCell
	ts.Check(book.Scan("", func(r sheet.Row) error {
		if header == nil {
			for _, c := range r.Cells {
				header = append(header, c.Value)
			}
			return nil
		}
		row := make([]sheet.OutCell, len(header))
		for _, c := range r.Cells {
			row[c.Col-1] = sheet.TextCell(c.Value)
			if d, err := decimal.NewFromString(c.Value); err == nil {
				row[c.Col-1] = sheet.NumberCell(d)
			}
		}
		rows = append(rows, row)
		return nil
	}))
	ts.Check(sheet.Write(ts.MkAbs(args[1]), []sheet.OutTable{
		{Name: "Sheet1", Header: header, Rows: rows},
	}))
}

// cmdEditCell changes one stored value of a workbook, keeping every sheet,
// the way a clerk editing an archive in Excel would. A VALUE starting with
// "text:" is stored as text even where a number was, and the VALUE
// "delete-row" deletes the whole row instead:
//
//	editcell FILE SHEET ROW COL VALUE
func cmdEditCell(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 5 {
		ts.Fatalf("usage: editcell FILE SHEET ROW COL VALUE")
	}
	var row, col int
	fmt.Sscan(args[2], &row)
	fmt.Sscan(args[3], &col)
	path := ts.MkAbs(args[0])
	deleteRow := args[4] == "delete-row"

	book, err := sheet.Open(path, sheet.Options{})
	ts.Check(err)
	var tables []sheet.OutTable
	for _, info := range book.Sheets() {
		t := sheet.OutTable{Name: info.Name}
		ts.Check(book.Scan(info.Name, func(r sheet.Row) error {
			if deleteRow && info.Name == args[1] && r.Num == row {
				return nil
			}
			cells := make([]sheet.OutCell, 0, len(r.Cells))
			for _, c := range r.Cells {
				for len(cells) < c.Col-1 {
					cells = append(cells, sheet.OutCell{})
				}
				value, kind := c.Value, c.Type
				if info.Name == args[1] && r.Num == row && c.Col == col {
					value = args[4]
					if text, ok := strings.CutPrefix(value, "text:"); ok {
						value, kind = text, sheet.Text
					}
				}
				cells = append(cells, outCell(kind, value))
			}
			if r.Num == 1 {
				for _, c := range cells {
					t.Header = append(t.Header, c.Value)
				}
				return nil
			}
			t.Rows = append(t.Rows, cells)
			return nil
		}))
		tables = append(tables, t)
	}
	book.Close()
	ts.Check(sheet.Write(path, tables))
}

func outCell(kind sheet.CellType, value string) sheet.OutCell {
	if d, err := decimal.NewFromString(value); err == nil && kind == sheet.Number {
		return sheet.NumberCell(d)
	}
	return sheet.TextCell(value)
}

// cmdReplace replaces every occurrence of OLD with NEW in a text file, where
// \n in OLD and NEW stands for a line break:
//
//	replace FILE OLD NEW
func cmdReplace(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: replace FILE OLD NEW")
	}
	path := ts.MkAbs(args[0])
	old := strings.ReplaceAll(args[1], `\n`, "\n")
	replacement := strings.ReplaceAll(args[2], `\n`, "\n")
	data, err := os.ReadFile(path)
	ts.Check(err)
	if !strings.Contains(string(data), old) {
		ts.Fatalf("%s does not contain %q", args[0], old)
	}
	ts.Check(os.WriteFile(path, []byte(strings.ReplaceAll(string(data), old, replacement)), 0o644))
}

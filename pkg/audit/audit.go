// Package audit checks an archived bonus workbook against its month: it
// recomputes the month from the inputs beside it, compares every cell, and
// compares the recorded hashes of the rules and input files with the files
// as they are now.
package audit

import (
	"fmt"
	"os"

	"github.com/kaohe/kaohe/pkg/provenance"
	"github.com/kaohe/kaohe/pkg/report"
	"github.com/kaohe/kaohe/pkg/run"
	"github.com/kaohe/kaohe/pkg/sheet"
)

// Difference is a cell whose archived value differs from the recomputed
// one. ID is the row's 工号 when the sheet has that column; Column is the
// header of the cell's column.
type Difference struct {
	Sheet      string
	Row        int
	ID         string
	Column     string
	Archived   string
	Recomputed string
}

// FileChange is a rules or input file whose hash differs from the one
// recorded in the archive; Now is the zero File when the file is gone.
type FileChange struct {
	Archived provenance.File
	Now      provenance.File
}

// Result is the outcome of a verification. Version is the kaohe version of
// the recomputation, which may differ from the archived Record.Version
// without making the archive disagree.
type Result struct {
	Archive     string
	Record      provenance.Record
	Version     string
	Changed     []FileChange
	Differences []Difference
}

// OK reports whether the archive agrees with its files and recomputation.
func (r *Result) OK() bool {
	return len(r.Changed) == 0 && len(r.Differences) == 0
}

// Verify compares the archived bonus workbook at path with month got,
// recomputed from the files as they are now by kaohe version.
func Verify(path string, got *run.Month, version string) (*Result, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("找不到存档的考核奖表 %s。请先运行 kaohe calc，或用 --archive 指定存档文件", path)
	}
	book, err := sheet.Open(path, sheet.Options{})
	if err != nil {
		return nil, err
	}
	defer book.Close()

	notes, err := readGrid(book, report.SheetNotes)
	if err != nil {
		return nil, err
	}
	if !notes.found {
		return nil, fmt.Errorf("%s 不是 kaohe 写出的考核奖表：没有“%s”工作表", path, report.SheetNotes)
	}
	rec, err := report.ParseNotes(notes.rows())
	if err != nil {
		return nil, fmt.Errorf("%s：%w", path, err)
	}
	if rec.Month != got.Result.Month {
		return nil, fmt.Errorf("%s 是 %s 的考核奖表，不是 %s 的", path, rec.Month, got.Result.Month)
	}

	res := &Result{Archive: path, Record: rec, Version: version}
	current := got.Provenance(rec.Version, rec.GeneratedAt)
	res.Changed = changedFiles(rec, current)
	tables := report.BonusTables(got.Result, current)
	res.Differences = compareSheetNames(book, tables)
	for _, table := range tables {
		// The provenance sheet is compared file by file above, and it holds
		// the time of the run, which differs by design.
		if table.Name == report.SheetNotes {
			continue
		}
		diffs, err := compareTable(book, table)
		if err != nil {
			return nil, err
		}
		res.Differences = append(res.Differences, diffs...)
	}
	return res, nil
}

// compareSheetNames reports sheets the archive has that a recomputed
// workbook would not; compareTable reports the missing ones.
func compareSheetNames(book *sheet.Book, tables []sheet.OutTable) []Difference {
	want := map[string]bool{}
	for _, t := range tables {
		want[t.Name] = true
	}
	var diffs []Difference
	for _, info := range book.Sheets() {
		if !want[info.Name] {
			diffs = append(diffs, Difference{Sheet: info.Name, Archived: "（有这个工作表）",
				Recomputed: "（没有）"})
		}
	}
	return diffs
}

// changedFiles lists the files whose recorded hash differs from now.
func changedFiles(archived, now provenance.Record) []FileChange {
	current := map[string]provenance.File{now.Rules.Role: now.Rules}
	for _, f := range now.Inputs {
		current[f.Role] = f
	}
	var changed []FileChange
	for _, f := range append([]provenance.File{archived.Rules}, archived.Inputs...) {
		if c := current[f.Role]; c != f {
			changed = append(changed, FileChange{Archived: f, Now: c})
		}
	}
	return changed
}

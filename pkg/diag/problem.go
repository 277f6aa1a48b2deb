package diag

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Problem is an input error at a location: the run cannot go on until the
// clerk fixes it. Message is the Chinese text shown to the clerk; Err, when
// set, is the underlying cause.
type Problem struct {
	Where   Location
	Message string
	Err     error
}

// Errorf returns a Problem at where with a formatted Chinese message. An error
// argument matched by %w becomes the Problem's cause.
func Errorf(where Location, format string, args ...any) *Problem {
	err := fmt.Errorf(format, args...)
	return &Problem{Where: where, Message: err.Error(), Err: errors.Unwrap(err)}
}

// Error formats the problem as "location：message".
func (p *Problem) Error() string {
	where := p.Where.String()
	if where == "" {
		return p.Message
	}
	return where + "：" + p.Message
}

// Unwrap returns the cause of the problem, if any.
func (p *Problem) Unwrap() error { return p.Err }

// Problems is every input error found in one pass. A nil or empty Problems is
// no error; use Err to turn it into an error value.
type Problems []*Problem

// Add appends a formatted problem at where.
func (ps *Problems) Add(where Location, format string, args ...any) {
	*ps = append(*ps, Errorf(where, format, args...))
}

// Err returns the problems sorted by file, sheet and row as one error, or nil
// when there are none.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	sorted := slices.Clone(ps)
	SortProblems(sorted)
	return sorted
}

// Error lists every problem, one per line, with their count first.
func (ps Problems) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "输入有 %d 处问题：", len(ps))
	for _, p := range ps {
		b.WriteString("\n  ")
		b.WriteString(p.Error())
	}
	return b.String()
}

// SortProblems orders problems by file, sheet, row and column, keeping the
// order of problems at the same place.
func SortProblems(ps []*Problem) {
	slices.SortStableFunc(ps, func(a, b *Problem) int {
		return CompareLocations(a.Where, b.Where)
	})
}

// CompareLocations orders locations by file, sheet, row, line, column and
// key.
func CompareLocations(a, b Location) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Sheet, b.Sheet),
		cmp.Compare(a.Row, b.Row),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Col, b.Col),
		cmp.Compare(a.Key, b.Key),
	)
}

// AsProblems returns the problems carried by err: the list itself, a single
// Problem as a list of one, or nil when err carries none.
func AsProblems(err error) Problems {
	var list Problems
	if errors.As(err, &list) {
		return list
	}
	var single *Problem
	if errors.As(err, &single) {
		return Problems{single}
	}
	return nil
}

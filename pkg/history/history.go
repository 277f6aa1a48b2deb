package history

import (
	"errors"

	"github.com/kaohe/kaohe/pkg/calc"
	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/workspace"
)

// Status is whether a month's figures are known, and why not.
type Status int

// Month statuses.
const (
	Covered     Status = iota // computed from the month's inputs
	Missing                   // no folder for the month in the workspace
	BeforeRules               // earlier than every rule file
	Unreadable                // the month's inputs have problems
)

// String returns the status in Chinese, as reports show it.
func (s Status) String() string {
	switch s {
	case Covered:
		return "已计算"
	case Missing:
		return "缺少月份文件夹"
	case BeforeRules:
		return "早于规则生效"
	default:
		return "输入有误，无法计算"
	}
}

// Entry is one month of the history. Result is set only when Status is
// Covered; Err is the problem of an Unreadable month.
type Entry struct {
	Month  month.Month
	Status Status
	Result *calc.Result
	Err    error
}

// Source computes a month from its inputs. Its error wraps
// workspace.ErrMonthMissing for a month without inputs and
// rules.ErrNotInForce for a month before every rule file.
type Source func(m month.Month) (*calc.Result, error)

// History is a cache of computed months: Month computes each month on first
// use and returns the kept entry afterwards.
type History struct {
	source Source
	months map[int]*Entry
}

// New returns an empty history over source.
func New(source Source) *History {
	return &History{source: source, months: map[int]*Entry{}}
}

// Add records a month already computed, so that it is not computed again.
func (h *History) Add(res *calc.Result) {
	h.months[res.Month.Index()] = &Entry{Month: res.Month, Status: Covered, Result: res}
}

// Month returns month m, computing it on first use.
func (h *History) Month(m month.Month) *Entry {
	if e, ok := h.months[m.Index()]; ok {
		return e
	}

	e := &Entry{Month: m}
	res, err := h.source(m)
	switch {
	case errors.Is(err, rules.ErrNotInForce):
		e.Status = BeforeRules
	case errors.Is(err, workspace.ErrMonthMissing):
		e.Status = Missing
	case err != nil:
		e.Status, e.Err = Unreadable, err
	default:
		e.Status, e.Result = Covered, res
	}
	h.months[m.Index()] = e
	return e
}

// Range returns the months from first to last, both included.
func (h *History) Range(first, last month.Month) []*Entry {
	var entries []*Entry
	for m := first; !last.Before(m); m = m.Add(1) {
		entries = append(entries, h.Month(m))
	}
	return entries
}

// Window returns the n months ending with m, oldest first.
func (h *History) Window(m month.Month, n int) []*Entry {
	return h.Range(m.Add(1-n), m)
}

// Person returns the person with id in a covered entry, or nil when the
// entry is not covered or has no such person.
func (e *Entry) Person(id string) *calc.Person {
	if e.Status != Covered {
		return nil
	}
	for _, p := range e.Result.People {
		if p.ID == id {
			return p
		}
	}
	return nil
}

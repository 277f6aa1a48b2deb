package rules

import (
	"errors"

	"github.com/kaohe/kaohe/pkg/diag"
)

// joinProblems merges the problems of several files into one list; errors
// that carry no location are joined as they are.
func joinProblems(errs []error) error {
	var all diag.Problems
	var other []error
	for _, err := range errs {
		if ps := diag.AsProblems(err); ps != nil {
			all = append(all, ps...)
			continue
		}
		other = append(other, err)
	}
	if len(other) > 0 {
		return errors.Join(append(other, all.Err())...)
	}
	return all.Err()
}

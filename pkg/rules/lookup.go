package rules

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Post returns the post with the given name.
func (r *Rules) Post(name string) (*Post, bool) {
	for i := range r.Posts {
		if r.Posts[i].Name == name {
			return &r.Posts[i], true
		}
	}
	return nil, false
}

// PostByLabel returns the post whose name or label is s after width folding,
// so that both 受理 and 受理岗 find the 受理 post.
func (r *Rules) PostByLabel(s string) (*Post, bool) {
	s = Fold(s)
	for i := range r.Posts {
		if r.Posts[i].Name == s || r.Posts[i].Label == s {
			return &r.Posts[i], true
		}
	}
	return nil, false
}

// Role returns the roster role named s or one of its aliases, after width
// folding.
func (r *Rules) Role(s string) (*Role, bool) {
	role, ok := r.roles[Fold(s)]
	return role, ok
}

// Item returns the item with the given code. The code is matched after
// width folding and with or without the hyphen and spaces between table
// prefix and number, so that 纪律-1, 纪律1, 纪律 1 and ＂纪律－１＂ are the same.
func (r *Rules) Item(code string) (*Item, bool) {
	code = Fold(code)
	if it, ok := r.items[code]; ok {
		return it, true
	}
	for _, t := range r.Tables {
		rest, ok := strings.CutPrefix(code, t.Prefix)
		if !ok {
			continue
		}
		rest = strings.TrimLeftFunc(rest, func(c rune) bool {
			return c == '-' || c == '_' || c == '—' || c == '－' || unicode.IsSpace(c)
		})
		if it, ok := r.items[t.Prefix+"-"+rest]; ok {
			return it, true
		}
	}
	return nil, false
}

// Counted reports whether a roster person with the given 状态 counts in the
// headcount.
func (r *Rules) Counted(status string) bool {
	status = Fold(status)
	for _, s := range r.Pool.UncountedStatuses {
		if s == status {
			return false
		}
	}
	return true
}

// Fold normalises a value typed by hand: full-width letters, digits and
// punctuation become their ASCII forms (NFKC), and surrounding spaces,
// including no-break and ideographic ones, are trimmed.
func Fold(s string) string {
	return strings.TrimSpace(norm.NFKC.String(s))
}

package calc

import (
	"fmt"

	"github.com/kaohe/kaohe/pkg/input"
	"github.com/kaohe/kaohe/pkg/rules"
)

// chargeLine returns the line an entry is charged to. An item of a post's
// table goes to that post; other items to the row's 岗位 if given, else to
// the person's main line. Where the person has no line in the post named,
// the main line takes it, with a warning, and redirect explains the move.
func (c *computation) chargeLine(p *Person, e *input.LogEntry) (line *Line, redirect string) {
	main := c.mainLine(p)
	want := e.Item.Table.Charge
	if want == rules.ChargeOwn {
		want = e.Post
	}
	if want == "" {
		return main, ""
	}
	if l := p.line(want); l != nil {
		return l, ""
	}
	if main == nil {
		return nil, ""
	}
	redirect = fmt.Sprintf("本人没有%s岗的工作量，改记在%s岗", want, main.Post.Name)
	c.warnEntry(p, e, "%s：%s", e.Item.Code, redirect)
	return main, redirect
}

// mainLine returns the line of the person's own post, or for a combined
// role the line with the most starting workload, ties going to the earlier
// post of the rules. It is nil for a combined role with no workload.
func (c *computation) mainLine(p *Person) *Line {
	if !p.Role.Combined {
		return p.line(p.Role.Post)
	}
	var best *Line
	for _, l := range p.Lines {
		if best == nil || l.Start.GreaterThan(best.Start) {
			best = l
		}
	}
	return best
}

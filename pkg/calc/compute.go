package calc

import (
	"sort"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/shopspring/decimal"
)

// exactPlaces is the number of decimal places kept in the unrounded shares
// shown to auditors; it does not affect any amount.
const exactPlaces = 6

// computation holds the state of one computation.
type computation struct {
	in       *input.Month
	rules    *rules.Rules
	res      *Result
	people   map[string]*Person
	daily    map[dayKey]decimal.Decimal
	forfeits map[dayKey]bool
	// attendance is the line each person's attendance points are charged to:
	// that of their first attendance row.
	attendance map[*Person]*Line
	// rates is the row of each person's first row of each rate item.
	rates    map[string]int
	problems diag.Problems
}

type dayKey struct {
	id, post string
	date     string
}

// Compute computes the month of in under r. Problems that only the
// calculation can see, such as a log row for a 工号 not on the roster, are
// returned together as diag.Problems.
func Compute(in *input.Month, r *rules.Rules) (*Result, error) {
	c := &computation{
		in:    in,
		rules: r,
		res: &Result{
			Month:    in.Month,
			Rules:    r,
			Warnings: append([]diag.Warning(nil), in.Warnings...),
		},
		people:     map[string]*Person{},
		daily:      map[dayKey]decimal.Decimal{},
		forfeits:   map[dayKey]bool{},
		attendance: map[*Person]*Line{},
		rates:      map[string]int{},
	}

	c.splitPool()
	c.addPeople()
	c.addWorkload()
	for i := range in.Log.Entries {
		c.apply(&in.Log.Entries[i])
	}
	if err := c.problems.Err(); err != nil {
		return nil, err
	}

	c.addAttendance()
	c.adjust()
	c.share()
	c.fillNames()
	return c.res, nil
}

// splitPool sets the pool and each post's base.
func (c *computation) splitPool() {
	for _, p := range c.in.Roster.People {
		if p.Counted {
			c.res.Headcount++
		}
	}
	c.res.Pool = c.rules.Pool.PerHead.Mul(decimal.NewFromInt(int64(c.res.Headcount)))

	weights := make([]decimal.Decimal, len(c.rules.Posts))
	sum := decimal.Zero
	for i, p := range c.rules.Posts {
		weights[i] = p.Coefficient
		sum = sum.Add(p.Coefficient)
	}
	bases, _ := Split(c.res.Pool, weights, c.rules.Rounding.Unit)
	for i := range c.rules.Posts {
		post := &c.rules.Posts[i]
		exact := c.res.Pool.Mul(post.Coefficient).DivRound(sum, exactPlaces)
		c.res.Posts = append(c.res.Posts, &PostResult{Post: post, Base: bases[i], Exact: exact})
	}
}

// addPeople creates every roster person, with a line in their post when
// the post's workload is fixed or comes from the export.
func (c *computation) addPeople() {
	for _, p := range c.in.Roster.People {
		person := &Person{ID: p.ID, Name: p.Name, Role: p.Role, Counted: p.Counted, Where: p.Where}
		c.people[p.ID] = person
		c.res.People = append(c.res.People, person)
		if p.Role.Combined {
			continue
		}
		post, _ := c.rules.Post(p.Role.Post)
		line := &Line{Post: post}
		if !post.FromExport {
			line.Start = post.StartWorkload
		}
		person.Lines = append(person.Lines, line)
	}
}

// line returns the person's line in post, or nil.
func (p *Person) line(post string) *Line {
	for _, l := range p.Lines {
		if l.Post.Name == post {
			return l
		}
	}
	return nil
}

// addWorkload adds the export's rows to the lines they belong to, and warns
// once per person and post about rows that belong to no line.
func (c *computation) addWorkload() {
	var excluded []*input.WorkRow
	index := map[[2]string]*input.WorkRow{}
	for _, row := range c.in.Workload.Rows {
		key := dayKey{row.ID, row.Post, row.Date.Format("2006-01-02")}
		c.daily[key] = c.daily[key].Add(row.Amount)

		line := c.exportLine(row)
		if line != nil {
			line.Start = line.Start.Add(row.Amount)
			continue
		}
		if sum := index[[2]string{row.ID, row.Post}]; sum != nil {
			sum.Amount = sum.Amount.Add(row.Amount)
			sum.Rows += row.Rows
			continue
		}
		sum := row
		index[[2]string{row.ID, row.Post}] = &sum
		excluded = append(excluded, &sum)
	}

	for _, row := range excluded {
		if similar := c.similarID(row.ID); similar != "" && c.people[row.ID] == nil {
			c.problems.Add(row.Where, "工号 %s 不在花名册中，但花名册中有 %s：请统一工号的写法（前导零）", row.ID, similar)
			continue
		}
		c.warnExcluded(row)
	}
	c.warnNoExport()
	for _, person := range c.res.People {
		c.orderLines(person)
		if len(person.Lines) == 0 {
			c.warnPerson(person, person.Where, "专岗人员在工作量导出中没有任何工作量，本月考核奖为 0")
		}
	}
}

// exportLine returns the line an export row adds to, or nil when the row
// belongs to no line. A 专岗 person's line in a post starts at its first
// row.
func (c *computation) exportLine(row input.WorkRow) *Line {
	person := c.people[row.ID]
	if person == nil {
		return nil
	}
	line := person.line(row.Post)
	if line == nil && person.Role.Combined {
		post, _ := c.rules.Post(row.Post)
		line = &Line{Post: post}
		person.Lines = append(person.Lines, line)
	}
	return line
}

// orderLines sorts a person's lines in the rules' post order.
func (c *computation) orderLines(p *Person) {
	rank := map[string]int{}
	for i, post := range c.rules.Posts {
		rank[post.Name] = i
	}
	sort.SliceStable(p.Lines, func(i, j int) bool {
		return rank[p.Lines[i].Post.Name] < rank[p.Lines[j].Post.Name]
	})
}

// fillNames gives the roster's name to warnings that name a 工号 only, such
// as an input's date outside the month in a log without 姓名.
func (c *computation) fillNames() {
	for i := range c.res.Warnings {
		w := &c.res.Warnings[i]
		if p := c.people[w.ID]; p != nil && w.Name == "" {
			w.Name = p.Name
		}
	}
}

// warnNoExport warns about people of an export post that the export does
// not mention at all, who get no workload and no bonus.
func (c *computation) warnNoExport() {
	listed := map[string]bool{}
	for _, row := range c.in.Workload.Rows {
		listed[row.ID] = true
	}
	for _, p := range c.res.People {
		if p.Role.Combined || listed[p.ID] {
			continue
		}
		if l := p.line(p.Role.Post); l != nil && l.Post.FromExport {
			c.warnPerson(p, p.Where, "工作量导出中没有此人的%s岗工作量，工作量按 0 计", l.Post.Name)
		}
	}
}

// similarID returns a roster 工号 that equals id apart from leading zeros,
// or "" when there is none.
func (c *computation) similarID(id string) string {
	for _, p := range c.res.People {
		if p.ID != id && trimZeros(p.ID) == trimZeros(id) {
			return p.ID
		}
	}
	return ""
}

package month

import "testing"

func TestParse(t *testing.T) {
	cases := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2018-03", "2018-03", true},
		{"2018-3", "2018-03", true},
		{"2018-13", "", false},
		{"2018-03x", "", false},
		{"March", "", false},
	}
	for _, c := range cases {
		m, err := Parse(c.in)
		if (err == nil) != c.ok {
			t.Errorf("Parse(%q) error = %v, want ok %v", c.in, err, c.ok)
			continue
		}
		if c.ok && m.String() != c.want {
			t.Errorf("Parse(%q) = %q, want %q", c.in, m, c.want)
		}
	}
}

func TestAddAndQuarter(t *testing.T) {
	m, _ := Parse("2018-01")
	if got := m.Add(-1).String(); got != "2017-12" {
		t.Errorf("Add(-1) = %q, want 2017-12", got)
	}
	if got := m.Add(14).String(); got != "2019-03" {
		t.Errorf("Add(14) = %q, want 2019-03", got)
	}
	if got := m.Add(5).Quarter().String(); got != "2018-04" {
		t.Errorf("Quarter of 2018-06 = %q, want 2018-04", got)
	}
}

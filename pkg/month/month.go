// Package month is the calendar month that kaohe computes, written
// "2018-03" in folder names, rule files and on the command line.
package month

import (
	"fmt"
	"time"
)

// Month is a calendar month. The zero value is not a valid month.
type Month struct {
	Year  int
	Month time.Month
}

// Parse reads a month written as "2018-03" or "2018-3".
func Parse(s string) (Month, error) {
	var m Month
	var mon int
	var rest string
	n, _ := fmt.Sscanf(s, "%d-%d%s", &m.Year, &mon, &rest)
	if n != 2 || mon < 1 || mon > 12 || m.Year < 1900 || m.Year > 9999 {
		return Month{}, fmt.Errorf("月份 %q 无效，应写作 2018-03 的形式", s)
	}
	m.Month = time.Month(mon)
	return m, nil
}

// String formats the month as "2018-03".
func (m Month) String() string {
	return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month))
}

// Add returns the month n months later (earlier when n is negative).
func (m Month) Add(n int) Month {
	t := time.Date(m.Year, m.Month+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	return Month{Year: t.Year(), Month: t.Month()}
}

// Before reports whether m is earlier than o.
func (m Month) Before(o Month) bool {
	return m.Index() < o.Index()
}

// Index counts months from year 0, so that differences of indexes are
// distances in months.
func (m Month) Index() int {
	return m.Year*12 + int(m.Month) - 1
}

// Quarter returns the first month of m's calendar quarter.
func (m Month) Quarter() Month {
	return Month{Year: m.Year, Month: (m.Month-1)/3*3 + 1}
}

// Contains reports whether the date t falls in the month.
func (m Month) Contains(t time.Time) bool {
	return t.Year() == m.Year && t.Month() == m.Month
}

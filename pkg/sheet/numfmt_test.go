package sheet

import "testing"

func TestParseFormatCode(t *testing.T) {
	tests := []struct {
		code string
		want numberFormat
	}{
		{"General", numberFormat{}},
		{"0.00", numberFormat{}},
		{"#,##0.00_);[Red](#,##0.00)", numberFormat{}},
		{"0.00E+00", numberFormat{}},
		{"0%", numberFormat{percent: true}},
		{"0.0%;[Red]-0.0%", numberFormat{percent: true}},
		{`0"%"`, numberFormat{}},
		{`0\%`, numberFormat{}},
		{"yyyy/m/d", numberFormat{date: true}},
		{"YYYY-MM-DD", numberFormat{date: true}},
		{`yyyy"年"m"月"d"日"`, numberFormat{date: true}},
		{"[$-804]aaaa", numberFormat{date: true}},
		{"General;-General", numberFormat{}},
		{"GENERAL", numberFormat{}},
		{"Gen", numberFormat{}},
		{"[$-F800]dddd, mmmm dd, yyyy", numberFormat{date: true}},
		{"h:mm:ss", numberFormat{date: true}},
		{"[h]:mm", numberFormat{date: true}},
		{`0.00"元/月"`, numberFormat{}},
		{`0.00" days"`, numberFormat{}},
		{`0\d`, numberFormat{}},
		{`_-* #,##0_-;\-* #,##0_-;_-* "-"_-;_-@_-`, numberFormat{}},
		{"[Red][<=100]0;[Blue]0", numberFormat{}},
		{`"unterminated`, numberFormat{}},
		{`[unterminated`, numberFormat{}},
		{`0\`, numberFormat{}},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			if got := parseFormatCode(tt.code); got != tt.want {
				t.Errorf("parseFormatCode(%q) = %+v, want %+v", tt.code, got, tt.want)
			}
		})
	}
}

func TestBuiltinFormat(t *testing.T) {
	tests := []struct {
		name string
		id   int
		want numberFormat
	}{
		{"general", 0, numberFormat{}},
		{"0.00", 2, numberFormat{}},
		{"0%", 9, numberFormat{percent: true}},
		{"0.00%", 10, numberFormat{percent: true}},
		{"scientific", 11, numberFormat{}},
		{"mm-dd-yy", 14, numberFormat{date: true}},
		{"m/d/yy hh:mm", 22, numberFormat{date: true}},
		{"accounting", 44, numberFormat{}},
		{"mm:ss", 45, numberFormat{date: true}},
		{"mm:ss.0", 47, numberFormat{date: true}},
		{"text", 49, numberFormat{}},
		{"chinese year month", 27, numberFormat{date: true}},
		{"chinese full date", 31, numberFormat{date: true}},
		{"chinese month day", 58, numberFormat{date: true}},
		{"after east asian range", 59, numberFormat{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := builtinFormat(tt.id); got != tt.want {
				t.Errorf("builtinFormat(%d) = %+v, want %+v", tt.id, got, tt.want)
			}
		})
	}
}

package input_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/input"
)

// Which input file a problem case replaces.
const (
	inRoster = iota
	inWorkload
	inLog
)

func TestReadProblemLocated(t *testing.T) {
	cases := []struct {
		name     string
		file     int
		lines    []string
		row, col int
		message  string
	}{
		{"roster without 岗位", inRoster,
			[]string{"工号,姓名,状态", "2001,李晓梅,在岗"}, 1, 0, "缺少必需的列：岗位"},
		{"roster without 姓名 and 岗位", inRoster,
			[]string{"工号,状态", "2001,在岗"}, 1, 0, "缺少必需的列：姓名、岗位"},
		{"roster unknown role", inRoster,
			[]string{rosterHeader, "2001,李晓梅,保安,在岗"}, 2, 3, "岗位“保安”无法识别"},
		{"roster duplicate 工号", inRoster,
			[]string{rosterHeader, "2001,李晓梅,受理岗,", "3001,孙志强,派遣岗,", "2001,李晓,受理岗,"},
			4, 1, "工号 2001 重复（第 2 行已有）"},
		{"roster duplicate full-width 工号", inRoster,
			[]string{rosterHeader, "2001,李晓梅,受理岗,", "２００１,李晓,受理岗,"},
			3, 1, "工号 2001 重复（第 2 行已有）"},
		{"roster empty 姓名", inRoster,
			[]string{rosterHeader, "2001,,受理岗,在岗"}, 2, 2, "姓名为空"},
		{"roster header repeated", inRoster,
			[]string{"工号,姓名,岗位,岗位", "2001,李晓梅,受理岗,受理岗"}, 1, 4,
			"表头“岗位”重复（C 列已有）"},
		{"export without 工号", inWorkload,
			[]string{"日期,姓名,岗位,工作量", "2018-03-01,李晓梅,受理,600"}, 1, 0,
			"缺少必需的列：工号"},
		{"export post not from export", inWorkload,
			[]string{workloadHeader, "2018-03-01,2001,李晓梅,管理,600"}, 2, 4,
			"岗位“管理”无法识别"},
		{"export non-numeric 工作量", inWorkload,
			[]string{workloadHeader, "2018-03-01,2001,李晓梅,受理,六百"}, 2, 5,
			"工作量“六百”不是数字"},
		{"export negative 工作量", inWorkload,
			[]string{workloadHeader, "2018-03-01,2001,李晓梅,受理,-5"}, 2, 5, "工作量 -5 是负数"},
		{"export bad date", inWorkload,
			[]string{workloadHeader, "2018-13-01,2001,李晓梅,受理,600"}, 2, 1,
			"日期“2018-13-01”不存在"},
		{"log without 项目", inLog,
			[]string{"日期,工号,数量", "2018-03-05,2001,1"}, 1, 0, "缺少必需的列：项目"},
		{"log unknown item code", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,纪律-99,,,,,"}, 2, 4,
			"项目编号“纪律-99”不存在"},
		{"log empty item code", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,,,,,,"}, 2, 4, "项目为空"},
		{"log unknown 岗位", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,纪律-2,,,,财务,"}, 2, 8,
			"岗位“财务”无法识别"},
		{"log non-numeric 数量", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,纪律-1,,三小时,,,"}, 2, 6,
			"数量“三小时”不是数字"},
		{"log negative 数量", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,纪律-1,,-2,,,"}, 2, 6, "数量 -2 是负数"},
		{"log 次数 with decimals", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,纪律-2,1.5,,,,"}, 2, 5,
			"次数 1.5 不是正整数"},
		{"log 次数 zero", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,纪律-2,0,,,,"}, 2, 5, "次数 0 不是正整数"},
		{"log 次数 negative", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,纪律-2,-1,,,,"}, 2, 5, "次数 -1 不是正整数"},
		{"log 次数 in words", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,纪律-2,两次,,,,"}, 2, 5,
			"次数“两次”不是数字"},
		{"log date in words", inLog,
			[]string{logHeader, "三月五日,2001,李晓梅,纪律-2,,,,,"}, 2, 1, "“三月五日”不是日期"},
		{"log date that does not exist", inLog,
			[]string{logHeader, "2018-02-30,2001,李晓梅,纪律-2,,,,,"}, 2, 1,
			"日期“2018-02-30”不存在"},
		{"log empty date", inLog,
			[]string{logHeader, ",2001,李晓梅,纪律-2,,,,,"}, 2, 1, "日期为空"},
		{"log empty 工号", inLog,
			[]string{logHeader, "2018-03-05,,李晓梅,纪律-2,,,,,"}, 2, 2, "工号为空"},
		{"log discretionary without 分值", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,纪律-13,,,,,"}, 2, 7, "分值不能为空"},
		{"log non-numeric 分值", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,纪律-13,,,一分,,"}, 2, 7,
			"分值“一分”不是数字"},
		{"log leave without 数量", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,纪律-1,,,,,"}, 2, 6, "请假小时数"},
		{"log lateness without 数量", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,考勤-迟到,,,,,"}, 2, 6, "分钟数"},
		{"log rate without 数量", inLog,
			[]string{logHeader, "2018-03-05,2001,李晓梅,值班长-4,,,,,"}, 2, 6, "百分比"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var m monthLines
			switch c.file {
			case inRoster:
				m.roster = c.lines
			case inWorkload:
				m.workload = c.lines
			default:
				m.log = c.lines
			}
			paths := m.write(t)
			file := []string{paths.Roster, paths.Workload, paths.Log}[c.file]

			_, err := input.Read(paths, haimen(t), march, input.Options{})

			ps := problemsOf(t, err)
			if len(ps) != 1 {
				t.Fatalf("got %d problems, want 1:\n%v", len(ps), err)
			}
			want := diag.Location{File: file, Row: c.row, Col: c.col}
			if ps[0].Where != want {
				t.Errorf("problem at %q, want %q", ps[0].Where, want)
			}
			if !strings.Contains(ps[0].Message, c.message) {
				t.Errorf("message %q does not contain %q", ps[0].Message, c.message)
			}
		})
	}
}

func TestReadCollectsAllProblems(t *testing.T) {
	m := monthLines{
		roster: []string{rosterHeader, "2001,李晓梅,受理岗,", "3001,孙志强,保安,"},
		workload: []string{workloadHeader,
			"2018-03-01,2001,李晓梅,受理,六百",
			"2018-03-01,3001,孙志强,派遣,900",
		},
		log: []string{logHeader,
			"2018-03-05,2001,李晓梅,纪律-2,,,,财务,",
			"2018-02-30,2001,李晓梅,纪律-2,1.5,,,,",
			"2018-03-05,2001,李晓梅,纪律-99,,,,,",
		},
	}
	paths := m.write(t)

	_, err := input.Read(paths, haimen(t), march, input.Options{})

	ps := problemsOf(t, err)
	want := []diag.Location{
		{File: paths.Workload, Row: 2, Col: 5},
		{File: paths.Log, Row: 2, Col: 8},
		{File: paths.Log, Row: 3, Col: 1},
		{File: paths.Log, Row: 3, Col: 5},
		{File: paths.Log, Row: 4, Col: 4},
		{File: paths.Roster, Row: 3, Col: 3},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%v", len(ps), len(want), err)
	}
	for i, p := range ps {
		if p.Where != want[i] {
			t.Errorf("problem %d at %q, want %q", i, p.Where, want[i])
		}
	}
	if !strings.HasPrefix(err.Error(), "输入有 6 处问题") {
		t.Errorf("error %q does not start with the count", err)
	}
}

func TestReadMissingFile(t *testing.T) {
	paths := monthLines{}.write(t)
	paths.Log = filepath.Join(filepath.Dir(paths.Log), "没有这个文件.csv")

	_, err := input.Read(paths, haimen(t), march, input.Options{})

	ps := problemsOf(t, err)
	if len(ps) != 1 {
		t.Fatalf("got %d problems, want 1:\n%v", len(ps), err)
	}
	if ps[0].Where.File != paths.Log {
		t.Errorf("problem in %q, want %q", ps[0].Where.File, paths.Log)
	}
	if !strings.Contains(ps[0].Message, "找不到文件") {
		t.Errorf("message %q does not say the file is missing", ps[0].Message)
	}
}

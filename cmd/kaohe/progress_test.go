package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/kaohe/kaohe/pkg/sheet"
)

func TestProgressAfterDelay(t *testing.T) {
	var out bytes.Buffer
	clock := time.Date(2018, 4, 2, 9, 0, 0, 0, time.UTC)
	show := newProgress(&out, func() time.Time { return clock })
	file := "/ws/2018-03/工作量.xlsx"

	show(sheet.Progress{File: file, Rows: 10000, Done: 10, Total: 100})
	if out.Len() != 0 {
		t.Fatalf("progress shown before the delay: %q", out.String())
	}

	clock = clock.Add(1500 * time.Millisecond)
	show(sheet.Progress{File: file, Rows: 20000, Done: 35, Total: 100})
	if got := out.String(); !strings.Contains(got, "\r正在读取 工作量.xlsx：20000 行（35%）") {
		t.Errorf("progress line = %q, want rows and percent", got)
	}

	show(sheet.Progress{File: file, Rows: 30000, Done: 100, Total: 100, End: true})
	if !strings.HasSuffix(out.String(), "30000 行（100%）\033[K\n") {
		t.Errorf("last output %q does not end the line", out.String())
	}
}

func TestProgressOffForPipes(t *testing.T) {
	if progressPrinter(&bytes.Buffer{}) != nil {
		t.Error("progress printer for a buffer, want none")
	}
}

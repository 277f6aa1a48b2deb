package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/kaohe/kaohe/pkg/sheet"
)

// progressDelay is how long reading a file may take before its progress is
// shown.
const progressDelay = time.Second

// progressPrinter returns a callback that shows on w, when w is a terminal,
// the rows read from each input that takes longer than progressDelay; nil
// otherwise, so that logs and pipes get no progress lines.
func progressPrinter(w io.Writer) func(sheet.Progress) {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil
	}

	started := map[string]time.Time{}
	return func(p sheet.Progress) {
		key := p.File + "\x00" + p.Sheet
		if _, ok := started[key]; !ok {
			started[key] = time.Now()
		}
		if time.Since(started[key]) < progressDelay {
			return
		}
		line := fmt.Sprintf("\r正在读取 %s：%d 行", filepath.Base(p.File), p.Rows)
		if p.Total > 0 {
			line += fmt.Sprintf("（%d%%）", p.Done*100/p.Total)
		}
		fmt.Fprint(w, line+"\033[K")
		if p.End {
			fmt.Fprintln(w)
		}
	}
}

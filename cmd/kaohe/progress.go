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

// progressPrinter returns a callback that shows the progress of reading
// inputs on w when w is a terminal, and nil otherwise, so that logs and
// pipes get no progress lines.
func progressPrinter(w io.Writer) func(sheet.Progress) {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return newProgress(w, time.Now)
}

// newProgress returns a callback that rewrites one line on w with the rows
// read from a file, and the percentage when the size is known, once the
// file has taken longer than progressDelay. now is the clock.
func newProgress(w io.Writer, now func() time.Time) func(sheet.Progress) {
	started := map[string]time.Time{}
	return func(p sheet.Progress) {
		key := p.File + "\x00" + p.Sheet
		if _, ok := started[key]; !ok {
			started[key] = now()
		}
		if now().Sub(started[key]) < progressDelay {
			return
		}

		line := fmt.Sprintf("\r正在读取 %s：%d 行", filepath.Base(p.File), p.Rows)
		if p.Total > 0 {
			line += fmt.Sprintf("（%d%%）", p.Done*100/p.Total)
		}
		// \033[K clears what a longer previous line left.
		fmt.Fprint(w, line+"\033[K")
		if p.End {
			fmt.Fprintln(w)
		}
	}
}

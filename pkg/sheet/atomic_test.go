package sheet

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestInterruptedWriteKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "考核奖-2018-03.xlsx")
	if err := os.WriteFile(path, []byte("old workbook"), 0o644); err != nil {
		t.Fatal(err)
	}

	diskFull := errors.New("no space left on device")
	err := writeFileAtomic(path, func(w io.Writer) error {
		if _, err := w.Write([]byte("half of a new work")); err != nil {
			return err
		}
		return diskFull
	})
	if !errors.Is(err, diskFull) {
		t.Fatalf("writeFileAtomic error = %v, want the writer's error", err)
	}

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != "old workbook" {
		t.Errorf("file holds %q after a failed write, want the old content", data)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries after a failed write, want only the old file", len(entries))
	}
}

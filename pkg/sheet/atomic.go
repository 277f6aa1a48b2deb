package sheet

import (
	"io"
	"os"
	"path/filepath"
)

// outputMode is the permission of a written file. os.CreateTemp creates 0600,
// which would hide a report from the other users of a shared computer.
const outputMode = 0o644

// writeFileAtomic writes a file through a temporary file in the same
// directory and renames it to path, so that readers see the old file or the
// complete new one. The temporary file is removed on any error.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"-*.tmp")
	if err != nil {
		return err
	}
	closed := false
	defer func() {
		if err == nil {
			return
		}
		if !closed {
			tmp.Close()
		}
		os.Remove(tmp.Name())
	}()

	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(outputMode); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	closed = true
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

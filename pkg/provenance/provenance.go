// Package provenance records where a bonus sheet came from: the month, the
// rules file and every input file with its size and SHA-256, the kaohe
// version and the time of the run. An auditor can then check later whether
// an archived sheet still follows from the files beside it.
package provenance

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/kaohe/kaohe/pkg/month"
)

// File is one file's name (without folder), size in bytes and SHA-256 in
// lowercase hex. Role names what the file is, such as 花名册.
type File struct {
	Role   string
	Name   string
	Size   int64
	SHA256 string
}

// Record is the provenance of one month's bonus sheet.
type Record struct {
	Month       month.Month
	RulesTitle  string
	Rules       File
	Inputs      []File
	Version     string
	GeneratedAt time.Time
}

// Hash returns the file at path with its size and SHA-256. It opens the
// file read-only.
func Hash(role, path string) (File, error) {
	f, err := os.Open(path)
	if err != nil {
		return File{}, fmt.Errorf("无法读取 %s：%w", path, err)
	}
	defer f.Close()

	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return File{}, fmt.Errorf("无法读取 %s：%w", path, err)
	}
	return File{Role: role, Name: filepath.Base(path), Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

// Version returns kaohe's version: the one set at build time if any, else
// the module version or the VCS revision the binary was built from, else
// "dev".
func Version(linked string) string {
	if linked != "" && linked != "dev" {
		return linked
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	revision, modified := "", ""
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+修改"
			}
		}
	}
	if revision == "" {
		return "dev"
	}
	if len(revision) > 12 {
		revision = revision[:12]
	}
	return revision + modified
}

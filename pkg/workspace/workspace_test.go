package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/month"
)

func touch(t *testing.T, dir string, names ...string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

var march = month.Month{Year: 2018, Month: 3}

func TestFindDefaultNames(t *testing.T) {
	root := t.TempDir()
	touch(t, filepath.Join(root, "2018-03"), "花名册.csv", "workload.xlsx", "扣分登记.xlsx")
	ws, err := Open(root)
	if err != nil {
		t.Fatal(err)
	}
	f, err := ws.Find(march)
	if err != nil {
		t.Fatalf("Find: %v", err)
	}
	for got, want := range map[string]string{
		f.Roster: "花名册.csv", f.Workload: "workload.xlsx", f.Log: "扣分登记.xlsx",
	} {
		if filepath.Base(got) != want {
			t.Errorf("found %q, want %q", filepath.Base(got), want)
		}
	}
}

func TestFindReportsEveryProblem(t *testing.T) {
	root := t.TempDir()
	touch(t, filepath.Join(root, "2018-03"), "花名册.csv", "花名册.xlsx")
	ws, _ := Open(root)
	_, err := ws.Find(march)
	ps := diag.AsProblems(err)
	if len(ps) != 3 {
		t.Fatalf("got %d problems (%v), want 3", len(ps), err)
	}
	text := err.Error()
	for _, want := range []string{"花名册文件有多个", "缺少工作量文件", "缺少扣分登记文件"} {
		if !strings.Contains(text, want) {
			t.Errorf("error %q does not mention %q", text, want)
		}
	}
}

func TestFindMissingMonth(t *testing.T) {
	ws, _ := Open(t.TempDir())
	_, err := ws.Find(march)
	if err == nil || !strings.Contains(err.Error(), "2018-03") {
		t.Errorf("Find error = %v, want one naming 2018-03", err)
	}
}

func TestConfigRenamesInputs(t *testing.T) {
	root := t.TempDir()
	touch(t, filepath.Join(root, "2018-03"), "人员.csv", "话务.csv", "考核.xlsx")
	cfg := "roster: 人员\nworkload: 话务.csv\ndeductions: 考核\nrules: my-rules\n"
	if err := os.WriteFile(filepath.Join(root, ConfigName), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	ws, err := Open(root)
	if err != nil {
		t.Fatal(err)
	}
	f, err := ws.Find(march)
	if err != nil {
		t.Fatalf("Find: %v", err)
	}
	if filepath.Base(f.Log) != "考核.xlsx" {
		t.Errorf("Log = %q, want 考核.xlsx", f.Log)
	}
	if ws.RulesPath() != filepath.Join(root, "my-rules") {
		t.Errorf("RulesPath = %q", ws.RulesPath())
	}
}

func TestConfigUnknownKey(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, ConfigName), []byte("rosters: x\n"), 0o644)
	_, err := Open(root)
	if err == nil || !strings.Contains(err.Error(), "kaohe.yaml") {
		t.Errorf("Open error = %v, want one naming kaohe.yaml", err)
	}
}

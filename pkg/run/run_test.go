package run

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/month"
	"github.com/kaohe/kaohe/pkg/rules"
	"github.com/kaohe/kaohe/pkg/workspace"
)

func demo(t *testing.T) *workspace.Workspace {
	t.Helper()
	ws, err := workspace.Open("../../testdata/demo")
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func TestComputeDemoWithProvenance(t *testing.T) {
	got, err := Compute(demo(t), month.Month{Year: 2018, Month: 3}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Result.Pool.String() != "5000" {
		t.Errorf("pool = %s, want 5000", got.Result.Pool)
	}
	if len(got.Inputs) != 3 {
		t.Fatalf("%d input files hashed, want 3", len(got.Inputs))
	}
	roster := got.Inputs[0]
	if roster.Role != "花名册" || roster.Name != "花名册.csv" || len(roster.SHA256) != 64 {
		t.Errorf("roster provenance = %+v, want 花名册.csv with a SHA-256", roster)
	}
	info, _ := os.Stat("../../testdata/demo/2018-03/花名册.csv")
	if roster.Size != info.Size() {
		t.Errorf("roster size = %d, want %d", roster.Size, info.Size())
	}
}

func TestComputeErrorsName(t *testing.T) {
	_, err := Compute(demo(t), month.Month{Year: 2018, Month: 2}, Options{})
	if !errors.Is(err, rules.ErrNotInForce) {
		t.Errorf("2018-02: error %v, want ErrNotInForce", err)
	}
	_, err = Compute(demo(t), month.Month{Year: 2018, Month: 4}, Options{})
	if !errors.Is(err, workspace.ErrMonthMissing) {
		t.Errorf("2018-04: error %v, want ErrMonthMissing", err)
	}
}

func TestSelectRulesFromFileAndFolder(t *testing.T) {
	src, err := os.ReadFile("../../rules/haimen-2018.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if !strings.Contains(string(src), "effective_from: 2018-03") {
		t.Fatal("the Haimen rules do not start in 2018-03")
	}
	later := strings.Replace(string(src), "effective_from: 2018-03", "effective_from: 2019-07", 1)
	os.WriteFile(filepath.Join(dir, "a.yaml"), src, 0o644)
	os.WriteFile(filepath.Join(dir, "b.yaml"), []byte(later), 0o644)

	cases := []struct {
		path  string
		month month.Month
		want  string
	}{
		{dir, month.Month{Year: 2019, Month: 6}, "a.yaml"},
		{dir, month.Month{Year: 2019, Month: 7}, "b.yaml"},
		{filepath.Join(dir, "b.yaml"), month.Month{Year: 2020, Month: 1}, "b.yaml"},
		{"", month.Month{Year: 2030, Month: 1}, "haimen-2018.yaml"},
	}
	for _, c := range cases {
		r, err := SelectRules(demo(t), c.month, c.path)
		if err != nil {
			t.Fatalf("SelectRules(%s, %s): %v", c.path, c.month, err)
		}
		if r.Source != c.want {
			t.Errorf("SelectRules(%s, %s) = %s, want %s", c.path, c.month, r.Source, c.want)
		}
	}
}

package report

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kaohe/kaohe/pkg/provenance"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestDerivationGolden checks the derivations of the demo month against
// golden files, one per person, which document why each bonus came out.
// Run with -update to rewrite them after a deliberate change.
func TestDerivationGolden(t *testing.T) {
	res := demoResult(t)
	for _, id := range []string{"5001", "1002", "2004", "3001"} {
		t.Run(id, func(t *testing.T) {
			var person = res.People[0]
			for _, p := range res.People {
				if p.ID == id {
					person = p
				}
			}
			got := strings.Join(Derivation(res, person), "\n") + "\n"
			path := filepath.Join("testdata", "explain-"+id+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./pkg/report -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("derivation of %s differs from %s:\n%s", id, path, got)
			}
		})
	}
}

func TestDerivationEndsWithBonus(t *testing.T) {
	res := demoResult(t)
	for _, p := range res.People {
		lines := Derivation(res, p)
		last := lines[len(lines)-1]
		if !strings.HasSuffix(last, p.Bonus.StringFixed(2)+" 元") {
			t.Errorf("%s: last line %q does not end with the bonus %s", p.ID, last, p.Bonus.StringFixed(2))
		}
	}
}

func TestBonusTablesDeterministic(t *testing.T) {
	first := BonusTables(demoResult(t), provenance.Record{})
	second := BonusTables(demoResult(t), provenance.Record{})
	if !reflect.DeepEqual(first, second) {
		t.Error("two computations of the same month gave different tables")
	}
}

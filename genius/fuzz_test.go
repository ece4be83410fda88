package genius

import (
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/frontier"
)

// FuzzDecode feeds arbitrary documents to the reader: it must never panic, must fail only with a
// *bespoke.Error, and what it accepts must be a valid problem the engine can analyse.
func FuzzDecode(f *testing.F) {
	f.Add(testDomain, goodProfile)
	for _, dir := range []string{"testdata/offer", "testdata/capped"} {
		d, _ := os.ReadFile(dir + "/domain.xml")
		p, _ := os.ReadFile(dir + "/candidate.xml")
		f.Add(string(d), string(p))
	}
	f.Add(`<utility_space><objective><issue index="1" name="a"><item value="x"/></issue></objective></utility_space>`,
		`<utility_space><objective><issue index="1"><item value="x" evaluation="1e-400"/></issue><weight index="1" value="1"/></objective></utility_space>`)
	f.Fuzz(func(t *testing.T, domain, profile string) {
		pr, err := Decode([]byte(domain), [2][]byte{[]byte(profile), []byte(profile)})
		if err != nil {
			var be *bespoke.Error
			if !errors.As(err, &be) || be.Message == "" {
				t.Fatalf("error %v (%T) is not a *bespoke.Error with a message", err, err)
			}
			return
		}
		if err := pr.Validate(); err != nil {
			t.Fatalf("accepted an invalid problem: %v", err)
		}
		if pr.Domain.Size().Cmp(big.NewInt(100000)) > 0 {
			return
		}
		if _, err := frontier.Analyze(pr, frontier.Options{MaxPoints: 100000}); err != nil && bespoke.ErrorCode(err) != bespoke.EUNSUPPORTED {
			t.Fatalf("analysis failed: %v", err)
		}
	})
}

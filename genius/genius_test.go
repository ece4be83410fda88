package genius

import (
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/frontier"
)

const testDomain = `<?xml version="1.0"?>
<negotiation_template><utility_space number_of_issues="2">
<objective index="0" name="offer" type="objective">
  <issue index="1" name="Salary" type="discrete"><item index="1" value="low"/><item index="2" value="high"/></issue>
  <issue index="2" name="Remote" type="discrete"><item index="1" value="no"/><item index="2" value="yes"/></issue>
</objective></utility_space></negotiation_template>`

// profile returns a profile of testDomain with the given items, weights and trailer.
func profile(salary, remote, weights, trailer string) string {
	return `<utility_space><objective index="0" name="offer">
  <issue index="1" name="Salary">` + salary + `</issue>
  <issue index="2" name="Remote">` + remote + `</issue>` + weights + `
</objective>` + trailer + `</utility_space>`
}

const (
	salaryOK = `<item value="low" evaluation="1"/><item value="high" evaluation="4"/>`
	remoteOK = `<item value="no" evaluation="0.5"/><item value="yes" evaluation="0.25"/>`
	weightOK = `<weight index="1" value="0.7"/><weight index="2" value="0.3"/>`
)

var goodProfile = profile(salaryOK, remoteOK, weightOK, `<reservation value="0.2"/><discount_factor value="0.9"/>`)

func TestDecode(t *testing.T) {
	pr, err := Decode([]byte(testDomain), [2][]byte{[]byte(goodProfile), []byte(goodProfile)})
	if err != nil {
		t.Fatal(err)
	}
	p := pr.Parties[0]
	want := [][]string{{"1/4", "1"}, {"1", "1/2"}} // each evaluation over its issue's largest
	for i, scores := range p.Scores {
		for v, s := range scores {
			if s.RatString() != want[i][v] {
				t.Errorf("score %d/%d = %s, want %s", i, v, s.RatString(), want[i][v])
			}
		}
	}
	if p.Weights[0].RatString() != "7/10" || p.Reservation.RatString() != "1/5" || p.Cap.RatString() != "1" {
		t.Errorf("weights %v, reservation %v, cap %v", p.Weights, p.Reservation, p.Cap)
	}
	if got := pr.Domain.Issues[1].Values; !slices.Equal(got, []string{"no", "yes"}) || p.Name != "A" {
		t.Errorf("values %v, name %q", got, p.Name)
	}
}

func TestDecodeQuirks(t *testing.T) {
	tiny := profile(`<item value="low" evaluation="0.000001"/><item value="high" evaluation="0.000009"/>`, remoteOK, weightOK, "")
	heavy := profile(salaryOK, remoteOK, `<weight index="1" value="0.71"/><weight index="2" value="0.3"/>`, "")
	bare := strings.NewReplacer("<negotiation_template>", "", "</negotiation_template>", "").Replace(testDomain)
	pr, err := Decode([]byte(bare), [2][]byte{[]byte(tiny), []byte(heavy)})
	if err != nil {
		t.Fatal(err)
	}
	// EvaluatorDiscrete.normalize: a largest evaluation under 0.00001 makes every evaluation 0.
	if s := pr.Parties[0].Scores[0]; s[0].Sign() != 0 || s[1].Sign() != 0 {
		t.Errorf("tiny evaluations normalised to %v, want 0", s)
	}
	if pr.Parties[0].Reservation != nil {
		t.Errorf("reservation %v, want none", pr.Parties[0].Reservation)
	}
	// Weights summing to 1.01 are kept as written and the utility is capped at 1.
	if u := pr.Utility(1, frontier.Package{1, 0}); u.Cmp(big.NewRat(1, 1)) != 0 {
		t.Errorf("best package's utility %v, want capped at 1", u)
	}
}

// TestDecodeEncodings checks that a UTF-8 byte order mark and a declared ISO-8859-1 encoding
// are read, and that the values of both files still match.
func TestDecodeEncodings(t *testing.T) {
	domain := "\xef\xbb\xbf" + strings.Replace(testDomain, `value="yes"`, `value="oui, café"`, 1)
	latin := `<?xml version="1.0" encoding="ISO-8859-1"?>` + "\n" +
		strings.Replace(goodProfile, `value="yes"`, "value=\"oui, caf\xe9\"", 1)
	pr, err := Decode([]byte(domain), [2][]byte{[]byte(latin), []byte(strings.Replace(goodProfile, `value="yes"`, `value="oui, café"`, 1))})
	if err != nil {
		t.Fatal(err)
	}
	if got := pr.Domain.Issues[1].Values[1]; got != "oui, café" {
		t.Errorf("value %q", got)
	}
	if s := pr.Parties[0].Scores[1]; s[0].RatString() != "1" || s[1].RatString() != "1/2" {
		t.Errorf("scores of the Latin-1 profile %v", s)
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, domain, profile, code, want string
	}{
		{"malformed", testDomain, `<utility_space><objective>`, bespoke.EINVALID, "profile A: malformed XML"},
		{"not xml", "hello", goodProfile, bespoke.EINVALID, "domain: text before the root element"},
		{"empty", "", goodProfile, bespoke.EINVALID, "domain: the document has no root element"},
		{"wrong root", `<domain/>`, goodProfile, bespoke.EINVALID, "root element is <domain>"},
		{"two roots", testDomain + `<x/>`, goodProfile, bespoke.EINVALID, "a second root element <x>"},
		{"other encoding", `<?xml version="1.0" encoding="windows-1252"?><utility_space/>`, goodProfile, bespoke.EINVALID, `domain: the document declares the encoding "windows-1252"; only UTF-8 and ISO-8859-1 are read`},
		{"entity", testDomain, `<!DOCTYPE u [<!ENTITY a "b">]><utility_space>&a;</utility_space>`, bespoke.EINVALID, "malformed XML"},
		{"no objective", `<utility_space/>`, goodProfile, bespoke.EINVALID, "has no <objective>"},
		{"integer issue", strings.Replace(testDomain, `name="Remote" type="discrete"`, `name="Remote" type="integer"`, 1), goodProfile, bespoke.EUNSUPPORTED, `issue "Remote" is of type "integer"`},
		{"nested objective", `<utility_space><objective name="root"><objective name="sub"/></objective></utility_space>`, goodProfile, bespoke.EUNSUPPORTED, "nests objectives"},
		{"duplicate value", strings.Replace(testDomain, `value="yes"`, `value="no"`, 1), goodProfile, bespoke.EINVALID, `lists value "no" twice`},
		{"no index", strings.Replace(testDomain, `index="2" name="Remote"`, `name="Remote"`, 1), goodProfile, bespoke.EINVALID, "an <issue> has no index"},
		{"unknown value", testDomain, profile(salaryOK+`<item value="medium" evaluation="2"/>`, remoteOK, weightOK, ""), bespoke.EINVALID, `issue "Salary" has no value "medium" in the domain (values: low, high)`},
		{"missing evaluation", testDomain, profile(`<item value="low" evaluation="1"/>`, remoteOK, weightOK, ""), bespoke.EINVALID, `value "high" of issue "Salary" has no evaluation`},
		{"negative evaluation", testDomain, profile(`<item value="low" evaluation="-1"/><item value="high" evaluation="4"/>`, remoteOK, weightOK, ""), bespoke.EINVALID, "has evaluation -1; evaluations must be at least 0"},
		{"word evaluation", testDomain, profile(`<item value="low" evaluation="high"/><item value="high" evaluation="4"/>`, remoteOK, weightOK, ""), bespoke.EINVALID, `"high" is not a number`},
		{"huge exponent", testDomain, profile(`<item value="low" evaluation="1e999999999"/><item value="high" evaluation="4"/>`, remoteOK, weightOK, ""), bespoke.EINVALID, "exponent beyond"},
		{"weights sum", testDomain, profile(salaryOK, remoteOK, `<weight index="1" value="0.2"/><weight index="2" value="0.3"/>`, ""), bespoke.EINVALID, "the weights sum to 0.5"},
		{"negative weight", testDomain, profile(salaryOK, remoteOK, `<weight index="1" value="1.3"/><weight index="2" value="-0.3"/>`, ""), bespoke.EINVALID, "weight -0.3"},
		{"missing weight", testDomain, profile(salaryOK, remoteOK, `<weight index="1" value="1"/>`, ""), bespoke.EINVALID, `issue "Remote" has no weight`},
		{"stray weight", testDomain, profile(salaryOK, remoteOK, weightOK+`<weight index="7" value="0"/>`, ""), bespoke.EINVALID, "index 7, which is no issue"},
		{"renamed issue", testDomain, strings.Replace(goodProfile, `name="Remote"`, `name="Office"`, 1), bespoke.EINVALID, `issue 2 is named "Office", but "Remote" in the domain`},
		{"bad reservation", testDomain, profile(salaryOK, remoteOK, weightOK, `<reservation value="none"/>`), bespoke.EINVALID, "<reservation>"},
		{"two reservations", testDomain, profile(salaryOK, remoteOK, weightOK, `<reservation value="0"/><reservation value="0.1"/>`), bespoke.EINVALID, "2 <reservation> elements"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.domain), [2][]byte{[]byte(tt.profile), []byte(goodProfile)})
			if bespoke.ErrorCode(err) != tt.code || !strings.Contains(bespoke.ErrorMessage(err), tt.want) {
				t.Errorf("got %s %q, want %s containing %q", bespoke.ErrorCode(err), bespoke.ErrorMessage(err), tt.code, tt.want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.xml")
	if err := os.WriteFile(big, make([]byte, MaxFileSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(filepath.Join(dir, "missing.xml"), [2]string{big, big})
	if bespoke.ErrorCode(err) != bespoke.ENOTFOUND || !strings.Contains(err.Error(), "missing.xml: no such file") {
		t.Errorf("missing file: %v", err)
	}
	_, err = Load(big, [2]string{big, big})
	if bespoke.ErrorCode(err) != bespoke.EINVALID || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("large file: %v", err)
	}
	_, err = Decode(make([]byte, MaxFileSize+1), [2][]byte{})
	if bespoke.ErrorCode(err) != bespoke.EINVALID {
		t.Errorf("large domain: %v", err)
	}
}

// TestRoundingNoise shows why the engine is exact: in the offer fixture, two bids give the
// company exactly 1009/1200, but in doubles the one worse for the candidate comes out one ulp
// higher for the company, so GeNIUS's float frontier keeps a bid that is in fact dominated.
func TestRoundingNoise(t *testing.T) {
	dir := "testdata/offer"
	pr, err := Load(filepath.Join(dir, "domain.xml"), [2]string{filepath.Join(dir, "candidate.xml"), filepath.Join(dir, "company.xml")})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "domain.xml"))
	dom, _ := parseDomain(data)
	spaces := [2]floatSpace{loadFloatSpace(t, dom, filepath.Join(dir, "candidate.xml")), loadFloatSpace(t, dom, filepath.Join(dir, "company.xml"))}
	var points []floatPoint
	for _, bid := range allBids(pr.Domain) {
		points = append(points, floatPoint{bid: bid, u: [2]float64{spaces[0].utility(bid), spaces[1].utility(bid)}})
	}
	front := geniusFrontier(points)
	spurious := 0
	for _, p := range front {
		exact := [2]*big.Rat{pr.Utility(0, p.bid), pr.Utility(1, p.bid)}
		for _, q := range front {
			e := [2]*big.Rat{pr.Utility(0, q.bid), pr.Utility(1, q.bid)}
			if e[0].Cmp(exact[0]) > 0 && e[1].Cmp(exact[1]) >= 0 {
				spurious++
				t.Logf("GeNIUS keeps %v %v, exactly dominated by %v %v", p.bid, p.u, q.bid, q.u)
			}
		}
	}
	if spurious != 1 {
		t.Errorf("found %d exactly dominated bids on GeNIUS's float frontier, want 1", spurious)
	}
}

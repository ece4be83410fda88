package frontier_test

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/frontier"
)

func rat(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return r
}

func rats(ss ...string) []*big.Rat {
	out := make([]*big.Rat, len(ss))
	for i, s := range ss {
		out[i] = rat(s)
	}
	return out
}

// smallOffer is a two-issue domain small enough to check by hand. Utilities (candidate,
// company): (low, no) 0.1, 1; (low, yes) 0.3, 0.9; (high, no) 0.7, 0.4; (high, yes) 0.9, 0.3.
func smallOffer() *frontier.Problem {
	return &frontier.Problem{
		Domain: frontier.Domain{Issues: []frontier.Issue{{Name: "salary", Values: []string{"low", "high"}}, {Name: "remote", Values: []string{"no", "yes"}}}},
		Parties: [2]frontier.Party{
			{Name: "candidate", Weights: rats("0.6", "0.4"), Scores: [][]*big.Rat{rats("0", "1"), rats("0.25", "0.75")}, Reservation: rat("0.2")},
			{Name: "company", Weights: rats("0.6", "0.4"), Scores: [][]*big.Rat{rats("1", "0"), rats("1", "0.75")}, Reservation: rat("0.1")},
		},
	}
}

// TestConventions checks the fair points of smallOffer, worked by hand. The frontier of
// acceptable packages is (0.3, 0.9), (0.7, 0.4), (0.9, 0.3); (low, no) is below the candidate's
// reservation value.
//
//   - standard: gains from (0.2, 0.1). Nash products 0.08, 0.15, 0.14; KS ideal (0.9, 0.9), gaps
//     0.857, 0.339, 0.875; smaller gains 0.1, 0.3, 0.2; welfare 1.2, 1.1, 1.2 (a tie: the lower
//     candidate utility wins).
//   - genius: Nash as standard; KS gaps |uA − uB| 0.6, 0.3, 0.6.
//   - negmas: the company's worst utility 0.3 exceeds its reservation, so gains are from
//     (0.2, 0.3). Nash products 0.06, 0.05, 0; KS ideal (0.9, 1), gaps 0.714, 0.571, 1; smaller
//     gains 0.1, 0.1, 0 (a tie).
func TestConventions(t *testing.T) {
	low, high := "salary=low remote=yes", "salary=high remote=no"
	tests := []struct {
		conv                  frontier.Convention
		nash, ks, egal, welfa string
	}{
		{frontier.Standard, high, high, high, low},
		{frontier.GeNIUS, high, high, high, low},
		{frontier.NegMAS, low, high, low, low},
	}
	for _, tt := range tests {
		an, err := frontier.Analyze(smallOffer(), frontier.Options{Convention: tt.conv})
		if err != nil {
			t.Fatal(err)
		}
		got := []string{describe(an, an.Nash), describe(an, an.KalaiSmorodinsky), describe(an, an.Egalitarian), describe(an, an.MaxWelfare)}
		if want := []string{tt.nash, tt.ks, tt.egal, tt.welfa}; !slices.Equal(got, want) {
			t.Errorf("%s: Nash, KS, egalitarian, welfare = %q, want %q", tt.conv, got, want)
		}
		if len(an.Frontier) != 3 {
			t.Errorf("%s: %d frontier points, want 3", tt.conv, len(an.Frontier))
		}
	}
}

func describe(an *frontier.Analysis, p *frontier.Point) string {
	var parts []string
	for i, v := range p.Package.Values(an.Problem.Domain) {
		parts = append(parts, an.Problem.Domain.Issues[i].Name+"="+v)
	}
	return strings.Join(parts, " ")
}

func TestAnalyzeErrors(t *testing.T) {
	pr := smallOffer()
	if _, err := frontier.Analyze(pr, frontier.Options{Convention: "fair"}); bespoke.ErrorCode(err) != bespoke.EINVALID {
		t.Errorf("unknown convention: %v", err)
	}
	fine := decimalDomain(12, 10, 1)
	wide := func(values int) *frontier.Problem {
		pr := &frontier.Problem{Domain: frontier.Domain{Issues: []frontier.Issue{{Name: "x"}}}}
		for k := range pr.Parties {
			pr.Parties[k] = frontier.Party{Weights: rats("1"), Scores: [][]*big.Rat{nil}}
		}
		for v := range values {
			pr.Domain.Issues[0].Values = append(pr.Domain.Issues[0].Values, fmt.Sprint(v))
			pr.Parties[0].Scores[0] = append(pr.Parties[0].Scores[0], big.NewRat(int64(v), 1))
			pr.Parties[1].Scores[0] = append(pr.Parties[1].Scores[0], big.NewRat(int64(-v), 1))
		}
		return pr
	}
	_, err := frontier.Analyze(wide(100), frontier.Options{MaxPoints: 50})
	if bespoke.ErrorCode(err) != bespoke.EUNSUPPORTED || !strings.Contains(err.Error(), "the frontier passed 50 points") {
		t.Errorf("frontier over MaxPoints: %v", err)
	}
	if _, err := frontier.Analyze(wide(1000), frontier.Options{MaxPoints: 10}); bespoke.ErrorCode(err) != bespoke.EUNSUPPORTED {
		t.Errorf("an issue of 1000 values with a limit of 10 points: %v", err)
	}
	if _, err := frontier.Analyze(fine, frontier.Options{MaxPoints: 1 << 20}); err != nil {
		t.Errorf("within MaxPoints: %v", err)
	}
}

// TestWorkIsBoundedOverAllIssues checks that the work bound covers the whole build: a frontier of
// 512 points carried through 600 more issues stays under the point limit at every issue, and
// examines 1,024 candidates at each, but fails once the total passes four times the limit.
func TestWorkIsBoundedOverAllIssues(t *testing.T) {
	pr := &frontier.Problem{}
	for k := range pr.Parties {
		pr.Parties[k].Name = string(rune('A' + k))
	}
	add := func(name string, a, b [2]int64) {
		pr.Domain.Issues = append(pr.Domain.Issues, frontier.Issue{Name: name, Values: []string{"v0", "v1"}})
		for k, s := range [2][2]int64{a, b} {
			p := &pr.Parties[k]
			p.Weights = append(p.Weights, big.NewRat(1, 1))
			p.Scores = append(p.Scores, []*big.Rat{big.NewRat(s[0], 1), big.NewRat(s[1], 1)})
		}
	}
	for i := range 9 { // opposed: every one of the 512 packages is efficient
		add(fmt.Sprintf("trade%d", i), [2]int64{0, 1 << i}, [2]int64{1 << i, 0})
	}
	for i := range 600 { // both prefer v1: the frontier keeps its 512 points
		add(fmt.Sprintf("agree%d", i), [2]int64{0, 1}, [2]int64{0, 1})
	}
	an, err := frontier.Analyze(pr, frontier.Options{})
	if err != nil || len(an.Frontier) != 512 {
		t.Fatalf("within the default bound: %v", err)
	}
	_, err = frontier.Analyze(pr, frontier.Options{MaxPoints: 1000})
	if bespoke.ErrorCode(err) != bespoke.EUNSUPPORTED || !strings.Contains(err.Error(), "passed 4000 partial packages") {
		t.Errorf("615,000 candidates with a limit of 1,000 points: %v", err)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*frontier.Problem)
		want   string
	}{
		{"no issues", func(p *frontier.Problem) { p.Domain.Issues = nil }, "the domain has no issues"},
		{"duplicate issue", func(p *frontier.Problem) { p.Domain.Issues[1].Name = "salary" }, `issue "salary" is listed twice`},
		{"no values", func(p *frontier.Problem) { p.Domain.Issues[1].Values = nil }, `issue "remote" has no values`},
		{"duplicate value", func(p *frontier.Problem) { p.Domain.Issues[1].Values[1] = "no" }, `issue "remote" lists value "no" twice`},
		{"weights", func(p *frontier.Problem) { p.Parties[1].Weights = p.Parties[1].Weights[:1] }, "party company has 1 weights and 2 score lists for 2 issues"},
		{"nil weight", func(p *frontier.Problem) { p.Parties[0].Weights[1] = nil }, `party candidate has no weight for issue "remote"`},
		{"scores", func(p *frontier.Problem) { p.Parties[0].Scores[0] = rats("1") }, `party candidate has 1 scores for the 2 values of issue "salary"`},
		{"nil score", func(p *frontier.Problem) { p.Parties[1].Name = ""; p.Parties[1].Scores[1][0] = nil }, `party B has no score for value "no" of issue "remote"`},
	}
	for _, tt := range tests {
		pr := smallOffer()
		tt.change(pr)
		_, err := frontier.Analyze(pr, frontier.Options{})
		if bespoke.ErrorCode(err) != bespoke.EINVALID || err.Error() != tt.want {
			t.Errorf("%s: got %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	good := map[string]string{"0.35": "7/20", "-2": "-2", "+.5": "1/2", "2.8e-18": "7/2500000000000000000", "2/3": "2/3", "1E2": "100", "5.": "5"}
	for in, want := range good {
		r, err := frontier.ParseNumber(in)
		if err != nil || r.RatString() != want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %s", in, r, err, want)
		}
	}
	bad := map[string]string{
		"":                       "is not a number",
		"ten":                    "is not a number",
		"0x10":                   "is not a number",
		"1/0":                    "division by zero",
		"1e401":                  "exponent beyond",
		"NaN":                    "is not a number",
		"1,5":                    "is not a number",
		strings.Repeat("1", 101): "too long",
	}
	for in, want := range bad {
		if _, err := frontier.ParseNumber(in); bespoke.ErrorCode(err) != bespoke.EINVALID || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseNumber(%q) error %v, want %q", in, err, want)
		}
	}
}

func TestFormatRat(t *testing.T) {
	for in, want := range map[string]string{"1/4": "0.25", "3": "3", "1/3": "1/3", "-7/20": "-0.35"} {
		if got := frontier.FormatRat(rat(in)); got != want {
			t.Errorf("FormatRat(%s) = %s, want %s", in, got, want)
		}
	}
}

// ExampleAnalyze finds the efficient packages of a two-issue negotiation and the Nash point:
// the candidate cares more about remote work than the company does, so the fair trade gives
// the candidate remote work and the company its salary.
func ExampleAnalyze() {
	n := func(s string) *big.Rat { r, _ := new(big.Rat).SetString(s); return r }
	pr := &frontier.Problem{
		Domain: frontier.Domain{Issues: []frontier.Issue{
			{Name: "salary", Values: []string{"$200k", "$230k"}},
			{Name: "remote", Values: []string{"no", "yes"}},
		}},
		Parties: [2]frontier.Party{
			{Name: "candidate", Weights: []*big.Rat{n("0.7"), n("0.3")},
				Scores: [][]*big.Rat{{n("0"), n("1")}, {n("0"), n("1")}}},
			{Name: "company", Weights: []*big.Rat{n("0.8"), n("0.2")},
				Scores: [][]*big.Rat{{n("1"), n("0")}, {n("1"), n("0")}}},
		},
	}
	an, err := frontier.Analyze(pr, frontier.Options{})
	if err != nil {
		panic(err)
	}
	for _, p := range an.Frontier {
		fmt.Println(p.Package.Values(pr.Domain), p.Utilities[0].RatString(), p.Utilities[1].RatString())
	}
	fmt.Println("Nash:", an.Nash.Package.Values(pr.Domain))
	// Output:
	// [$200k no] 0 1
	// [$200k yes] 3/10 4/5
	// [$230k no] 7/10 1/5
	// [$230k yes] 1 0
	// Nash: [$200k yes]
}

package frontier

import (
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/bespokehq/bespoke"
)

// File is the YAML form of a Problem, documented with an example in docs/frontier.md: the
// issues and their values, then the two parties, each with a weight per issue, a score per value
// and an optional reservation value.
type File struct {
	Issues  []FileIssue `yaml:"issues" doc:"the issues under negotiation, in the order outputs list them" required:"true"`
	Parties []FileParty `yaml:"parties" doc:"exactly two parties: A first, B second" required:"true"`
}

// FileIssue is one issue of a File.
type FileIssue struct {
	Name   string   `yaml:"name" doc:"the issue's name, unique in the file" required:"true"`
	Values []string `yaml:"values" doc:"the values the issue can take, each written once" required:"true"`
}

// FileParty is one party of a File.
type FileParty struct {
	Name        string                       `yaml:"name" doc:"the party's name, shown in column headings" required:"true"`
	Reservation *Number                      `yaml:"reservation" doc:"the utility of walking away, from 0 to 1; 0 when absent"`
	Weights     map[string]Number            `yaml:"weights" doc:"issue name → weight from 0 to 1; the weights sum to exactly 1" required:"true"`
	Scores      map[string]map[string]Number `yaml:"scores" doc:"issue name → value → score from 0 (worst) to 1 (best)" required:"true"`
}

// Problem checks the file and returns the Problem it describes. Every problem found is
// reported, one per line, in a single EINVALID error.
func (f *File) Problem() (*Problem, error) {
	var errs problems
	pr := &Problem{}
	f.checkIssues(&errs)
	for _, is := range f.Issues {
		pr.Domain.Issues = append(pr.Domain.Issues, Issue{Name: is.Name, Values: slices.Clone(is.Values)})
	}
	if len(f.Parties) != 2 {
		errs.add("parties: found %d parties, want exactly 2", len(f.Parties))
	} else {
		if f.Parties[0].Name == f.Parties[1].Name && f.Parties[0].Name != "" {
			errs.add("parties[1].name: %q is the name of party A too", f.Parties[1].Name)
		}
		for k := range f.Parties {
			pr.Parties[k] = f.Parties[k].party(f.Issues, fmt.Sprintf("parties[%d]", k), &errs)
		}
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return pr, nil
}

func (f *File) checkIssues(errs *problems) {
	if len(f.Issues) == 0 {
		errs.add("issues: the file lists no issues")
	}
	seen := map[string]bool{}
	for i, is := range f.Issues {
		at := fmt.Sprintf("issues[%d]", i)
		switch {
		case is.Name == "":
			errs.add("%s.name: missing", at)
		case seen[is.Name]:
			errs.add("%s.name: issue %q is listed twice", at, is.Name)
		}
		seen[is.Name] = true
		if len(is.Values) == 0 {
			errs.add("%s.values: issue %q has no values", at, is.Name)
		}
		vals := map[string]bool{}
		for j, v := range is.Values {
			if vals[v] {
				errs.add("%s.values[%d]: value %q is listed twice", at, j, v)
			}
			vals[v] = true
		}
	}
}

// party converts one FileParty, reporting what is missing, unknown or out of range.
func (fp FileParty) party(issues []FileIssue, at string, errs *problems) Party {
	p := Party{Name: fp.Name, Weights: make([]*big.Rat, len(issues)), Scores: make([][]*big.Rat, len(issues))}
	if fp.Name == "" {
		errs.add("%s.name: missing", at)
	}
	if fp.Reservation != nil {
		p.Reservation = checkUnit(errs, at+".reservation", *fp.Reservation)
	}
	for _, name := range unknownKeys(fp.Weights, issues) {
		errs.add("%s.weights: %q is not an issue (issues: %s)", at, name, issueNames(issues))
	}
	for _, name := range unknownKeys(fp.Scores, issues) {
		errs.add("%s.scores: %q is not an issue (issues: %s)", at, name, issueNames(issues))
	}
	sum, summable := new(big.Rat), len(fp.Weights) > 0
	for i, is := range issues {
		w, ok := fp.Weights[is.Name]
		if !ok {
			errs.add("%s.weights: no weight for issue %q", at, is.Name)
		}
		summable = summable && w.Err() == nil
		p.Weights[i] = checkUnit(errs, fmt.Sprintf("%s.weights.%s", at, is.Name), w)
		sum.Add(sum, p.Weights[i])
		p.Scores[i] = fp.scores(is, at, errs)
	}
	if summable && sum.Cmp(big.NewRat(1, 1)) != 0 {
		errs.add("%s.weights: the weights sum to %s; they must sum to exactly 1", at, FormatRat(sum))
	}
	return p
}

// scores converts the party's scores for one issue.
func (fp FileParty) scores(is FileIssue, at string, errs *problems) []*big.Rat {
	out := make([]*big.Rat, len(is.Values))
	given, ok := fp.Scores[is.Name]
	if !ok {
		errs.add("%s.scores: no scores for issue %q", at, is.Name)
	}
	for v, name := range is.Values {
		s, ok := given[name]
		if given != nil && !ok {
			errs.add("%s.scores.%s: no score for value %q", at, is.Name, name)
		}
		out[v] = checkUnit(errs, fmt.Sprintf("%s.scores.%s.%s", at, is.Name, name), s)
	}
	var unknown []string
	for name := range given {
		if !slices.Contains(is.Values, name) {
			unknown = append(unknown, name)
		}
	}
	slices.Sort(unknown)
	for _, name := range unknown {
		errs.add("%s.scores.%s: %q is not a value of issue %q (values: %s)", at, is.Name, name, is.Name, strings.Join(is.Values, ", "))
	}
	return out
}

// checkUnit returns n's value, reporting a text that is no number or a number outside [0, 1].
func checkUnit(errs *problems, at string, n Number) *big.Rat {
	r := n.Rat()
	switch {
	case n.Err() != nil:
		errs.add("%s: %s", at, bespoke.ErrorMessage(n.Err()))
	case r.Sign() < 0 || r.Cmp(big.NewRat(1, 1)) > 0:
		errs.add("%s: %s is outside 0 to 1", at, FormatRat(r))
	}
	return r
}

// unknownKeys returns the keys of m that name no issue, sorted.
func unknownKeys[V any](m map[string]V, issues []FileIssue) []string {
	var out []string
	for k := range m {
		if !slices.ContainsFunc(issues, func(is FileIssue) bool { return is.Name == k }) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

func issueNames(issues []FileIssue) string {
	names := make([]string, len(issues))
	for i, is := range issues {
		names[i] = is.Name
	}
	return strings.Join(names, ", ")
}

// problems collects validation messages.
type problems []string

func (p *problems) add(format string, args ...any) { *p = append(*p, fmt.Sprintf(format, args...)) }

func (p problems) err() error {
	switch len(p) {
	case 0:
		return nil
	case 1:
		return bespoke.Errorf(bespoke.EINVALID, "%s", p[0])
	default:
		return bespoke.Errorf(bespoke.EINVALID, "%d problems:\n  %s", len(p), strings.Join(p, "\n  "))
	}
}

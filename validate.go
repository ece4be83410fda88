package bespoke

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Severity says whether a problem stops a workspace from being used.
type Severity string

// Severities: an error makes the workspace unusable; a warning is worth knowing but does not.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
)

// Problem is one thing wrong with a workspace: the path of the field it is about, in the form
// offers[1].equity[0].vesting.cliff_months (the file's keys, list elements by position), what is
// wrong, and how bad it is.
type Problem struct {
	Path     string   `json:"path"`
	Message  string   `json:"message"`
	Severity Severity `json:"severity"`
}

// String formats p as "path: message", with "warning: " before the message of a warning.
func (p Problem) String() string {
	msg := p.Message
	if p.Severity == SeverityWarning {
		msg = "warning: " + msg
	}
	if p.Path == "" {
		return msg
	}
	return p.Path + ": " + msg
}

// Problems is a list of problems, in the order they were found.
type Problems []Problem

// Errors returns the problems that are errors.
func (ps Problems) Errors() Problems { return ps.filter(SeverityError) }

// Warnings returns the problems that are warnings.
func (ps Problems) Warnings() Problems { return ps.filter(SeverityWarning) }

// HasErrors reports whether any problem is an error.
func (ps Problems) HasErrors() bool { return len(ps.Errors()) > 0 }

func (ps Problems) filter(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// Err returns nil when there is no error among ps, else an EINVALID *Error whose message lists
// every error, one a line.
func (ps Problems) Err() error {
	errs := ps.Errors()
	if len(errs) == 0 {
		return nil
	}
	lines := make([]string, len(errs))
	for i, p := range errs {
		lines[i] = p.String()
	}
	return Errorf(EINVALID, "%s", strings.Join(lines, "\n"))
}

// checker collects problems.
type checker struct {
	ps    Problems
	today Date
}

func (c *checker) errorf(path, format string, args ...any) {
	c.ps = append(c.ps, Problem{Path: path, Message: fmt.Sprintf(format, args...), Severity: SeverityError})
}

func (c *checker) warnf(path, format string, args ...any) {
	c.ps = append(c.ps, Problem{Path: path, Message: fmt.Sprintf(format, args...), Severity: SeverityWarning})
}

// Validate checks the workspace and returns every problem found, errors and warnings; today
// dates the warnings about deadlines that have passed. It checks each field against its tags
// (min, max, required, enumerated values), then the rules that tie fields together: unique
// ids and the references to them, the candidate's tax situation, each company's prices, each
// grant and its vesting schedule, dates and their order, the model of the future, and every
// ask and round change, applied to a copy of its offer. docs/workspace.md lists the rules.
func (w *Workspace) Validate(today Date) Problems {
	c := &checker{today: today}
	c.tags(w, "")
	if w.Candidate.TaxYear == 0 && w.LeaveDate().IsZero() {
		// The default comes from the start dates; their own problems explain its absence.
		c.ps = slices.DeleteFunc(c.ps, func(p Problem) bool { return p.Path == "candidate.tax_year" })
	}
	c.ids(w)
	c.candidate(&w.Candidate, "candidate")
	if w.Current != nil {
		c.job(w.Current, nil, "current")
		c.currentDates(w)
	}
	if len(w.Offers) == 0 {
		c.errorf("offers", "at least one offer is required")
	}
	for i := range w.Offers {
		c.offer(&w.Offers[i], fmt.Sprintf("offers[%d]", i))
	}
	c.assumptions(&w.Assumptions, "assumptions")
	c.asks(w)
	c.rounds(w)
	return c.ps
}

var idForm = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`)

// ids checks that the ids of offers, facts and grants (these across the whole workspace) are
// unique and usable on the command line and in term paths.
func (c *checker) ids(w *Workspace) {
	offers := map[string]string{}
	for i, o := range w.Offers {
		c.id("offer", o.ID, fmt.Sprintf("offers[%d].id", i), offers)
	}
	facts := map[string]string{}
	for i, f := range w.Candidate.Facts {
		c.id("fact", f.ID, fmt.Sprintf("candidate.facts[%d].id", i), facts)
	}
	grants := map[string]string{}
	if w.Current != nil {
		for i, g := range w.Current.Equity {
			c.id("grant", g.ID, fmt.Sprintf("current.equity[%d].id", i), grants)
		}
	}
	for i, o := range w.Offers {
		for j, g := range o.Equity {
			c.id("grant", g.ID, fmt.Sprintf("offers[%d].equity[%d].id", i, j), grants)
		}
	}
}

func (c *checker) id(what, id, path string, seen map[string]string) {
	switch first, dup := seen[id]; {
	case id == "":
		return // reported as a required field
	case !idForm.MatchString(id):
		c.errorf(path, "%s is not a valid %s id: use letters, digits, '-' and '_', starting with a letter or digit", quote(id), what)
	case dup:
		c.errorf(path, "duplicate %s id %s (also at %s)", what, quote(id), first)
	default:
		seen[id] = path
	}
}

func (c *checker) candidate(cd *Candidate, path string) {
	if cd.State != "" && !IsState(cd.State) {
		c.errorf(path+".state", "%s", notAState(cd.State))
	}
	switch {
	case cd.City != "" && cd.City != "NYC":
		c.errorf(path+".city", `expected "" or NYC, got %s`, quote(cd.City))
	case cd.City == "NYC" && cd.State != "NY":
		c.errorf(path+".city", "NYC applies only to residents of New York (state NY), not %s", cd.State)
	}
	oi := cd.OtherIncome
	if oi.SpouseWages != 0 && cd.FilingStatus != MarriedJoint {
		c.errorf(path+".other_income.spouse_wages", "spouse_wages apply only to filing_status married_joint, not %s", cd.FilingStatus)
	}
	if oi.OrdinaryDividends != 0 && oi.QualifiedDividends > oi.OrdinaryDividends {
		c.errorf(path+".other_income.qualified_dividends", "qualified dividends (%s) exceed ordinary dividends (%s), which include them",
			oi.QualifiedDividends.Format(), oi.OrdinaryDividends.Format())
	}
}

// currentDates checks that nothing of the current job starts after the candidate would leave.
func (c *checker) currentDates(w *Workspace) {
	leave := w.LeaveDate()
	for i, g := range w.Current.Equity {
		path := fmt.Sprintf("current.equity[%d]", i)
		if g.GrantDate.IsZero() && g.Vesting.Start.IsZero() {
			c.errorf(path, "a grant of the current job needs grant_date or vesting.start")
		}
		if leave.IsZero() {
			continue
		}
		if g.GrantDate.After(leave) {
			c.errorf(path+".grant_date", "%s is after the day the candidate would leave (%s, the earliest offer start date)", g.GrantDate, leave)
		}
		if g.Vesting.Start.After(leave) {
			c.errorf(path+".vesting.start", "%s is after the day the candidate would leave (%s, the earliest offer start date)", g.Vesting.Start, leave)
		}
	}
}

func (c *checker) assumptions(a *Assumptions, path string) {
	if a.TenureYears.Min > a.TenureYears.Max {
		c.errorf(path+".tenure_years", "min (%s) is greater than max (%s)", num(a.TenureYears.Min), num(a.TenureYears.Max))
	}
	outs := a.Private.Outcomes
	if len(outs) == 0 {
		return
	}
	var sum float64
	for i, o := range outs {
		sum += o.Probability
		c.outcome(o, fmt.Sprintf("%s.private.outcomes[%d]", path, i))
	}
	if math.Abs(sum-1) > 1e-9 {
		c.errorf(path+".private.outcomes", "the probabilities sum to %s, not 1", num(sum))
	}
}

func (c *checker) outcome(o Outcome, path string) {
	if o.Kind == Failure || o.Kind == "" {
		return
	}
	switch y := o.Years; {
	case y.Min <= 0:
		c.errorf(path+".years.min", "an %s needs years with min greater than 0 (when it may happen, in years after the start)", o.Kind)
	case y.Min > y.Max:
		c.errorf(path+".years", "min (%s) is greater than max (%s)", num(y.Min), num(y.Max))
	}
	if o.ValueMultiple.Median <= 0 {
		c.errorf(path+".value_multiple.median", "an %s needs value_multiple.median greater than 0 (the exit value per share as a multiple of today's preferred price)", o.Kind)
	}
}

// num formats x in its shortest form.
func num(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

package draft

import (
	_ "embed"
	"fmt"
	"strings"
	"text/template"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/plan"
)

//go:embed asks.tmpl
var asksTemplate string

// templates holds one template per kind of ask; it is parsed when the program starts, so a
// broken template stops the program rather than a draft.
var templates = template.Must(template.New("asks").Option("missingkey=error").
	Funcs(template.FuncMap{"because": because}).Parse(asksTemplate))

// Options configure a draft.
type Options struct {
	// Today is the day the offer's deadline is compared with.
	Today bespoke.Date
	// ExplodingDays is how close the deadline must be for the draft to ask for more time;
	// default DefaultExplodingDays.
	ExplodingDays int
}

// Draft is a counter-offer for one offer.
type Draft struct {
	Offer   string `json:"offer"`
	Company string `json:"company"`
	Subject string `json:"subject"`
	// Asks are the asks in the message, in priority order, each framed.
	Asks []Framed `json:"asks"`
	// Paragraphs is the message, one paragraph per element; the asks are one paragraph of
	// numbered lines.
	Paragraphs []string `json:"paragraphs"`
	// Checklist is what the candidate should know before sending; it is not in the message.
	Checklist []string `json:"checklist"`
	Warnings  []string `json:"warnings"`
}

// Framed is one ask as the message puts it.
type Framed struct {
	Kind  string         `json:"kind"`
	Term  string         `json:"term"`
	Value bespoke.Scalar `json:"value"`
	Text  string         `json:"text"`
	// Facts are the ids of the facts the framing uses; none means a neutral framing.
	Facts []string `json:"facts"`
}

// Compose writes the counter-offer for a planned offer of the workspace: the plan's
// recommended asks, in the plan's order.
func Compose(w *bespoke.Workspace, op *plan.OfferPlan, opts Options) (*Draft, error) {
	if opts.ExplodingDays <= 0 {
		opts.ExplodingDays = DefaultExplodingDays
	}
	o := w.Offer(op.ID)
	if o == nil {
		return nil, bespoke.Errorf(bespoke.ENOTFOUND, "no offer %q in the workspace", op.ID)
	}
	d := &Draft{Offer: o.ID, Company: o.Company.Name, Asks: []Framed{}, Checklist: []string{}, Warnings: []string{},
		Subject: fmt.Sprintf("Your offer for the %s role", title(o))}
	pay := currentPay(w)
	for _, a := range op.Asks {
		if !a.Recommended {
			continue
		}
		a.Narrative.Facts = withoutPay(w, o, a.Narrative.Facts, pay, d)
		f, err := frame(o, a)
		if err != nil {
			return nil, err
		}
		if len(f.Facts) == 0 {
			d.Warnings = append(d.Warnings, plainWarning(a))
		}
		d.Asks = append(d.Asks, f)
	}
	if len(d.Asks) == 0 {
		d.Warnings = append(d.Warnings, "the plan recommends no asks for this offer: the message only asks for the range and for time")
	}
	d.Paragraphs = message(w, o, d, opts)
	d.Checklist = checklist(w, o, op, d, opts)
	return d, nil
}

// data is what an ask's template sees.
type data struct {
	Company, Current, Value, Grant, Name string
	Facts                                []string
}

func frame(o *bespoke.Offer, a plan.Ask) (Framed, error) {
	f := Framed{Kind: a.Kind, Term: a.Term, Value: a.Value, Facts: []string{}}
	dt := data{Company: o.Company.Name, Name: catalog.Name(a.Term),
		Current: human(o, a.Kind, a.Term, string(a.Current)), Value: human(o, a.Kind, a.Term, string(a.Value))}
	if g := catalog.Grant(o, a.Term); g != nil {
		dt.Grant = strings.ToUpper(string(g.Type))
	}
	for _, fact := range a.Narrative.Facts {
		dt.Facts = append(dt.Facts, fact.Text)
		f.Facts = append(f.Facts, fact.ID)
	}
	var b strings.Builder
	if err := templates.ExecuteTemplate(&b, a.Kind, dt); err != nil {
		return f, &bespoke.Error{Code: bespoke.EINTERNAL, Message: "cannot frame the " + a.Kind + " ask", Err: err}
	}
	f.Text = b.String()
	return f, nil
}

// because writes the candidate's facts as sentences, in their words.
func because(facts []string) string {
	out := make([]string, len(facts))
	for i, f := range facts {
		f = strings.TrimSpace(f)
		if !strings.HasSuffix(f, ".") && !strings.HasSuffix(f, "!") && !strings.HasSuffix(f, "?") {
			f += "."
		}
		out[i] = f
	}
	return strings.Join(out, " ")
}

func title(o *bespoke.Offer) string {
	if o.Role.Title != "" {
		return o.Role.Title
	}
	return words(string(o.Role.Level)) + " Engineer"
}

// withoutPay returns the facts that do not state the current pay, and warns about each that
// does: the message never mentions the current pay, even in the candidate's own words.
func withoutPay(w *bespoke.Workspace, o *bespoke.Offer, facts []bespoke.Fact, pay []bespoke.Money, d *Draft) []bespoke.Fact {
	var kept []bespoke.Fact
	for _, f := range facts {
		said, ok := statedPay(f.Text, pay)
		if !ok {
			kept = append(kept, f)
			continue
		}
		warn := fmt.Sprintf("the fact %q states your current pay (%s), so the message leaves it out: never volunteer your current pay", f.ID, said)
		if states := banStates(w, o); len(states) > 0 {
			warn += fmt.Sprintf(" (%s)", banLaw(states))
		}
		d.Warnings = append(d.Warnings, warn+"; reword the fact without the amount to use it")
	}
	return kept
}

// plainWarning says that an ask goes without a narrative, with a prompt to find one.
func plainWarning(a plan.Ask) string {
	s := fmt.Sprintf("%s is asked plainly: it references none of your facts; add some to the ask in the workspace to give it a narrative", a.Kind)
	if len(a.Narrative.Prompts) > 0 {
		s += " (" + a.Narrative.Prompts[0] + ")"
	}
	return s
}

package draft_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/draft"
	"github.com/bespokehq/bespoke/internal/example"
	"github.com/bespokehq/bespoke/internal/golden"
	"github.com/bespokehq/bespoke/plan"
)

func compose(t *testing.T, w *bespoke.Workspace, offer string, today bespoke.Date) *draft.Draft {
	t.Helper()
	o := w.Offer(offer)
	op, err := plan.PlanOffer(w, o, plan.Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	d, err := draft.Compose(w, &op, draft.Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// bespokeRocket is the example with Rocket's role made quasi-executive, so that the 10-year
// window, framed in two of the candidate's facts, is recommended.
func bespokeRocket() *bespoke.Workspace {
	w := example.Workspace()
	w.Offer("rocket").Role.QuasiExecutive = true
	w.Asks[0].YearlyValue = bespoke.Dollars(40000)
	return w
}

func TestGolden(t *testing.T) {
	cases := map[string]func() (*bespoke.Workspace, string, bespoke.Date){
		"acme":           func() (*bespoke.Workspace, string, bespoke.Date) { return example.Workspace(), "acme", example.Today },
		"rocket":         func() (*bespoke.Workspace, string, bespoke.Date) { return example.Workspace(), "rocket", example.Today },
		"rocket-bespoke": func() (*bespoke.Workspace, string, bespoke.Date) { return bespokeRocket(), "rocket", example.Today },
		"rocket-exploding": func() (*bespoke.Workspace, string, bespoke.Date) {
			return example.Workspace(), "rocket", bespoke.MustDate(2026, time.December, 4)
		},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			w, offer, today := c()
			d := compose(t, w, offer, today)
			golden.Check(t, name+".md", []byte(d.Markdown()))
			golden.Check(t, name+".txt", []byte(d.Text()))
			b, err := json.MarshalIndent(d, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, name+".json", append(b, '\n'))
			checkClean(t, d.Text())
		})
	}
}

// checkClean fails on anything a template or format left unfilled.
func checkClean(t *testing.T, s string) {
	t.Helper()
	for _, bad := range []string{"{{", "}}", "<no value>", "%!", "TODO", "[name]", "XXX"} {
		if strings.Contains(s, bad) {
			t.Errorf("draft contains %q:\n%s", bad, s)
		}
	}
}

func TestFactsAreNeverInvented(t *testing.T) {
	d := compose(t, bespokeRocket(), "rocket", example.Today)
	text := d.Text()
	w := example.Workspace()
	if !strings.Contains(text, w.Fact("new-house").Text) || !strings.Contains(text, w.Fact("exercised-before").Text) {
		t.Errorf("the window ask does not use its facts:\n%s", text)
	}
	if strings.Contains(text, w.Fact("caregiving").Text) {
		t.Errorf("a fact no Rocket ask references is in the draft:\n%s", text)
	}
	for _, a := range d.Asks {
		if len(a.Facts) == 0 && !strings.Contains(strings.Join(d.Warnings, "\n"), a.Kind+" is asked plainly") {
			t.Errorf("%s has no facts and no warning", a.Kind)
		}
	}
}

func TestPlaybook(t *testing.T) {
	d := compose(t, example.Workspace(), "rocket", example.Today)
	text := d.Text()
	for _, want := range []string{
		"could you share the range for this level",
		"settle the whole package at once",
		"in writing",
		"CA and WA law bars employers from asking for it",
		"WA requires employers to give the pay range in job postings",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("draft lacks %q", want)
		}
	}
	if strings.Contains(text, "265,000") || strings.Contains(text, "265000") {
		t.Error("the draft mentions the current base")
	}
	if strings.Contains(text, "move the deadline") {
		t.Error("asks for time 8 days before the deadline")
	}
	late := compose(t, example.Workspace(), "rocket", bespoke.MustDate(2026, time.December, 2))
	if !strings.Contains(late.Text(), "could we move the deadline to December 14, 2026?") {
		t.Errorf("no request for time 5 days before the deadline:\n%s", late.Text())
	}
	for day, when := range map[int]string{7: "expires today:", 6: "expires in 1 day:", 4: "expires in 3 days:"} {
		d := compose(t, example.Workspace(), "rocket", bespoke.MustDate(2026, time.December, day))
		if cl := strings.Join(d.Checklist, "\n"); !strings.Contains(cl, "The offer "+when+" the message asks for 7 more days.") {
			t.Errorf("December %d: checklist lacks %q:\n%s", day, when, cl)
		}
	}
	gone := compose(t, example.Workspace(), "rocket", bespoke.MustDate(2026, time.December, 8))
	if !strings.Contains(strings.Join(gone.Warnings, "\n"), "has passed") || strings.Contains(gone.Text(), "move the deadline") {
		t.Errorf("expired offer: %v", gone.Warnings)
	}
}

func TestNoBanStateStillNeverVolunteers(t *testing.T) {
	w := example.Workspace()
	w.Candidate.State = "TX"
	w.Offer("rocket").Terms.WorkState = "TX"
	d := compose(t, w, "rocket", example.Today)
	cl := strings.Join(d.Checklist, "\n")
	if !strings.Contains(cl, "Don't volunteer your current or past pay") || strings.Contains(cl, "law bars") {
		t.Errorf("checklist: %s", cl)
	}
}

// TestAlabamaLetsEmployersAsk checks that the checklist does not say Alabama bars employers from
// asking for pay history: its law only bars refusing to hire someone who declines to answer.
func TestAlabamaLetsEmployersAsk(t *testing.T) {
	w := example.Workspace()
	w.Candidate.State = "AL"
	d := compose(t, w, "rocket", example.Today)
	cl := strings.Join(d.Checklist, "\n")
	want := "WA law bars employers from asking for it, and AL law bars employers from refusing to hire you for declining to give it"
	if !strings.Contains(cl, want) {
		t.Errorf("checklist lacks %q:\n%s", want, cl)
	}
}

// TestLeftOutSaysWhy checks the reason the checklist gives for an ask of the candidate's that
// the plan did not recommend.
func TestLeftOutSaysWhy(t *testing.T) {
	w := example.Workspace()
	loss, gain := -3790.4, 5000.0
	ask := func(mean *float64) plan.Ask {
		return plan.Ask{Kind: "early_exercise", Term: "equity[rocket-iso].early_exercise", Value: "true", Applicable: true,
			Lever: true, ValueToCandidate: plan.Valuation{Mean: mean}}
	}
	for _, tt := range []struct {
		mean *float64
		want string
	}{
		{&loss, "because it is worth nothing to you as valued (-$3,790.40)."},
		{&gain, "because other asks are worth more within the signal budget."},
		{nil, "because it has no value yet"},
	} {
		d, err := draft.Compose(w, &plan.OfferPlan{ID: "rocket", Asks: []plan.Ask{ask(tt.mean)}}, draft.Options{Today: example.Today})
		if err != nil {
			t.Fatal(err)
		}
		if cl := strings.Join(d.Checklist, "\n"); !strings.Contains(cl, tt.want) {
			t.Errorf("checklist lacks %q:\n%s", tt.want, cl)
		}
	}
}

// TestEveryKindFrames checks that every kind of the catalog has a template, with and without
// facts, and that the result is filled in.
func TestEveryKindFrames(t *testing.T) {
	w := example.Workspace()
	o := w.Offer("rocket")
	for _, k := range catalog.Default().Kinds {
		term := strings.ReplaceAll(k.Terms[0], "[]", "[rocket-iso]")
		if k.ID == "custom" {
			term = "custom[a gym membership]"
		}
		for _, facts := range [][]bespoke.Fact{nil, {{ID: "f", Text: "A fact"}}} {
			a := plan.Ask{Kind: k.ID, Term: term, Value: "1", Current: "0", Recommended: true, Applicable: true,
				Narrative: plan.Narrative{Facts: facts}}
			d, err := draft.Compose(w, &plan.OfferPlan{ID: o.ID, Asks: []plan.Ask{a}}, draft.Options{Today: example.Today})
			if err != nil {
				t.Fatalf("%s: %v", k.ID, err)
			}
			text := d.Asks[0].Text
			checkClean(t, text)
			if !strings.HasSuffix(text, "?") || (facts != nil) != strings.HasPrefix(text, "A fact.") {
				t.Errorf("%s framed as %q", k.ID, text)
			}
			// A framing states nothing the candidate did not write, such as a conversation.
			for _, invented := range []string{"discussed", "mentioned", "promised", "told me"} {
				if strings.Contains(text, invented) {
					t.Errorf("%s framed as %q, which claims something %s", k.ID, text, invented)
				}
			}
		}
	}
}

func TestUnknownOffer(t *testing.T) {
	_, err := draft.Compose(example.Workspace(), &plan.OfferPlan{ID: "nope"}, draft.Options{})
	if bespoke.ErrorCode(err) != bespoke.ENOTFOUND {
		t.Errorf("err = %v", err)
	}
}

// TestCurrentPayNeverInTheMessage checks that a fact stating the current pay is left out of the
// message, with a warning, even when an ask references it.
func TestCurrentPayNeverInTheMessage(t *testing.T) {
	w := example.Workspace()
	w.Candidate.Facts = append(w.Candidate.Facts, bespoke.Fact{ID: "pay", Text: "At my current job I make $265,000 in base salary."})
	w.Asks = append(w.Asks, bespoke.Ask{Offer: "rocket", Term: "cash.base", Value: "300000",
		Facts: []string{"pay", "new-house"}, YearlyValue: bespoke.Dollars(15000)})
	d := compose(t, w, "rocket", example.Today)
	var base *draft.Framed
	for i := range d.Asks {
		if d.Asks[i].Kind == "base" {
			base = &d.Asks[i]
		}
	}
	if base == nil {
		t.Fatalf("the base ask is not in the draft: %+v", d.Asks)
	}
	if msg := strings.Join(d.Paragraphs, "\n\n"); strings.Contains(msg, "265,000") || len(base.Facts) != 1 || base.Facts[0] != "new-house" {
		t.Errorf("the message uses the fact with the current pay (facts %v):\n%s", base.Facts, msg)
	}
	want := `the fact "pay" states your current pay ($265,000), so the message leaves it out: never volunteer your current pay (CA and WA law bars employers from asking for it)`
	if !strings.Contains(strings.Join(d.Warnings, "\n"), want) {
		t.Errorf("warnings %q lack %q", d.Warnings, want)
	}
}

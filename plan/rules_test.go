package plan_test

import (
	"strings"
	"testing"

	"github.com/bespokehq/bespoke/assess"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/plan"
)

func TestCheckKinds(t *testing.T) {
	if err := plan.CheckKinds("rules.yaml", assess.DefaultRules(), catalog.Default()); err != nil {
		t.Errorf("the default rules name a kind the catalog lacks: %v", err)
	}
	r := assess.DefaultRules()
	sys := r.Regimes[assess.System]
	sys.Levers = append(sys.Levers, "sign-on")
	r.Regimes[assess.System] = sys
	err := plan.CheckKinds("mine.yaml", r, catalog.Default())
	if err == nil || !strings.Contains(err.Error(), `mine.yaml: regimes.system.levers: unknown kind of ask "sign-on"`) {
		t.Errorf("err = %v", err)
	}
	r = assess.DefaultRules()
	r.Rules[0].Discourage = []string{"cash"}
	if err := plan.CheckKinds("mine.yaml", r, catalog.Default()); err == nil || !strings.Contains(err.Error(), `rule "tiny-company": discourage: unknown kind of ask "cash"`) {
		t.Errorf("err = %v", err)
	}
}

package plan

import (
	"fmt"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/assess"
	"github.com/bespokehq/bespoke/catalog"
)

// CheckKinds returns an EINVALID error naming the first kind of ask, in a regime's levers or a
// rule's discourage list, that the catalog does not have. name is the rules file's name, for
// the message.
func CheckKinds(name string, r *assess.Rules, c *catalog.Catalog) error {
	for _, reg := range assess.Regimes() {
		for _, k := range r.Regimes[reg].Levers {
			if k != assess.AllKinds && c.Kind(k) == nil {
				return unknownKind(name, fmt.Sprintf("regimes.%s.levers", reg), k, c)
			}
		}
	}
	for _, rule := range r.Rules {
		for _, k := range rule.Discourage {
			if c.Kind(k) == nil {
				return unknownKind(name, fmt.Sprintf("rule %q: discourage", rule.ID), k, c)
			}
		}
	}
	return nil
}

func unknownKind(name, where, kind string, c *catalog.Catalog) error {
	ids := make([]string, len(c.Kinds))
	for i, k := range c.Kinds {
		ids[i] = k.ID
	}
	return bespoke.Errorf(bespoke.EINVALID, "%s: %s: unknown kind of ask %q (want %s, or all in levers)", name, where, kind, strings.Join(ids, ", "))
}

package catalog

import (
	"strings"

	"github.com/bespokehq/bespoke"
)

// SignalFor returns the signal risk of an ask: the kind's own, or its with-narrative signal
// when the ask is framed in the candidate's facts, adjusted where the offer changes how the
// ask reads. More base reads well when the offer pays less than the current job (it is a cut,
// not greed), and single-trigger acceleration reads as planning for the sale.
func (k *Kind) SignalFor(c Context, narrative bool) Signal {
	s := k.Signal
	if narrative && k.WithNarrative != nil {
		s = *k.WithNarrative
	}
	switch {
	case k.ID == "base" && c.Workspace != nil && c.Workspace.Current != nil && c.Offer.Cash.Base < c.Workspace.Current.Cash.Base:
		return Signal{Level: Low, Reason: "The offer's base is below your current base: asking to match it is expected."}
	case k.ID == "acceleration" && strings.EqualFold(string(c.Ask.Value), string(bespoke.AccelerationSingle)):
		return Signal{Level: High, Reason: "Single-trigger acceleration pays out on the sale whether you stay or not; it reads as planning for the exit."}
	}
	return s
}

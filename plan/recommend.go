package plan

import (
	"github.com/bespokehq/bespoke/assess"
)

// selection is a set of asks under consideration for the recommendation.
type selection struct {
	idx        []int
	value      float64
	points     int
	exceptions int
	kinds      map[string]bool
}

// Recommend marks the recommended asks: the set with the most value to the candidate, of at
// most opts.MaxAsks asks, one per kind, spending at most opts.SignalBudget signal points, with
// no more asks outside the regime's levers than the regime allows. Only applicable asks with
// a positive value are candidates, and never a kind a rule discourages. Among sets of equal
// value the one spending fewer signal points wins, then the one found first.
func Recommend(asks []Ask, res *assess.Result, opts Options) {
	opts.defaults()
	var cand []int
	for i, a := range asks {
		if a.Applicable && a.ValueToCandidate.mean() > 0 && !res.IsDiscouraged(a.Kind) && (a.Lever || res.Exceptions > 0) {
			cand = append(cand, i)
		}
	}
	best := selection{}
	var search func(from int, cur selection)
	search = func(from int, cur selection) {
		if cur.value > best.value || (cur.value == best.value && cur.points < best.points && len(cur.idx) > 0) {
			best = cur
			best.idx = append([]int(nil), cur.idx...)
		}
		if len(cur.idx) == opts.MaxAsks {
			return
		}
		for j := from; j < len(cand); j++ {
			if next, ok := cur.with(asks, cand[j], res.Exceptions, opts.SignalBudget); ok {
				search(j+1, next)
			}
		}
	}
	search(0, selection{kinds: map[string]bool{}})
	for _, i := range best.idx {
		asks[i].Recommended = true
	}
}

// with returns the selection with ask i added, and false when adding it breaks a limit.
func (s selection) with(asks []Ask, i, maxExceptions, budget int) (selection, bool) {
	a := asks[i]
	pts := SignalPoints[a.SignalRisk.Level]
	exc := s.exceptions
	if !a.Lever {
		exc++
	}
	if s.kinds[a.Kind] || s.points+pts > budget || exc > maxExceptions {
		return s, false
	}
	kinds := make(map[string]bool, len(s.kinds)+1)
	for k := range s.kinds {
		kinds[k] = true
	}
	kinds[a.Kind] = true
	return selection{
		idx:        append(append([]int(nil), s.idx...), i),
		value:      s.value + a.ValueToCandidate.mean(),
		points:     s.points + pts,
		exceptions: exc,
		kinds:      kinds,
	}, true
}

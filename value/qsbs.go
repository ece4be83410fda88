package value

import "github.com/bespokehq/bespoke"

// QSBS (IRC 1202) as amended by P.L. 119-21 (OBBBA) §70431: stock acquired after 4 July 2025
// excludes 50% of the gain after three years held, 75% after four and 100% after five, up to
// the greater of $15 million and ten times the basis per issuer; stock acquired before
// excludes 100% after more than five years, up to the greater of $10 million and ten times
// the basis.
var (
	obbbaStart    = bespoke.MustDate(2025, 7, 5)
	qsbsCapNew    = bespoke.Dollars(15_000_000).Cents()
	qsbsCapBefore = bespoke.Dollars(10_000_000).Cents()
)

// qsbsExclusion returns the part of a long-term gain on lot l, sold on day d, that QSBS
// excludes from federal income, and counts it against the issuer's cap.
func (s *sim) qsbsExclusion(l *lot, d int, gain int64) int64 {
	if !s.j.co.qsbs || gain <= 0 {
		return 0
	}
	m := s.m
	pct, limit := 0.0, qsbsCapBefore
	if m.epoch.AddDays(l.acquired).Before(obbbaStart) {
		if d > m.anniversary(l.acquired, 5) {
			pct = 1
		}
	} else {
		limit = qsbsCapNew
		switch {
		case d >= m.anniversary(l.acquired, 5):
			pct = 1
		case d >= m.anniversary(l.acquired, 4):
			pct = 0.75
		case d >= m.anniversary(l.acquired, 3):
			pct = 0.5
		}
	}
	room := max(limit-s.qsbsUsed, 10*l.basis)
	excl := min(roundCents(pct*float64(gain)), max(room, 0))
	s.qsbsUsed += excl
	return excl
}

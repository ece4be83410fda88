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

// qsbsExclusion returns what QSBS makes of a long-term gain on lot l, sold on day d: the part
// excluded from federal income and the section 1202 gain (IRC §1(h)(7)) the 50% and 75% tiers
// leave taxed at up to 28%. The issuer's cap limits the eligible gain taken into account, of
// which the tier's share is excluded, and the eligible gain counts against the cap (IRC
// §1202(a), (b)(1)).
func (s *sim) qsbsExclusion(l *lot, d int, gain int64) qsbsBook {
	if !s.j.co.qsbs || gain <= 0 {
		return qsbsBook{}
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
	if pct == 0 {
		return qsbsBook{}
	}
	eligible := min(gain, max(limit-s.qsbsUsed, 10*l.basis, 0))
	s.qsbsUsed += eligible
	excl := roundCents(pct * float64(eligible))
	return qsbsBook{excluded: excl, rate28: eligible - excl}
}

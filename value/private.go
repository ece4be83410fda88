package value

import (
	"github.com/bespokehq/bespoke"
)

// lot is shares the candidate owns until they are sold.
type lot struct {
	n        int64
	iso      bool          // bought by exercising an ISO as an ISO
	strike   bespoke.Price // paid per share
	bargain  int64         // ISO: spread at exercise, in the AMT base of the exercise year
	basis    int64         // regular-tax basis, in cents
	acquired int           // day bought: the exercise, or the early exercise under 83(b)
	grant    int           // day the option was granted
}

// decidePrivate is the exercise rule for a private company before its exit, on day d: on
// leaving (final false) and at the window's end (final true). For each part of issue ii's pool
// (ISO, NSO), it estimates the after-tax value of exercising now and holding the shares to the
// exit, net of the strike and the tax due now, from the table precomputed for the day; when
// that is positive and (unless final) above the value of waiting with the option, it exercises
// as many options as the candidate's remaining cash pays for, strike and tax included. On
// leaving, what exercising the whole pool would cost counts toward the departure's demand.
//
// The rule prices the tax at the 409A value it expects for the day (see privateTable.fmvAt),
// not the scenario's: the scenario's 409A value moves toward the exit drawn for it, so reading
// it would tell the rule the company's fate. A rule that took the tax from it and the value of
// the shares from the tables would exercise most where the 409A value stays low, on the paths
// to a failure, and least on the paths to a large exit; more cash or a longer window would then
// buy more of the wrong exercises. The tax booked is the scenario's.
func (s *sim) decidePrivate(ii, d int, final bool) {
	s.decide(ii, d, final, d == s.dep && !final)
}

// decide is decidePrivate on issue ii's pool on day d, adding to s.demand what exercising all
// of it would cost when count is set.
func (s *sim) decide(ii, d int, final, count bool) {
	if s.vested[ii] == [2]int64{} {
		return
	}
	wait := s.j.table.wait(ii, d-s.j.start)
	for part := range 2 {
		s.decidePart(ii, part, d, wait, final, count)
	}
}

// decidePart is the private rule on one part of issue ii's pool (0 the ISOs, 1 the NSOs) on
// day d, waiting being worth wait an option when final is not set.
func (s *sim) decidePart(ii, part, d int, wait float64, final, count bool) {
	n := s.vested[ii][part]
	if n == 0 {
		return
	}
	j := s.j
	is := &j.issues[ii]
	isoNow := part == 0 && d <= s.dep+isoGraceDays
	fmv := s.p.fmvAt(d)
	if count {
		s.demand += exerciseCost(is.strike, fmv, j.rates, isoNow) * float64(n)
	}
	expected := j.table.fmvAt(d - j.start)
	cost := exerciseCost(is.strike, expected, j.rates, isoNow)
	basis := is.strike.Float()
	if !isoNow {
		basis += max(expected-is.strike, 0).Float()
	}
	v := j.table.hold(d-j.start, basis) - cost
	if v <= 0 || !final && v <= wait {
		return
	}
	afford := int64(float64(s.cash) / 100 / cost)
	if cost <= 0 {
		afford = n
	}
	if m := min(n, afford); m > 0 {
		s.vested[ii][part] -= m
		s.cash -= roundCents(cost * float64(m) * 100)
		s.exerciseHold(ii, d, m, fmv, isoNow)
	}
}

// exerciseCost is what the rule expects exercising one option with strike k to cost now when
// the 409A value is fmv: the strike and the tax on the spread, at the AMT rate for an ISO
// exercised as one, the ordinary rate otherwise.
func exerciseCost(k, fmv bespoke.Price, r rates, iso bool) float64 {
	return k.Float() + r.forTax(iso)*max(fmv-k, 0).Float()
}

// exerciseHold exercises n options of issue ii on day d, at fair market value fmv, and holds
// the shares until they can be sold (see bookLot); the caller takes the cost from the
// candidate's cash.
func (s *sim) exerciseHold(ii, d int, n int64, fmv bespoke.Price, iso bool) {
	is := &s.j.issues[ii]
	paid := is.strike.Value(n).Cents()
	spread := max(fmv-is.strike, 0).Value(n).Cents()
	s.addCash(d, -paid)
	l := lot{n: n, iso: iso, strike: is.strike, basis: paid, acquired: d, grant: is.grant}
	sale, px, ok := s.saleOf(d)
	s.bookLot(&l, d, spread, sale, px, ok)
}

// bookLot books lot l, exercised on day d with a spread of spread cents, and its sale on day
// sale at px when ok: an NSO's spread is wages (and in the basis); an ISO's is AMT income in
// the year of the exercise, unless the shares are sold in that year (a disqualifying
// disposition, taxed at the sale).
func (s *sim) bookLot(l *lot, d int, spread int64, sale int, px bespoke.Price, ok bool) {
	switch {
	case !l.iso:
		s.year(d).wages += spread
		l.basis += spread
	case !ok || s.j.yearOf[sale] != s.j.yearOf[d]:
		s.year(d).iso += spread
		l.bargain = spread
	default:
		l.bargain = spread
	}
	if ok {
		s.sell(l, sale, px)
	}
}

// earlyExercise is the rule at the grant of an option that may be exercised early: exercise
// it (with an 83(b) election) when a share held to the exit is worth more after tax, net of
// the strike and of the tax the election brings now on any spread of the fair market value
// over the strike, than the option kept to the exit and paid out at its spread; as far as cash
// goes, strike and tax included, cheapest strike first, tranches in vesting order, a tranche's
// ISOs before its NSOs. Shares still unvested when the candidate leaves are bought back at the
// lower of cost and fair market value. As on leaving, the rule weighs and budgets the tax at
// the 409A value it expects for the day; the tax booked is the scenario's.
func (s *sim) earlyExercise() {
	j := s.j
	for _, ii := range j.byStrike {
		is := &j.issues[ii]
		d := max(is.grant, j.start)
		if !is.early || j.current && is.grant < j.start {
			continue
		}
		fmv, expected := s.p.fmvAt(d), j.table.fmvAt(d-j.start)
		if !s.earlyPays(ii, d, expected) {
			continue
		}
		for n, ti := range j.issueTr[ii] {
			t := j.tranches[ti]
			if bought := s.affordEarly(ii, t, expected); bought.shares < t.shares {
				// what cash cannot buy stays an option, vesting with the tranche
				s.rest[ii] = [2]int64{t.iso - bought.iso, t.shares - bought.shares - (t.iso - bought.iso)}
				t = bought
			}
			if t.shares == 0 {
				break
			}
			paid := is.strike.Value(t.shares).Cents()
			s.cash -= paid + s.earlyTax(ii, t, expected)
			s.addCash(d, -paid)
			s.early[ii] = n + 1
			s.ownEarly(ii, &t, d, fmv)
			if s.rest[ii] != [2]int64{} {
				break
			}
		}
	}
}

// earlyPays reports whether exercising issue ii early on day d, at fair market value fmv, is
// worth more a share than keeping the option to the exit: the after-tax value of a share held
// to the exit less the strike and the rule's estimate of the tax now, averaged over the
// issue's ISOs (the spread an AMT bargain element, the basis the strike) and NSOs (the spread
// wages, in the basis).
func (s *sim) earlyPays(ii, d int, fmv bespoke.Price) bool {
	j := s.j
	is := &j.issues[ii]
	k := is.strike.Float()
	spread := max(fmv-is.strike, 0).Float()
	var iso, all float64
	for _, ti := range j.issueTr[ii] {
		iso += float64(j.tranches[ti].iso)
		all += float64(j.tranches[ti].shares)
	}
	t := d - j.start
	vISO := j.table.hold(t, k) - k - j.rates.amt*spread
	if spread == 0 {
		return vISO > j.table.early[ii]
	}
	vNSO := j.table.hold(t, k+spread) - k - j.rates.ordinary*spread
	return (iso*vISO+(all-iso)*vNSO)/all > j.table.early[ii]
}

// affordEarly returns the part of tranche t of issue ii the remaining cash pays for when
// exercised early at fair market value fmv, strike and estimated tax included, ISOs first.
func (s *sim) affordEarly(ii int, t tranche, fmv bespoke.Price) tranche {
	is := &s.j.issues[ii]
	if fmv <= is.strike { // nothing taxed now: the strike alone, counted exactly
		n := min(is.strike.SharesFor(bespoke.Money(s.cash)), t.shares)
		return tranche{day: t.day, issue: ii, shares: n, iso: min(t.iso, n)}
	}
	spread := (fmv - is.strike).Float()
	cash := float64(s.cash) / 100
	costISO := is.strike.Float() + s.j.rates.amt*spread
	costNSO := is.strike.Float() + s.j.rates.ordinary*spread
	iso := min(t.iso, int64(cash/costISO))
	nso := int64(0)
	if iso == t.iso {
		nso = min(t.shares-t.iso, int64((cash-float64(iso)*costISO)/costNSO))
	}
	return tranche{day: t.day, issue: ii, shares: iso + nso, iso: iso}
}

// earlyTax is the rule's estimate, in cents, of the tax exercising tranche t of issue ii early
// at fair market value fmv brings now: the AMT rate on the ISOs' spread, the ordinary rate on
// the NSOs'.
func (s *sim) earlyTax(ii int, t tranche, fmv bespoke.Price) int64 {
	spread := max(fmv-s.j.issues[ii].strike, 0)
	if spread == 0 {
		return 0
	}
	iso, nso := spread.Value(t.iso).Cents(), spread.Value(t.shares-t.iso).Cents()
	return roundCents(float64(iso)*s.j.rates.amt + float64(nso)*s.j.rates.ordinary)
}

// ownEarly books one tranche exercised early on day d at fair market value fmv. Under the 83(b)
// election the spread is taxed at the exercise, whatever becomes of the shares: an NSO's as
// wages (and in the basis), an ISO's as an AMT bargain element (a disqualifying disposition
// instead when the shares are sold in the year of the exercise). Shares still unvested at the
// departure are bought back then; the others are held from the early exercise and sold when
// they can be.
func (s *sim) ownEarly(ii int, t *tranche, d int, fmv bespoke.Price) {
	is := &s.j.issues[ii]
	spread := max(fmv-is.strike, 0)
	vested := t.day <= s.dep
	var sale int
	var px bespoke.Price
	var ok bool
	if vested {
		sale, px, ok = s.saleOf(t.day)
	}
	for part, n := range [2]int64{t.iso, t.shares - t.iso} {
		if n == 0 {
			continue
		}
		l := lot{n: n, iso: part == 0, strike: is.strike, basis: is.strike.Value(n).Cents(), acquired: d, grant: is.grant}
		s.bookLot(&l, d, spread.Value(n).Cents(), sale, px, ok)
	}
	if !vested {
		s.addCash(s.dep, min(is.strike, s.p.fmvAt(s.dep)).Value(t.shares).Cents())
	}
}

// sell books the sale of lot l on day d at px: the proceeds, and the gain as the law sorts it.
// An ISO lot sold at least two years after the grant and more than a year after the exercise
// is a qualifying disposition (all long-term gain); otherwise its bargain element (at most the
// gain) is ordinary income outside FICA. A lot whose bargain element went into an earlier
// year's AMT has that much more basis for the AMT (isoAMT). Other gains are long-term after
// more than a year, and QSBS may exclude part of a long-term gain.
func (s *sim) sell(l *lot, d int, px bespoke.Price) {
	proceeds := px.Value(l.n).Cents()
	s.addCash(d, proceeds)
	b := s.year(d)
	gain := proceeds - l.basis
	long := d > s.m.anniversary(l.acquired, 1)
	ord := int64(0)
	if l.iso && !(long && d >= s.m.anniversary(l.grant, 2)) {
		ord = min(l.bargain, max(gain, 0))
		b.ordinary += ord
	}
	q := qsbsBook{}
	if long {
		q = s.qsbsExclusion(l, d, gain-ord)
	}
	if l.iso && l.bargain != 0 && s.j.yearOf[d] != s.j.yearOf[l.acquired] {
		isoAMT(b, long, gain, ord, l.bargain, &q)
	}
	if !long {
		b.stcg += gain - ord
		return
	}
	b.ltcg += gain - ord - q.excluded
	b.qsbs.add(q)
}

// isoAMT books Form 6251 line 2k for the sale of ISO shares whose bargain element went into an
// earlier year's AMTI: the AMT's gain is gain − bargain, all of it capital (the bargain element
// was its income at exercise), against the regular tax's ordinary income ord and capital gain
// gain − ord. With QSBS, the AMT excludes the same share of its smaller gain (taken in
// proportion, the cap aside), which q records as the exclusion the AMT does not get.
func isoAMT(b *book, long bool, gain, ord, bargain int64, q *qsbsBook) {
	regular := gain - ord - q.excluded
	amtGain := gain - bargain
	if q.excluded > 0 && amtGain > 0 {
		amtExcluded := roundCents(float64(q.excluded) * float64(amtGain) / float64(gain-ord))
		q.regularOnly = q.excluded - amtExcluded
		amtGain -= amtExcluded
	} else if q.excluded > 0 {
		q.regularOnly = q.excluded
	}
	b.amt.Ordinary -= ord
	if long {
		b.amt.LTCG += amtGain - regular
	} else {
		b.amt.STCG += amtGain - regular
	}
}

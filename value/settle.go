package value

import "github.com/bespokehq/bespoke/tax"

// rates are marginal tax rates the exercise rule and the value of time off use, measured with
// the tax engine on a year of the job's pay.
type rates struct {
	wage     float64 // on a dollar more of wages
	ordinary float64 // on a dollar of ordinary income, an NSO spread
	nonFICA  float64 // on a dollar of ordinary income outside payroll taxes, an ISO's disqualifying disposition
	ltcg     float64 // on a dollar of long-term gain
	amt      float64 // on a dollar of ISO bargain element
}

// forTax is the rate the rule expects on an exercise's spread.
func (r rates) forTax(iso bool) float64 {
	if iso {
		return r.amt
	}
	return r.ordinary
}

// taxable reports whether the book has income for the tax engine.
func (b *book) taxable() bool {
	return b.wages != 0 || b.ordinary != 0 || b.iso != 0 || b.amt != (tax.Disposition{}) || b.ltcg != 0 || b.stcg != 0 ||
		b.qsbs != (qsbsBook{})
}

// fill sets in to the return of job-year k: the income outside the job (other income every
// year, and wages from the next job after leaving) plus the job's book.
func (m *model) fill(in *taxIn, j *job, k int, b *book, outside int64) {
	o := &m.other
	*in = taxIn{
		Year: j.taxYear[k], Wages: outside + b.wages, NonFICACompensation: b.ordinary, SpouseWages: o.SpouseWages.Cents(),
		ISOBargain: b.iso, AMTDisposition: b.amt, QSBSExcluded: b.qsbs.excluded, QSBSExcludedRegularOnly: b.qsbs.regularOnly,
		QualifiedDividends: o.QualifiedDividends.Cents(), OrdinaryDividends: o.OrdinaryDividends.Cents(),
		Interest: o.Interest.Cents(), MortgageInterest: o.MortgageInterest.Cents(), StateIncomeTaxPaid: j.saltPaid[k],
	}
	st := o.STCG.Cents() + b.stcg
	in.LTCG, in.STCG = tax.NetGains(o.LTCG.Cents()+b.ltcg, st)
	// A net short-term loss reduces the 28% rate gain first (28% Rate Gain Worksheet).
	in.Rate28Gain = max(b.qsbs.rate28+min(st, 0), 0)
}

// settle taxes each job-year of the scenario, carrying the minimum-tax credits forward, and
// takes the tax (paid at the end of each year) from the present value. A year's tax is what
// the job adds to the tax on the income outside it.
func (s *sim) settle() {
	j, m := s.j, s.m
	var credit [2]int64
	for k := range s.books {
		b := &s.books[k]
		s.credits[k] = credit
		if !b.taxable() && credit == [2]int64{} {
			continue
		}
		days := s.outsideDays(k)
		s.tax[k] = m.yearTax(j, k, b, j.outsideFor(k, days), &credit, &s.ws) - m.outsideTax(j, k, days, &s.ws)
		s.pv -= float64(s.tax[k]) / 100 * m.df[j.yearEnd[k]]
	}
}

// outsideWages are the wages from other work in job-year k: after the candidate leaves, or
// after the horizon, they are taken to earn the job's base pay elsewhere, which sets the tax
// rate of what the job pays later but is not counted as the job's value.
func (s *sim) outsideWages(k int) int64 {
	return s.j.outsideFor(k, s.outsideDays(k))
}

// outsideDays is how many days of job-year k come after the candidate stops working there (or
// after the horizon).
func (s *sim) outsideDays(k int) int {
	j := s.j
	cut := min(s.dep, j.horizonEnd)
	end := j.yearEnd[k]
	first := j.start + yearStartOffset(j, k)
	return min(max(end-cut, 0), end-first+1)
}

// outsideFor is the outside wages of job-year k with days of it after the cut.
func (j *job) outsideFor(k, days int) int64 {
	return mulFrac(j.base, days, j.yearEnd[k]-j.start-yearStartOffset(j, k)+1)
}

// yearTax returns the tax of job-year k with the outside income, and updates the credits
// carried forward.
func (m *model) yearTax(j *job, k int, b *book, outside int64, credit *[2]int64, ws *workspace) int64 {
	in, out := &ws.in, &ws.out
	m.fill(in, j, k, b, outside)
	if c := j.cached(k, in); c != nil && (c.credits || *credit == [2]int64{}) {
		c.apply(*credit, out)
	} else {
		in.PriorAMTCredit, in.PriorStateAMTCredit = credit[0], credit[1]
		ws.compute(m, j.taxP[k], k)
	}
	credit[0], credit[1] = out.AMTCredit, out.StateAMTCredit
	return out.Total
}

// compute fills ws.out with the tax on ws.in under the law p, for job-year k: the return the
// same worker filed for the year last, when it was the same (neighbouring scenarios often file
// the same return, such as a first year whose only equity event is decided on the epoch), else
// the tax engine's.
func (ws *workspace) compute(m *model, p, k int) {
	if k >= len(ws.last) {
		m.taxes.compute(p, &ws.in, &ws.out, &ws.res)
		return
	}
	last := &ws.last[k]
	if last.ok && last.in == ws.in {
		ws.out = last.out
		return
	}
	m.taxes.compute(p, &ws.in, &ws.out, &ws.res)
	last.in, last.out, last.ok = ws.in, ws.out, true
}

// cached returns the return computed once that in (with no credit carried in) is, if any: a
// horizon year of pay alone, or a year of nothing but the income outside the job.
func (j *job) cached(k int, in *taxIn) *taxCache {
	if k < len(j.salary) && *in == j.salary[k].in {
		return &j.salary[k]
	}
	if c := &j.outside[k].full; *in == c.in {
		return c
	}
	return nil
}

// workspace is a worker's scratch for returns, so computing one allocates nothing.
type workspace struct {
	in    taxIn
	out   taxOut
	empty book
	res   tax.Result
	last  []filed // per job-year, the return last computed
}

// filed is a return and its tax.
type filed struct {
	in  taxIn
	out taxOut
	ok  bool
}

// outsideTax is the tax on the income outside the job alone in job-year k, days of which
// come after the cut: precomputed for none and all of the year, and for every number of days in
// the horizon years a departure can fall in.
func (m *model) outsideTax(j *job, k, days int, ws *workspace) int64 {
	o := &j.outside[k]
	switch {
	case days == 0:
		return o.none
	case days == o.days:
		return o.all
	case days < len(o.byDay):
		return o.byDay[days]
	}
	m.fill(&ws.in, j, k, &ws.empty, j.outsideFor(k, days))
	m.taxes.compute(j.taxP[k], &ws.in, &ws.out, &ws.res)
	return ws.out.Total
}

// outsideYear is the tax on the outside income alone in one job-year.
type outsideYear struct {
	days      int      // days in the year
	none, all int64    // with no outside wages, and with a full year of them
	byDay     []int64  // by days of outside wages, in years a departure can fall in
	full      taxCache // the return with a full year of outside wages: a year the job adds nothing to
}

// compileOutside precomputes outsideTax's tables.
func (m *model) compileOutside(j *job, work *tax.Result) {
	j.outside = make([]outsideYear, len(j.yearEnd))
	from := j.start + int(m.tenure[0]*daysPerYear) - 1
	tx := func(k, d int) int64 {
		var in taxIn
		var out taxOut
		m.fill(&in, j, k, &book{}, j.outsideFor(k, d))
		m.taxes.compute(j.taxP[k], &in, &out, work)
		return out.Total
	}
	for k := range j.yearEnd {
		o := &j.outside[k]
		o.days = j.yearEnd[k] - j.start - yearStartOffset(j, k) + 1
		var in taxIn
		m.fill(&in, j, k, &book{}, j.outsideFor(k, o.days))
		o.full = m.cacheReturn(j.taxP[k], &in, work)
		o.none, o.all = tx(k, 0), o.full.out.Total
		if k < m.horizon && j.yearEnd[k] >= from {
			o.byDay = make([]int64, o.days)
			for d := range o.byDay {
				o.byDay[d] = tx(k, d)
			}
		}
	}
}

// compileTaxCache computes once the returns most scenarios file: the income outside the job,
// with and without other wages, and each horizon year of pay alone; then the marginal rates
// and the after-tax value of time off.
func (m *model) compileTaxCache(j *job) {
	work := new(tax.Result)
	m.compileSALT(j, work)
	m.compileOutside(j, work)
	s := newSim(m, j)
	s.reset(float64(m.maxDay))
	s.pay()
	j.salary = make([]taxCache, m.horizon)
	for k := range j.salary {
		var in taxIn
		m.fill(&in, j, k, &s.books[k], 0)
		j.salary[k] = m.cacheReturn(j.taxP[k], &in, work)
	}
	j.rates = m.marginal(j, 0, &j.salary[0].in)
	for k := range j.nonCash {
		r := m.marginal(j, k, &j.salary[k].in).wage
		j.nonCash[k] = j.fixedNonCash + j.daysOff*float64(j.daily)/100*(1-r)
	}
}

// marginal measures the marginal rates at return base by adding $10,000 of each kind of
// income and recomputing.
func (m *model) marginal(j *job, k int, base *taxIn) rates {
	return m.ratesOver(j, k, base, 1_000_000)
}

// ratesOver measures the rates on step cents of each kind of income added to return base, in
// job-year k of job j: the tax they add, over step.
func (m *model) ratesOver(j *job, k int, base *taxIn, step int64) rates {
	var out taxOut
	work := new(tax.Result)
	m.taxes.compute(j.taxP[k], base, &out, work)
	at := func(f func(*taxIn)) float64 {
		in := *base
		f(&in)
		var o taxOut
		m.taxes.compute(j.taxP[k], &in, &o, work)
		return float64(o.Total-out.Total) / float64(step)
	}
	return rates{
		wage:     at(func(in *taxIn) { in.Wages += step }),
		ordinary: at(func(in *taxIn) { in.Wages += step }), // an NSO spread is FICA wages
		nonFICA:  at(func(in *taxIn) { in.NonFICACompensation += step }),
		ltcg:     at(func(in *taxIn) { in.LTCG += step }),
		amt:      at(func(in *taxIn) { in.ISOBargain += step }),
	}
}

// compileSALT sets the state income tax taken as paid in each job-year, for the itemized
// deduction: the state tax on the year's pay alone within the horizon, on the income outside
// the job after it. (Withholding on pay is most of what is paid in a year; the deduction is
// capped in any case.)
func (m *model) compileSALT(j *job, work *tax.Result) {
	j.saltPaid = make([]int64, len(j.yearEnd))
	s := newSim(m, j)
	s.reset(float64(m.maxDay))
	s.pay()
	for k := range j.saltPaid {
		var in taxIn
		var out taxOut
		b, outside := &s.books[k], int64(0)
		if k >= m.horizon {
			b, outside = &book{}, j.base
		}
		m.fill(&in, j, k, b, outside)
		m.taxes.compute(j.taxP[k], &in, &out, work)
		j.saltPaid[k] = out.State
	}
}

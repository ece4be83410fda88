package bespoke

// Defaults fills the defaults that depend on other parts of the workspace, after every part has
// been decoded with its own defaults. present reports whether a key was written; for the
// workspace it also takes dotted paths such as "candidate.tax_year".
//
//   - candidate.tax_year: the year of the earliest offer start date.
//   - terms.work_state of every job: the candidate's state, when it is one.
//   - an offer grant's vesting.start: the offer's start date; its grant_date: the vesting start.
//   - a current-job grant's vesting.start: its grant_date, and the other way round.
func (w *Workspace) Defaults(present func(key string) bool) {
	if !present("candidate.tax_year") {
		w.Candidate.TaxYear = w.LeaveDate().Year
	}
	if w.Current != nil {
		w.defaultJob(w.Current, Date{})
	}
	for i := range w.Offers {
		w.defaultJob(&w.Offers[i].Job, w.Offers[i].StartDate)
	}
}

func (w *Workspace) defaultJob(j *Job, start Date) {
	if j.Terms.WorkState == "" && IsState(w.Candidate.State) {
		j.Terms.WorkState = w.Candidate.State
	}
	for i := range j.Equity {
		g := &j.Equity[i]
		if g.Vesting.Start.IsZero() {
			g.Vesting.Start = start
		}
		if g.Vesting.Start.IsZero() {
			g.Vesting.Start = g.GrantDate
		}
		if g.GrantDate.IsZero() {
			g.GrantDate = g.Vesting.Start
		}
	}
}

// Defaults sets the deferral elected to the most the plan allows on base pay when elect_pct is
// absent.
func (d *DeferredComp) Defaults(present func(key string) bool) {
	if !present("elect_pct") {
		d.ElectPct = d.MaxPctOfBase
	}
}

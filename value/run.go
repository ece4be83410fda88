package value

import (
	"context"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/bespokehq/bespoke"
)

// Options change how a valuation runs. The zero value values the workspace as written, after
// tax, on every core.
type Options struct {
	// PreTax turns taxes off: every figure is before tax.
	PreTax bool
	// Workers is how many goroutines run scenarios; 0 means GOMAXPROCS. The result does not
	// depend on it.
	Workers int
	// Progress, when set, is called from the workers with the scenarios done so far and the
	// total; it must be safe for concurrent use.
	Progress func(done, total int)
}

// Valuation is a workspace valued by Monte Carlo: its jobs' outcomes in every scenario, kept so
// that changes to an offer's terms can be priced against the same scenarios.
type Valuation struct {
	ws   *bespoke.Workspace
	m    *model
	opt  Options
	out  []jobOut
	stay stayChoice // the current job's policy on its options vested by the epoch
}

// jobOut is one job's result in every scenario, indexed by scenario.
type jobOut struct {
	value   []float64 // present value after tax, terms without cash included
	nonCash []float64 // present value of the terms without cash
	cum     []float64 // cumulative after-tax cash at the end of each horizon year, n × horizon
	demand  []float64 // the most cash exercising everything at a departure would take
	// in an offer's world with the current job's vested options, or the current job's world
	// where it chooses a policy for them (nil otherwise): the cash exercising them all on the
	// epoch would take, and the cash the rule spent on them there
	epochDemand, epochSpent []float64
}

// New compiles the workspace and runs its scenarios. The workspace must have passed
// validation; it is not modified, and must not be while the Valuation is in use.
func New(ctx context.Context, ws *bespoke.Workspace, opt Options) (*Valuation, error) {
	t, err := taxesFor(ws, opt)
	if err != nil {
		return nil, err
	}
	m, err := compile(ws, t, opt.PreTax)
	if err != nil {
		return nil, err
	}
	return valueModel(ctx, ws, m, opt)
}

// valueModel runs every job of m, compiled from ws, over its scenarios, the current job's
// world under both policies for its options vested by the epoch where they can differ, and
// keeps the better.
func valueModel(ctx context.Context, ws *bespoke.Workspace, m *model, opt Options) (*Valuation, error) {
	v := &Valuation{ws: ws, m: m, opt: opt}
	v.out = make([]jobOut, len(m.jobs))
	for jj, j := range m.jobs {
		v.out[jj] = newJobOut(m, j)
	}
	var exercise *jobOut
	if m.choosesPolicy() {
		o := newJobOut(m, m.jobs[0])
		exercise = &o
	}
	if err := v.run(ctx, m, -1, v.out, exercise); err != nil {
		return nil, err
	}
	v.choose(exercise)
	return v, nil
}

func newJobOut(m *model, j *job) jobOut {
	o := jobOut{
		value: make([]float64, m.n), nonCash: make([]float64, m.n),
		cum: make([]float64, m.n*m.horizon), demand: make([]float64, m.n),
	}
	if j.carried != nil || j.current && m.choosesPolicy() {
		o.epochDemand, o.epochSpent = make([]float64, m.n), make([]float64, m.n)
	}
	return o
}

// run values the scenarios of model m into out: every job, or only job only when it is not -1;
// and, when exercise is not nil, the current job's world under ExerciseAsIfLeaving into it
// (out's current job is then under Hold). Scenarios are split into contiguous blocks, one per
// worker; scenario i draws from its own streams seeded by (seed, i), so the results do not
// depend on the number of workers.
func (v *Valuation) run(ctx context.Context, m *model, only int, out []jobOut, exercise *jobOut) error {
	workers := v.opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, m.n)
	var done atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		lo, hi := w*m.n/workers, (w+1)*m.n/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[w] = v.block(ctx, m, only, out, exercise, lo, hi, &done)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// progressEvery is how many scenarios a worker runs between progress reports and checks for
// cancellation.
const progressEvery = 1024

// block runs scenarios lo to hi−1.
func (v *Valuation) block(ctx context.Context, m *model, only int, out []jobOut, exercise *jobOut, lo, hi int, done *atomic.Int64) error {
	sims := make([]*sim, len(m.jobs))
	for jj, j := range m.jobs {
		if only < 0 || jj == only {
			sims[jj] = newSim(m, j)
		}
	}
	var ex *sim // the current job's world under ExerciseAsIfLeaving
	if exercise != nil {
		ex = newSim(m, m.jobs[0])
		ex.asIfLeaving = true
	}
	var pcg rand.PCG
	r := rand.New(&pcg)
	keys := make([]uint64, len(m.jobs)) // each job's company stream
	for i := lo; i < hi; i++ {
		if (i-lo)%progressEvery == progressEvery-1 {
			if err := ctx.Err(); err != nil {
				return err
			}
			v.report(done.Add(progressEvery), m.n)
		}
		pcg.Seed(m.seed, uint64(i))
		t := m.tenure[0] + (m.tenure[1]-m.tenure[0])*r.Float64()
		for jj := range keys {
			keys[jj] = r.Uint64()
		}
		for jj, s := range sims {
			if s != nil {
				s.run(t, keys[jj], keys[0], i) // the current job, when there is one, comes first
				out[jj].record(s, i)
			}
		}
		if ex != nil {
			ex.run(t, keys[0], keys[0], i) // the same path as under Hold
			exercise.record(ex, i)
		}
	}
	v.report(done.Add(int64((hi-lo)%progressEvery)), m.n)
	return ctx.Err()
}

func (v *Valuation) report(done int64, total int) {
	if v.opt.Progress != nil {
		v.opt.Progress(int(done), total)
	}
}

// record stores scenario i's outcome of the job s has just run.
func (o *jobOut) record(s *sim, i int) {
	o.value[i] = s.pv + s.nonCash
	o.nonCash[i] = s.nonCash
	o.demand[i] = s.demand
	if s.carry != nil {
		o.demand[i] = max(s.demand, s.epochDemand)
	}
	if o.epochDemand != nil {
		o.epochDemand[i], o.epochSpent[i] = s.epochDemand, s.epochSpent
	}
	h := s.m.horizon
	var c int64
	for k := range h {
		c += s.books[k].cash - s.tax[k]
		o.cum[i*h+k] = float64(c) / 100
	}
}

package value

import (
	"math"
	"math/rand/v2"

	"github.com/bespokehq/bespoke"
)

// fate is what became of a private company in one scenario.
type fate uint8

const (
	fateNone fate = iota // public, or staying private
	fateFailure
	fateAcquisition
	fateIPO
)

// lockupDays is how long after an IPO the shares held at the IPO may not be sold.
const lockupDays = 180

// maxLogPrice caps a simulated share price at a million dollars, far beyond any path that
// matters, so that values of up to maxShares stay well within int64 cents.
var maxLogPrice = math.Log(1e6)

// path is one scenario of a company: its fate and its share price over time. Prices are drawn
// lazily on the model's monthly grid from the company's own random stream, so the draws do not
// depend on which dates a job asks about (and a changed term sees the same path).
type path struct {
	m      *model
	co     *company
	rng    *rand.Rand
	start  int // the job's start, from which the outcomes' years count
	fate   fate
	exit   int     // day of the failure, acquisition or IPO
	exitPx float64 // price per share at an acquisition or IPO
	lock   int     // day the IPO lock-up ends

	anchor    int // GBM: day and log price the path starts from
	anchorLog float64
	g0        int       // first grid month after the anchor
	logs      []float64 // log price at grid months g0, g0+1, ...
	pxs       []float64 // price at the same months
	drift     float64   // per year, of the log price
	vol       float64
}

// draw sets the path for one scenario. A private company's fate takes three draws whatever it
// is (outcome, timing, multiple), so the stream stays aligned for the share price after an IPO.
func (p *path) draw(m *model, co *company, rng *rand.Rand, start int) {
	*p = path{m: m, co: co, rng: rng, start: start, logs: p.logs[:0], pxs: p.pxs[:0], exit: math.MaxInt32}
	p.vol = co.vol
	p.drift = m.drift - co.div - co.vol*co.vol/2
	if m.fixed {
		p.vol, p.drift = 0, 0
	}
	switch co.regime {
	case regPublic:
		p.setAnchor(0, math.Log(co.price.Float()))
	case regPrivate:
		p.drawFate()
	}
}

func (p *path) drawFate() {
	u, v, z := p.rng.Float64(), p.rng.Float64(), p.rng.NormFloat64()
	os := p.m.outcomes
	i := 0
	for i < len(os)-1 && u >= os[i].cum {
		i++
	}
	o := os[i]
	s := o.lo + (o.hi-o.lo)*v
	p.exit = p.start + int(math.Round(s*daysPerYear))
	switch o.kind {
	case bespoke.Failure:
		p.fate = fateFailure
		return
	case bespoke.Acquisition:
		p.fate = fateAcquisition
	default:
		p.fate = fateIPO
	}
	p.exitPx = p.co.price.Float() * math.Exp(o.mu+o.sigma*z) * math.Pow(1-p.m.dilution, s)
	p.exitPx = min(p.exitPx, math.Exp(maxLogPrice))
	if p.fate == fateIPO {
		p.lock = p.exit + lockupDays
		p.setAnchor(p.exit, math.Log(p.exitPx))
	}
}

func (p *path) setAnchor(d int, logPx float64) {
	p.anchor, p.anchorLog = d, logPx
	p.g0 = int(p.m.gridOf[min(d, p.m.maxDay)]) + 1
}

// saleable reports whether shares can be sold on day d, and at what price: always for a public
// company or one that stays private; after an acquisition or IPO for a private one.
func (p *path) saleable(d int) (bespoke.Price, bool) {
	switch p.co.regime {
	case regPublic:
		return snap(p.priceAt(d)), true
	case regStays:
		return p.co.price, true
	}
	switch {
	case d < p.exit || p.fate == fateFailure:
		return 0, false
	case p.fate == fateAcquisition:
		return snap(p.exitPx), true
	}
	return snap(p.priceAt(d)), true
}

// priceAt returns the share price on day d of a path following geometric Brownian motion.
func (p *path) priceAt(d int) float64 {
	if d > p.anchor && d <= p.m.maxDay {
		if gi := int(p.m.gridOf[d]); gi >= p.g0 && p.m.grid[gi] == d {
			p.at(gi - p.g0)
			return p.pxs[gi-p.g0]
		}
	}
	return math.Exp(p.logAt(d))
}

// fmvAt returns the fair market value of a common share on day d for tax: the market price
// where there is one; before a private company's exit, the 409A value moving geometrically
// from today's toward the exit price; zero after a failure.
func (p *path) fmvAt(d int) bespoke.Price {
	switch {
	case p.co.regime == regStays:
		return p.co.fmv
	case p.co.regime == regPublic || d >= p.exit && p.fate != fateFailure:
		px, _ := p.saleable(d)
		return px
	case d >= p.exit:
		return 0
	case p.fate == fateFailure || d <= p.start:
		return p.co.fmv
	}
	f := float64(d-p.start) / float64(p.exit-p.start)
	return snap(math.Pow(p.co.fmv.Float(), 1-f) * math.Pow(p.exitPx, f))
}

// dead reports whether the company has failed by day d.
func (p *path) dead(d int) bool { return p.fate == fateFailure && d >= p.exit }

// logAt returns the log share price on day d, interpolated linearly in time between the grid
// months around it.
func (p *path) logAt(d int) float64 {
	if d <= p.anchor {
		return p.anchorLog
	}
	d = min(d, p.m.maxDay)
	g := p.m.grid
	gi := int(p.m.gridOf[d])
	lo, loLog := p.anchor, p.anchorLog
	if gi >= p.g0 {
		lo, loLog = g[gi], p.at(gi-p.g0)
		if d == lo {
			return loLog
		}
	}
	hi, hiLog := g[max(gi+1, p.g0)], p.at(max(gi+1, p.g0)-p.g0)
	return loLog + (hiLog-loLog)*float64(d-lo)/float64(hi-lo)
}

// at returns the log price at grid month g0+i, drawing the months up to it.
func (p *path) at(i int) float64 {
	for len(p.logs) <= i {
		n := len(p.logs)
		prev, prevLog := p.anchor, p.anchorLog
		if n > 0 {
			prev, prevLog = p.m.grid[p.g0+n-1], p.logs[n-1]
		}
		dt := years(p.m.grid[p.g0+n] - prev)
		l := min(prevLog+p.drift*dt+p.vol*math.Sqrt(dt)*p.rng.NormFloat64(), maxLogPrice)
		p.logs = append(p.logs, l)
		p.pxs = append(p.pxs, math.Exp(l))
	}
	return p.logs[i]
}

// snap rounds a price in dollars to the micro-dollar, so values are computed exactly in cents
// with bespoke.Price.Value, as compare does.
func snap(x float64) bespoke.Price { return bespoke.Price(math.Round(x * bespoke.PriceScale)) }

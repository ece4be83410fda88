package frontier

import (
	"math"
	"math/big"

	"github.com/bespokehq/bespoke"
)

// maxScaleBits bounds the common denominator of one party's utilities. Decimal inputs need a
// few dozen bits; only adversarial input (thousands of coprime denominators) comes near it.
const maxScaleBits = 4096

// scaled is one party's utility on an integer scale: the utility of a package is the sum of its
// terms divided by unit, exactly. Reservation, cap, worst and best are on the same scale.
type scaled struct {
	unit        *big.Int     // the common denominator (> 0)
	terms       [][]*big.Int // terms[i][v] = weight[i] × score[i][v] × unit
	reservation *big.Int
	cap         *big.Int // nil when uncapped
	worst, best *big.Int // the least and greatest utility of any package, cap applied
}

// scaleParty puts party p on an integer scale. Every term, the reservation value and the cap are
// integers on it, so sums and comparisons are exact.
func scaleParty(p Party) (*scaled, error) {
	terms := make([][]*big.Rat, len(p.Weights))
	unit := big.NewInt(1)
	for i, w := range p.Weights {
		terms[i] = make([]*big.Rat, len(p.Scores[i]))
		for v, s := range p.Scores[i] {
			terms[i][v] = new(big.Rat).Mul(w, s)
			lcm(unit, terms[i][v].Denom())
		}
	}
	res := new(big.Rat)
	if p.Reservation != nil {
		res.Set(p.Reservation)
	}
	lcm(unit, res.Denom())
	if p.Cap != nil {
		lcm(unit, p.Cap.Denom())
	}
	if unit.BitLen() > maxScaleBits {
		return nil, bespoke.Errorf(bespoke.EUNSUPPORTED,
			"the weights and scores of party %s have no common denominator under 2^%d; round them to fewer decimals",
			p.Name, maxScaleBits)
	}
	sc := &scaled{unit: unit, terms: make([][]*big.Int, len(terms)), reservation: onScale(res, unit)}
	if p.Cap != nil {
		sc.cap = onScale(p.Cap, unit)
	}
	for i := range terms {
		sc.terms[i] = make([]*big.Int, len(terms[i]))
		for v, t := range terms[i] {
			sc.terms[i][v] = onScale(t, unit)
		}
	}
	sc.worst, sc.best = sc.extremes()
	return sc, nil
}

// lcm sets z to the least common multiple of z and d (both positive).
func lcm(z, d *big.Int) {
	if d.Cmp(big.NewInt(1)) == 0 {
		return
	}
	g := new(big.Int).GCD(nil, nil, z, d)
	z.Mul(z, new(big.Int).Quo(d, g))
}

// onScale returns r × unit, which must be an integer because unit is a multiple of r's
// denominator.
func onScale(r *big.Rat, unit *big.Int) *big.Int {
	n := new(big.Int).Mul(r.Num(), unit)
	return n.Quo(n, r.Denom())
}

// extremes returns the least and the greatest utility of any package: the sums of each issue's
// least and greatest term, capped.
func (s *scaled) extremes() (lo, hi *big.Int) {
	lo, hi = new(big.Int), new(big.Int)
	for _, ts := range s.terms {
		mn, mx := ts[0], ts[0]
		for _, t := range ts[1:] {
			if t.Cmp(mn) < 0 {
				mn = t
			}
			if t.Cmp(mx) > 0 {
				mx = t
			}
		}
		lo.Add(lo, mn)
		hi.Add(hi, mx)
	}
	return s.capped(lo), s.capped(hi)
}

// capped returns min(u, cap), or u when the party has no cap.
func (s *scaled) capped(u *big.Int) *big.Int {
	if s.cap != nil && u.Cmp(s.cap) > 0 {
		return s.cap
	}
	return u
}

// rat returns the utility u (on the party's scale) as an exact fraction.
func (s *scaled) rat(u *big.Int) *big.Rat {
	return new(big.Rat).SetFrac(u, s.unit)
}

// fitsInt64 reports whether every partial sum of terms fits in an int64: the sum over issues of
// the largest absolute term does.
func (s *scaled) fitsInt64() bool {
	total := new(big.Int)
	abs := new(big.Int)
	for _, ts := range s.terms {
		var mx *big.Int
		for _, t := range ts {
			if mx == nil || abs.Abs(t).Cmp(mx) > 0 {
				mx = new(big.Int).Abs(t)
			}
		}
		total.Add(total, mx)
	}
	return total.Cmp(big.NewInt(math.MaxInt64)) <= 0
}

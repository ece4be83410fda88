package value

import "math"

// BSInput is a European option for the Black–Scholes–Merton formula. Rates and the dividend
// yield are continuously compounded yearly fractions; Years is the time to expiry.
type BSInput struct {
	Spot     float64 // price of the share now
	Strike   float64 // exercise price
	Years    float64 // time to expiry, in years
	Vol      float64 // yearly volatility of the share's log return
	Rate     float64 // risk-free rate
	Dividend float64 // continuous dividend yield
}

// BSResult is the value of a call and a put and their sensitivities. Theta is per year, Vega
// per unit of volatility (1.00 = 100 points) and Rho per unit of rate, as in Hull.
type BSResult struct {
	Call, Put           float64
	CallDelta, PutDelta float64
	Gamma               float64
	Vega                float64
	CallTheta, PutTheta float64
	CallRho, PutRho     float64
}

// BlackScholes prices a European call and put on a share paying a continuous dividend yield
// (Merton's extension of Black–Scholes) and returns the greeks. With no time or no volatility
// left the option is worth its discounted intrinsic value on the forward and the greeks are
// those of that limit.
func BlackScholes(in BSInput) BSResult {
	s, k, t := in.Spot, in.Strike, in.Years
	dq, dr := math.Exp(-in.Dividend*t), math.Exp(-in.Rate*t)
	sd := in.Vol * math.Sqrt(t)
	if sd <= 0 || s <= 0 || k <= 0 {
		return bsLimit(in, dq, dr)
	}
	d1 := (math.Log(s/k) + (in.Rate-in.Dividend+in.Vol*in.Vol/2)*t) / sd
	d2 := d1 - sd
	n1, n2 := normCDF(d1), normCDF(d2)
	pdf := normPDF(d1)
	r := BSResult{
		Call:      s*dq*n1 - k*dr*n2,
		Put:       k*dr*normCDF(-d2) - s*dq*normCDF(-d1),
		CallDelta: dq * n1,
		PutDelta:  dq * (n1 - 1),
		Gamma:     dq * pdf / (s * sd),
		Vega:      s * dq * pdf * math.Sqrt(t),
		CallRho:   k * t * dr * n2,
		PutRho:    -k * t * dr * normCDF(-d2),
	}
	decay := -s * dq * pdf * in.Vol / (2 * math.Sqrt(t))
	r.CallTheta = decay - in.Rate*k*dr*n2 + in.Dividend*s*dq*n1
	r.PutTheta = decay + in.Rate*k*dr*normCDF(-d2) - in.Dividend*s*dq*normCDF(-d1)
	return r
}

// bsLimit is the option's value when nothing random is left: the discounted intrinsic value
// of the forward.
func bsLimit(in BSInput, dq, dr float64) BSResult {
	fwd := in.Spot*dq - in.Strike*dr
	r := BSResult{Call: max(fwd, 0), Put: max(-fwd, 0)}
	switch {
	case fwd > 0:
		r.CallDelta, r.CallRho = dq, in.Strike*in.Years*dr
	case fwd < 0:
		r.PutDelta, r.PutRho = -dq, -in.Strike*in.Years*dr
	}
	return r
}

func normCDF(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }

func normPDF(x float64) float64 { return math.Exp(-x*x/2) / math.Sqrt(2*math.Pi) }

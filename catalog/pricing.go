package catalog

import "math"

// OptionPricer prices one call option: the fair value, in dollars, of the right to buy a
// share worth spot for strike over years, at the continuously compounded risk-free rate,
// volatility and dividend yield given as yearly fractions.
type OptionPricer interface {
	Call(spot, strike, years, rate, vol, yield float64) float64
}

// BlackScholes is the Black–Scholes–Merton price of a European call, the model companies use
// to expense options under ASC 718.
type BlackScholes struct{}

// Call returns the Black–Scholes–Merton call price. A zero horizon or volatility gives the
// discounted intrinsic value; a zero strike gives the share's value less dividends.
func (BlackScholes) Call(spot, strike, years, rate, vol, yield float64) float64 {
	if spot <= 0 {
		return 0
	}
	fwdSpot := spot * math.Exp(-yield*years)
	pvStrike := strike * math.Exp(-rate*years)
	if strike <= 0 {
		return fwdSpot
	}
	if years <= 0 || vol <= 0 {
		return math.Max(fwdSpot-pvStrike, 0)
	}
	sd := vol * math.Sqrt(years)
	d1 := (math.Log(spot/strike) + (rate-yield+vol*vol/2)*years) / sd
	d2 := d1 - sd
	return fwdSpot*normCDF(d1) - pvStrike*normCDF(d2)
}

func normCDF(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }

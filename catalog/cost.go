package catalog

import (
	"fmt"
	"math"
	"strings"

	"github.com/bespokehq/bespoke"
)

// Cost is the likely cost of an ask to the company over the workspace's horizon, discounted
// at its discount rate. Amount is nil when the catalog has no model for it.
type Cost struct {
	Amount *bespoke.Money `json:"amount"`
	// Basis says what the amount is: cash (wages with the employer's payroll tax), fair_value
	// (incremental option or share fair value, as expensed under ASC 718), eor_fee (an
	// employer of record's fee), none (no cash or accounting cost beyond administration) or
	// not_estimated.
	Basis string `json:"basis"`
	Note  string `json:"note"`
}

// Bases of a Cost.
const (
	BasisCash         = "cash"
	BasisFairValue    = "fair_value"
	BasisEORFee       = "eor_fee"
	BasisNone         = "none"
	BasisNotEstimated = "not_estimated"
)

// CostParams are the user-settable parts of the cost models.
type CostParams struct {
	// EORFeePct is an employer of record's fee as a percentage of salary; sources put it at
	// 3–15%, so the default is the middle, 9.
	EORFeePct float64
}

// DefaultEORFeePct is the middle of the 3–15% range of employer-of-record fees (iresults.com;
// whitefinsolutions.com).
const DefaultEORFeePct = 9

// Employer payroll tax on wages, 2026: Social Security 6.2% up to the wage base (IRC §3111(a);
// SSA wage base for 2026, $184,500) and Medicare 1.45% on all wages (IRC §3111(b)).
const (
	employerSSRate       = 0.062
	employerMedicareRate = 0.0145
	ssWageBase2026       = 184500.0
)

type costModel func(c Context, p CostParams) Cost

var costModels = map[string]costModel{
	"none":           func(Context, CostParams) Cost { return noCost() },
	"not_estimated":  func(Context, CostParams) Cost { return notEstimated("the catalog has no model of this cost") },
	"cash_yearly":    cashYearly,
	"cash_once":      cashOnce,
	"pto_days":       ptoDays,
	"equity_grant":   equityGrant,
	"equity_refresh": equityRefresh,
	"option_life":    optionLife,
	"new_location":   newLocation,
}

// Cost estimates what the ask would cost the company.
func (k *Kind) Cost(c Context, p CostParams) Cost {
	if p.EORFeePct == 0 {
		p.EORFeePct = DefaultEORFeePct
	}
	return costModels[k.CostModel](c, p)
}

func noCost() Cost {
	z := bespoke.Money(0)
	return Cost{Amount: &z, Basis: BasisNone, Note: "no cash or accounting cost beyond administration"}
}

func notEstimated(note string) Cost { return Cost{Basis: BasisNotEstimated, Note: note} }

func amount(basis string, dollars float64, note string) Cost {
	m := bespoke.MoneyFromFloat(dollars)
	return Cost{Amount: &m, Basis: basis, Note: note}
}

// delta returns the asked value less the current one, when both are numbers.
func delta(c Context) (float64, bool) {
	cur, ok := Current(c.Workspace, c.Offer, c.Ask.Term)
	if !ok {
		return 0, false
	}
	x, okx := Number(bespoke.Scalar(cur))
	y, oky := Number(c.Ask.Value)
	return y - x, okx && oky
}

// Horizon returns the workspace's horizon in years (4 when not given).
func Horizon(w *bespoke.Workspace) int {
	if w == nil || w.Assumptions.HorizonYears <= 0 {
		return 4
	}
	return w.Assumptions.HorizonYears
}

// Annuity returns the present value of 1 dollar paid at the start of each year of the
// horizon, discounted at the workspace's rate.
func Annuity(w *bespoke.Workspace) float64 {
	r := 0.0
	if w != nil {
		r = w.Assumptions.DiscountRate
	}
	sum := 0.0
	for k := range Horizon(w) {
		sum += math.Pow(1+r, -float64(k))
	}
	return sum
}

// EmployerPayroll returns the employer's payroll tax on extra wages added to wages already
// paid in the year.
func EmployerPayroll(wages, extra float64) float64 {
	ss := employerSSRate * (math.Min(wages+extra, ssWageBase2026) - math.Min(wages, ssWageBase2026))
	return ss + employerMedicareRate*extra
}

func wages(o *bespoke.Offer) float64 { return o.Cash.Base.Float() + o.Cash.Bonus().Float() }

func cashYearly(c Context, _ CostParams) Cost {
	d, ok := delta(c)
	if !ok {
		return notEstimated("the asked value is not a number")
	}
	if Pattern(c.Ask.Term) == "cash.bonus_target_pct" {
		d = d / 100 * c.Offer.Cash.Base.Float()
	}
	perYear := d + EmployerPayroll(wages(c.Offer), d)
	return amount(BasisCash, perYear*Annuity(c.Workspace),
		fmt.Sprintf("%s a year with the employer's payroll tax, over %d years", money(perYear), Horizon(c.Workspace)))
}

func cashOnce(c Context, _ CostParams) Cost {
	d, ok := delta(c)
	if !ok || strings.HasSuffix(c.Ask.Term, "months") {
		return notEstimated("only the amount of a payment is costed")
	}
	total := d + EmployerPayroll(wages(c.Offer), d)
	return amount(BasisCash, total, "paid once, with the employer's payroll tax")
}

func ptoDays(c Context, _ CostParams) Cost {
	d, ok := delta(c)
	if !ok || Pattern(c.Ask.Term) != "pto.days" {
		return notEstimated("only a number of days is costed")
	}
	day := c.Offer.Cash.Base.Float() / 260
	perYear := d*day + EmployerPayroll(wages(c.Offer), d*day)
	return amount(BasisCash, perYear*Annuity(c.Workspace),
		fmt.Sprintf("%g days of base pay (%s a day, 260 working days) a year, over %d years", d, money(day), Horizon(c.Workspace)))
}

func newLocation(c Context, p CostParams) Cost {
	if Pattern(c.Ask.Term) == "work_state" {
		return notEstimated("registering in a new state (withholding, unemployment and workers' compensation accounts) has no public price")
	}
	if strings.EqualFold(string(c.Ask.Value), "US") {
		return noCost()
	}
	perYear := p.EORFeePct / 100 * c.Offer.Cash.Base.Float()
	return amount(BasisEORFee, perYear*Annuity(c.Workspace),
		fmt.Sprintf("an employer of record's fee of %g%% of base a year, over %d years", p.EORFeePct, Horizon(c.Workspace)))
}

func money(f float64) string { return bespoke.MoneyFromFloat(f).Format() }

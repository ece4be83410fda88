// Package value values jobs and the terms of offers by Monte Carlo, in dollars after tax.
//
// Each scenario draws a future: the share price of a public company (geometric Brownian
// motion), the fate of a private one (failure, acquisition or IPO, with dilution until the
// exit), and the day the candidate leaves each job. Everything a job pays in that future
// becomes dated cash flows; the exercise of options follows one documented rule (exercise when
// waiting is worth less, as far as the candidate's cash goes); each job-year's income is taxed
// through package tax, with the minimum tax credit carried forward; and the scenario's worth is
// the present value of the after-tax cash, terms without cash included. docs/valuation.md
// states the model, every rule and every simplification.
//
// Use New to value a workspace's jobs: the current job and every offer, each as a distribution
// (Result). Then price changes to an offer against the same scenarios with Valuation.Ask or
// Valuation.Change, which return an Estimate (mean and 95% confidence interval of the paired
// differences); a Valuation may price several changes at once from different goroutines.
//
// The current job's options vested by the day the candidate would leave it count in every
// job's world: put to the exercise rule on leaving for an offer; while the candidate stays,
// held or decided on as a leaver would, whichever policy (StayPolicy) has the greater mean
// value; on the current company's own path, the same in every world. Valuation.VestedOptions
// says what they add to each job, which policy a stayer takes, and what leaving them costs.
// Deterministic runs the same code on the scenario compare shows, where prices never move.
// BlackScholes, ExpectedTerm and WindowCost give the company's side: what an option is worth
// and what a longer exercise window adds to the fair value the company expenses.
//
// Scenario i draws from random streams seeded by (seed, i) and results are reduced in scenario
// order, so the same seed gives the same result whatever the number of workers.
package value

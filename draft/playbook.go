package draft

import "slices"

// SalaryHistoryBans are the US jurisdictions (two-letter codes) whose law bars private
// employers from asking for a candidate's pay history: AAUW's list of state salary-history
// bans (aauw.org/resources/policy/state-and-local-salary-history-bans) and HR Dive's running
// list, 2024; DC for private employers from 30 June 2024 (payscale.com). Alabama's law differs:
// an employer may ask, but may not refuse to hire someone who declines to answer.
var SalaryHistoryBans = []string{
	"AL", "CA", "CO", "CT", "DC", "DE", "HI", "IL", "MA", "MD", "ME", "MN", "NJ", "NV", "NY", "OR",
	"PR", "RI", "VT", "WA",
}

// AskingAllowed are the jurisdictions of SalaryHistoryBans whose law lets an employer ask for
// pay history but bars it from refusing to hire someone who declines to answer (Alabama, Code
// of Ala. §25-1-30).
var AskingAllowed = []string{"AL"}

// PayRangeStates are the states whose law requires employers to publish a position's pay
// range, or to give it on request (tcwglobal.com/pay-transparency-by-state;
// gapsquare.com/resources/us-pay-transparency-laws-by-state-and-locality).
var PayRangeStates = map[string]string{
	"CA": "in job postings", "CO": "in job postings", "WA": "in job postings", "NY": "in job postings",
	"HI": "in job postings", "DC": "in job postings",
	"CT": "on request", "MD": "on request", "NV": "on request", "RI": "on request",
}

// DefaultExplodingDays is how close a deadline must be, in days from today, for the draft to
// ask for more time.
const DefaultExplodingDays = 5

// DeadlineExtensionDays is how much more time the draft asks for on an exploding offer.
const DeadlineExtensionDays = 7

func bans(state string) bool { return slices.Contains(SalaryHistoryBans, state) }

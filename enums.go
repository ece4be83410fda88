package bespoke

import "slices"

// FilingStatus is a US federal filing status.
type FilingStatus string

// Filing statuses. The tax engine supports all four where the tables allow; the workspace
// accepts the two the product is built for and the two others.
const (
	Single              FilingStatus = "single"
	MarriedJoint        FilingStatus = "married_joint"
	MarriedSeparate     FilingStatus = "married_separate"
	HeadOfHousehold     FilingStatus = "head_of_household"
	defaultFilingStatus              = Single
)

// Values lists the allowed filing statuses.
func (FilingStatus) Values() []string {
	return []string{string(Single), string(MarriedJoint), string(MarriedSeparate), string(HeadOfHousehold)}
}

// Stage says whether a company's shares trade publicly.
type Stage string

// Company stages.
const (
	Public  Stage = "public"
	Private Stage = "private"
)

// Values lists the allowed stages.
func (Stage) Values() []string { return []string{string(Public), string(Private)} }

// Level is an engineering level, normalised across companies.
type Level string

// Levels, from the one below Staff to the executive ones.
const (
	Senior        Level = "senior"
	Staff         Level = "staff"
	SeniorStaff   Level = "senior_staff"
	Principal     Level = "principal"
	Distinguished Level = "distinguished"
	Fellow        Level = "fellow"
)

// Values lists the allowed levels, lowest first.
func (Level) Values() []string {
	return []string{string(Senior), string(Staff), string(SeniorStaff), string(Principal), string(Distinguished), string(Fellow)}
}

// Rank returns the level's position in Values (0 for senior), or -1 when unknown.
func (l Level) Rank() int { return slices.Index(l.Values(), string(l)) }

// GrantType is the kind of an equity grant.
type GrantType string

// Grant types: restricted stock units, incentive stock options, non-qualified stock options.
const (
	RSU GrantType = "rsu"
	ISO GrantType = "iso"
	NSO GrantType = "nso"
)

// Values lists the allowed grant types.
func (GrantType) Values() []string { return []string{string(RSU), string(ISO), string(NSO)} }

// IsOption reports whether the grant is a stock option (it has a strike and must be exercised).
func (t GrantType) IsOption() bool { return t == ISO || t == NSO }

// Refresh says whether a grant repeats.
type Refresh string

// Refresh policies: none, or a grant like this one on every anniversary of the start date.
const (
	RefreshNone   Refresh = "none"
	RefreshYearly Refresh = "yearly"
)

// Values lists the allowed refresh policies.
func (Refresh) Values() []string { return []string{string(RefreshNone), string(RefreshYearly)} }

// PTOPolicy is how paid time off is granted.
type PTOPolicy string

// PTO policies: a fixed number of days that accrue (and in some states are paid out), or
// unlimited.
const (
	PTOMetered   PTOPolicy = "metered"
	PTOUnlimited PTOPolicy = "unlimited"
)

// Values lists the allowed PTO policies.
func (PTOPolicy) Values() []string { return []string{string(PTOMetered), string(PTOUnlimited)} }

// Remote is where the work is done.
type Remote string

// Work arrangements.
const (
	Onsite     Remote = "onsite"
	Hybrid     Remote = "hybrid"
	RemoteWork Remote = "remote"
)

// Values lists the allowed work arrangements.
func (Remote) Values() []string { return []string{string(Onsite), string(Hybrid), string(RemoteWork)} }

// TravelClass is the class of business travel.
type TravelClass string

// Travel classes.
const (
	Economy        TravelClass = "economy"
	PremiumEconomy TravelClass = "premium_economy"
	Business       TravelClass = "business"
	First          TravelClass = "first"
)

// Values lists the allowed travel classes.
func (TravelClass) Values() []string {
	return []string{string(Economy), string(PremiumEconomy), string(Business), string(First)}
}

// OutcomeKind is what becomes of a private company.
type OutcomeKind string

// Private-company outcomes.
const (
	Failure     OutcomeKind = "failure"
	Acquisition OutcomeKind = "acquisition"
	IPO         OutcomeKind = "ipo"
)

// Values lists the allowed outcome kinds.
func (OutcomeKind) Values() []string {
	return []string{string(Failure), string(Acquisition), string(IPO)}
}

// Party is a side of the negotiation.
type Party string

// Parties.
const (
	PartyCompany   Party = "company"
	PartyCandidate Party = "candidate"
)

// Values lists the parties.
func (Party) Values() []string { return []string{string(PartyCompany), string(PartyCandidate)} }

// RoundKind is what happened in a round of the negotiation.
type RoundKind string

// Round kinds.
const (
	RoundOffer    RoundKind = "offer"
	RoundCounter  RoundKind = "counter"
	RoundAnswer   RoundKind = "answer"
	RoundAccept   RoundKind = "accept"
	RoundDecline  RoundKind = "decline"
	RoundDeadline RoundKind = "deadline"
)

// Values lists the round kinds.
func (RoundKind) Values() []string {
	return []string{string(RoundOffer), string(RoundCounter), string(RoundAnswer), string(RoundAccept), string(RoundDecline), string(RoundDeadline)}
}

// States lists the two-letter codes of the US states and DC accepted for residence and work.
var States = []string{
	"AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN",
	"KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ",
	"NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA",
	"WI", "WV", "WY",
}

// IsState reports whether code is one of States.
func IsState(code string) bool { return slices.Contains(States, code) }

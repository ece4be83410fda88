package bespoke

import (
	"maps"
	"slices"
	"strings"
)

// stateNames maps the name of each state (and DC) in States to its code, to suggest the code
// when a name is written.
var stateNames = map[string]string{
	"Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
	"Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC",
	"Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL",
	"Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
	"Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
	"Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
	"New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY",
	"North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR",
	"Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD",
	"Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA",
	"Washington": "WA", "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
}

// notAState says that s is not one of States, suggesting the code s most likely means: the
// same letters in capitals, the code of a state's name (even misspelt), or a near code.
func notAState(s string) string {
	msg := quote(s) + " is not a US state code: write the state's two capital letters, such as CA or NY"
	if up := strings.ToUpper(s); IsState(up) {
		return msg + "; did you mean " + up + "?"
	}
	names := slices.Sorted(maps.Keys(stateNames))
	if n, ok := Closest(s, names); ok {
		return msg + "; did you mean " + stateNames[n] + " (" + n + ")?"
	}
	return msg + didYouMean(s, States)
}

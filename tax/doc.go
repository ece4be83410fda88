// Package tax is bespoke's personal income-tax engine: US federal income tax (regular tax with
// the qualified-dividend and capital-gain worksheet, AMT with the ISO preference, the minimum
// tax credit, NIIT), employee FICA, and state income taxes (California with its AMT and Mental
// Health Services Tax, New York State and City, Massachusetts with its surtax, Washington's
// capital-gains tax, and the states without a wage income tax).
//
// The law is data: one embedded JSON file per tax year and jurisdiction under params/, every
// value with its source. Loading validates the files and compiles them into flat arrays, so
// Compute is a pure function of a small struct that allocates nothing.
//
// Arithmetic is in whole cents (int64); the forms' rounding is applied where the forms say so
// and is documented on each line.
package tax

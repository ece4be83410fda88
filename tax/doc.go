// Package tax is bespoke's personal income-tax engine: US federal income tax (regular tax with
// the qualified-dividend and capital-gain worksheet or the Schedule D Tax Worksheet, AMT with
// the ISO preference and the disposition adjustment, the minimum tax credit, NIIT), employee
// FICA, and state income taxes (California with its AMT and Mental Health Services Tax, New
// York State and City, Massachusetts with its surtax, Washington's capital-gains tax, and the
// states without a wage income tax). A Return says what equity events are: compensation outside
// FICA (disqualifying dispositions), the AMT reversal of an earlier bargain element on shares
// sold, the QSBS exclusion (which California adds back) and the 28% rate gain it leaves.
//
// The law is data: one embedded JSON file per tax year and jurisdiction under params/, every
// value with its source. Loading validates the files and compiles them into flat arrays, so
// Compute is a pure function of a small struct that allocates nothing.
//
// Use: LoadTables once; Tables.For once per workspace (tax year, filing status, state, city,
// inflation) to get Params; then Compute for every return, as often as needed, from any number
// of goroutines. Years after the latest published tables are projected by indexing the latest
// law (see project.go); Params.Projected and Params.Note say so. Values of published tables that
// are derived or secondary rather than read from the publication are listed, with reasons, in
// Params.Estimated; they do not make a year projected.
//
// Result.TotalIncomeTax is the federal and state income taxes; Result.PayrollTax the employee's
// Social Security, Medicare and state payroll tax (California SDI); Result.TotalTax both.
// docs/tax.md lists the forms and lines computed, the sources, and the cross-check against
// OpenTaxSolver.
//
// Arithmetic is in whole cents (int64); the forms' rounding is applied where the forms say so
// and is documented on each line. Below $100,000 of taxable income the regular tax comes from
// the IRS Tax Table (the tax on the midpoint of the $50 row, rounded to the dollar), as the Form
// 1040 instructions require; the qualified-dividend worksheet uses it for its lines 22 and 24
// too. Above, the Tax Computation Worksheet's exact cents are kept.
//
// What the federal engine leaves out, on purpose: credits other than the minimum tax credit,
// deductions other than state and local income tax and mortgage interest, capital losses
// (amounts are never negative, and a net AMT capital loss is not deducted), the AMT foreign tax
// credit, unrecaptured section 1250 gain,
// and the NIIT deduction for state tax allocable to investment income (Form 8960 line 9b, which
// would lower the NIIT slightly; leaving it out overstates the NIIT, never understates it). The
// larger of the standard and itemized deductions is taken, though a taxpayer facing the AMT
// may elect to itemize a smaller amount.
package tax

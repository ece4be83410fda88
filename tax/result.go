package tax

import "iter"

// Result is what Compute finds for a Return. Amounts are int64 cents.
type Result struct {
	Federal FederalResult
	FICA    FICAResult
	State   StateResult

	// TotalIncomeTax is Federal.Total + State.Total: the income taxes, federal (with NIIT and
	// the Additional Medicare Tax) and state (with California's AMT and Mental Health Services
	// Tax, New York City's tax, the Massachusetts surtax).
	TotalIncomeTax int64

	// Lines lists every form line the computation used, in the order computed.
	Lines Explanation
}

// PayrollTax returns the employee's payroll taxes other than the Additional Medicare Tax (which
// the federal total already holds): Social Security, Medicare, and the state's payroll tax
// (California SDI), all on FICA wages; Return.NonFICACompensation pays none of them.
func (r *Result) PayrollTax() int64 {
	return r.FICA.SocialSecurity + r.FICA.Medicare + r.State.PayrollTax
}

// TotalTax returns everything the year's income costs the taxpayer, for after-tax figures:
// TotalIncomeTax plus PayrollTax, so federal and state income taxes, Social Security, Medicare
// (with the Additional Medicare Tax counted once) and state payroll tax such as California SDI.
// The minimum tax credit generated, worth something only in later years, is not subtracted.
func (r *Result) TotalTax() int64 {
	return r.TotalIncomeTax + r.PayrollTax()
}

// FederalResult is the federal return's summary. Total is Form 1040's total tax: regular tax +
// AMT − minimum tax credit used + NIIT + Additional Medicare Tax.
type FederalResult struct {
	AGI                   int64 // Form 1040 line 11
	Deduction             int64 // line 12: standard or itemized
	Itemized              bool  // whether Deduction is itemized (Schedule A)
	TaxableIncome         int64 // line 15
	RegularTax            int64 // line 16
	AMTI                  int64 // Form 6251 line 4
	AMTExemption          int64 // Form 6251 line 5
	TentativeMinimumTax   int64 // Form 6251 line 9
	AMT                   int64 // Form 6251 line 11
	AMTCreditGenerated    int64 // minimum tax credit from this year's deferral items (next year's Form 8801 line 18)
	AMTCreditUsed         int64 // Form 8801 line 25, on Schedule 3 line 6b
	AMTCreditCarryforward int64 // Form 8801 line 26 plus AMTCreditGenerated: the credit available next year
	NIIT                  int64 // Form 8960 line 17
	AdditionalMedicareTax int64 // Form 8959 line 7 (wages only)
	Total                 int64
}

// FICAResult is the employee's share of FICA for the household's wages. Total includes the
// Additional Medicare Tax, which is also part of the federal total.
type FICAResult struct {
	SocialSecurity     int64 // 6.2% of each earner's wages up to the wage base
	Medicare           int64 // 1.45% of all wages
	AdditionalMedicare int64 // Form 8959 line 7
	Total              int64
}

// Line is one line of a form or worksheet with its amount in cents.
type Line struct {
	Form   string // "1040", "6251", "QDCG worksheet", ...
	Line   string // "11", "2i", ...
	Label  string
	Amount int64
}

// maxLines bounds the lines one computation records.
const maxLines = 128

// Explanation is a fixed-capacity list of the lines a computation used; recording a line
// allocates nothing.
type Explanation struct {
	n       int
	entries [maxLines]lineEntry
}

type lineEntry struct {
	id     lineID
	amount int64
}

// Len returns the number of lines recorded.
func (e *Explanation) Len() int { return e.n }

// At returns the i-th line recorded.
func (e *Explanation) At(i int) Line {
	en := e.entries[i]
	d := lineTable[en.id]
	return Line{Form: d.form, Line: d.line, Label: d.label, Amount: en.amount}
}

// All iterates over the lines in the order they were recorded.
func (e *Explanation) All() iter.Seq[Line] {
	return func(yield func(Line) bool) {
		for i := range e.n {
			if !yield(e.At(i)) {
				return
			}
		}
	}
}

func (e *Explanation) reset() { e.n = 0 }

// add records a line; past the capacity, lines are dropped (a test keeps the engine within it).
func (e *Explanation) add(id lineID, amount int64) {
	if e.n < maxLines {
		e.entries[e.n] = lineEntry{id, amount}
		e.n++
	}
}

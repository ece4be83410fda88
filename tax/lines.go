package tax

// lineID names a form line the engine can record; lineTable describes each.
type lineID uint8

const (
	lWages lineID = iota
	lNonFICA
	lInterest
	lQualifiedDividends
	lOrdinaryDividends
	lQSBSExcluded
	lRate28Gain
	lCapitalGain
	lAGI
	lSALTPaid
	lSALTLimit
	lSALTDeduction
	lMortgageInterest
	lItemizedBefore68
	lLimitation68
	lItemized
	lStandardDeduction
	lDeduction
	lTaxableIncome
	lQD1
	lQD4
	lQD5
	lQD9
	lQD17
	lQD18
	lQD20
	lQD21
	lQD22
	lQD23
	lQD24
	lQD25
	lD1
	lD10
	lD11
	lD13
	lD14
	lD18
	lD19
	lD21
	lD22
	lD30
	lD31
	lD33
	lD34
	lD42
	lD43
	lD44
	lD45
	lD46
	lD47
	lRegularTax
	lA1
	lA2a
	lA2i
	lA2k
	lA3
	lA4Before
	lA4
	lA5
	lA6
	lA7
	lA12
	lA13
	lA16
	lA17
	lA18
	lA20
	lA23
	lA27
	lA30
	lA31
	lA33
	lA34
	lA38
	lA39
	lA40
	lA9
	lA10
	lA11
	lC4
	lC5
	lC13
	lC15
	lC18
	lC21
	lC22
	lC23
	lC24
	lC25
	lC26
	lN8
	lN13
	lN14
	lN15
	lN16
	lN17
	lM1
	lM5
	lM6
	lM7
	lSocialSecurity
	lMedicare
	lFICATotal
	lFederalTotal
	nLineIDs
)

type lineDesc struct{ form, line, label string }

// lineTable gives each line its form, number and label. Forms are the 2025 editions; where a
// line is the engine's own (the §68 limitation, the Form 8801 figures computed for the year),
// the label says so.
var lineTable = [nLineIDs]lineDesc{
	lWages:              {"1040", "1z", "Wages (both spouses)"},
	lNonFICA:            {"1040", "1z of which", "Compensation that is not Social Security or Medicare wages (ISO/ESPP disqualifying dispositions)"},
	lInterest:           {"1040", "2b", "Taxable interest"},
	lQualifiedDividends: {"1040", "3a", "Qualified dividends"},
	lOrdinaryDividends:  {"1040", "3b", "Ordinary dividends"},
	lQSBSExcluded:       {"Schedule D", "§1202", "Gain excluded on qualified small business stock (Form 8949 code Q; not income)"},
	lRate28Gain:         {"Schedule D", "18", "28% rate gain: section 1202 gain not excluded (part of the long-term gain)"},
	lCapitalGain:        {"1040", "7", "Capital gain (Schedule D line 16: long- plus short-term)"},
	lAGI:                {"1040", "11", "Adjusted gross income"},
	lSALTPaid:           {"Schedule A", "5a", "State and local income taxes paid"},
	lSALTLimit:          {"Schedule A", "5e limit", "SALT limit after the phase-down (30% of MAGI over the threshold, not below the floor)"},
	lSALTDeduction:      {"Schedule A", "5e", "State and local taxes deducted"},
	lMortgageInterest:   {"Schedule A", "8a", "Home mortgage interest"},
	lItemizedBefore68:   {"Schedule A", "17 before §68", "Itemized deductions before the IRC §68 limitation"},
	lLimitation68:       {"Schedule A", "§68", "IRC §68 limitation: 2/37 of the lesser of itemized deductions or income over the 37% bracket"},
	lItemized:           {"Schedule A", "17", "Total itemized deductions"},
	lStandardDeduction:  {"1040", "12 standard", "Standard deduction"},
	lDeduction:          {"1040", "12", "Deduction taken (the larger of standard and itemized)"},
	lTaxableIncome:      {"1040", "15", "Taxable income"},
	lQD1:                {"QDCG worksheet", "1", "Taxable income"},
	lQD4:                {"QDCG worksheet", "4", "Qualified dividends and net capital gain"},
	lQD5:                {"QDCG worksheet", "5", "Ordinary taxable income (line 1 − line 4)"},
	lQD9:                {"QDCG worksheet", "9", "Taxed at 0%"},
	lQD17:               {"QDCG worksheet", "17", "Taxed at 15%"},
	lQD18:               {"QDCG worksheet", "18", "Tax at 15%"},
	lQD20:               {"QDCG worksheet", "20", "Taxed at 20%"},
	lQD21:               {"QDCG worksheet", "21", "Tax at 20%"},
	lQD22:               {"QDCG worksheet", "22", "Tax on line 5 (Tax Table below $100,000)"},
	lQD23:               {"QDCG worksheet", "23", "Lines 18 + 21 + 22"},
	lQD24:               {"QDCG worksheet", "24", "Tax on line 1 at ordinary rates"},
	lQD25:               {"QDCG worksheet", "25", "Tax: the smaller of lines 23 and 24"},
	lD1:                 {"Sch D Tax Worksheet", "1", "Taxable income"},
	lD10:                {"Sch D Tax Worksheet", "10", "Qualified dividends and net capital gain"},
	lD11:                {"Sch D Tax Worksheet", "11", "28% rate gain (Schedule D line 18; no unrecaptured §1250 gain)"},
	lD13:                {"Sch D Tax Worksheet", "13", "Dividends and gain taxed at 0/15/20% (line 10 − line 12)"},
	lD14:                {"Sch D Tax Worksheet", "14", "Taxable income less line 13"},
	lD18:                {"Sch D Tax Worksheet", "18", "Taxable income less line 10"},
	lD19:                {"Sch D Tax Worksheet", "19", "Smaller of line 1 and the top of the 24% bracket"},
	lD21:                {"Sch D Tax Worksheet", "21", "Taxed at ordinary rates (larger of line 18 and line 20)"},
	lD22:                {"Sch D Tax Worksheet", "22", "Taxed at 0%"},
	lD30:                {"Sch D Tax Worksheet", "30", "Taxed at 15%"},
	lD31:                {"Sch D Tax Worksheet", "31", "Tax at 15%"},
	lD33:                {"Sch D Tax Worksheet", "33", "Taxed at 20%"},
	lD34:                {"Sch D Tax Worksheet", "34", "Tax at 20%"},
	lD42:                {"Sch D Tax Worksheet", "42", "28% rate gain taxed at 28%"},
	lD43:                {"Sch D Tax Worksheet", "43", "Tax at 28%"},
	lD44:                {"Sch D Tax Worksheet", "44", "Tax on line 21 (Tax Table below $100,000)"},
	lD45:                {"Sch D Tax Worksheet", "45", "Lines 31 + 34 + 43 + 44"},
	lD46:                {"Sch D Tax Worksheet", "46", "Tax on line 1 at ordinary rates"},
	lD47:                {"Sch D Tax Worksheet", "47", "Tax: the smaller of lines 45 and 46"},
	lRegularTax:         {"1040", "16", "Tax (Tax Table below $100,000 of taxable income, else Tax Computation Worksheet)"},
	lA1:                 {"6251", "1", "Taxable income before the deduction floor (AGI − deduction)"},
	lA2a:                {"6251", "2a", "Taxes from Schedule A line 7, or the standard deduction"},
	lA2i:                {"6251", "2i", "Incentive stock options: bargain element"},
	lA2k:                {"6251", "2k", "Disposition of property: AMT gain minus regular gain (ISO shares' higher AMT basis)"},
	lA3:                 {"6251", "3", "Other adjustments: the IRC §68 reduction reversed, as a negative amount (IRC §56(b)(1)(F))"},
	lA4Before:           {"6251", "4 before MFS", "AMTI before the married-filing-separately increase"},
	lA4:                 {"6251", "4", "Alternative minimum taxable income"},
	lA5:                 {"6251", "5", "Exemption (after the phase-out worksheet)"},
	lA6:                 {"6251", "6", "AMTI less exemption"},
	lA7:                 {"6251", "7", "Tax at 26%/28% (or Part III line 40)"},
	lA12:                {"6251", "12", "Part III: line 6"},
	lA13:                {"6251", "13", "Dividends and gain taxed at 0/15/20% (QDCG line 4 or Sch D Tax Worksheet line 13), refigured for the AMT"},
	lA16:                {"6251", "16", "Smaller of lines 12 and 15"},
	lA17:                {"6251", "17", "Ordinary part (line 12 − line 16)"},
	lA18:                {"6251", "18", "Tax on line 17 at 26%/28%"},
	lA20:                {"6251", "20", "QDCG worksheet line 5 (or Sch D Tax Worksheet line 14)"},
	lA23:                {"6251", "23", "Taxed at 0%"},
	lA27:                {"6251", "27", "Sch D Tax Worksheet line 21"},
	lA30:                {"6251", "30", "Taxed at 15%"},
	lA31:                {"6251", "31", "Tax at 15%"},
	lA33:                {"6251", "33", "Taxed at 20%"},
	lA34:                {"6251", "34", "Tax at 20%"},
	lA38:                {"6251", "38", "Lines 18 + 31 + 34 + 37"},
	lA39:                {"6251", "39", "Tax on line 12 at 26%/28%"},
	lA40:                {"6251", "40", "Smaller of lines 38 and 39"},
	lA9:                 {"6251", "9", "Tentative minimum tax"},
	lA10:                {"6251", "10", "Regular tax"},
	lA11:                {"6251", "11", "Alternative minimum tax"},
	lC4:                 {"8801", "4", "AMTI from exclusion items only (this year's figures)"},
	lC5:                 {"8801", "5-9", "Exemption on exclusion items"},
	lC13:                {"8801", "13", "Tentative minimum tax on exclusion items"},
	lC15:                {"8801", "15", "Net minimum tax on exclusion items"},
	lC18:                {"8801", "18", "Credit generated by deferral items (line 16 − line 17)"},
	lC21:                {"8801", "21", "Minimum tax credit carried in"},
	lC22:                {"8801", "22", "Regular tax"},
	lC23:                {"8801", "23", "Tentative minimum tax"},
	lC24:                {"8801", "24", "Room for the credit (line 22 − line 23)"},
	lC25:                {"8801", "25", "Minimum tax credit used"},
	lC26:                {"8801", "26", "Credit carried forward, plus the credit generated this year"},
	lN8:                 {"8960", "8", "Net investment income"},
	lN13:                {"8960", "13", "Modified AGI"},
	lN14:                {"8960", "14", "Threshold"},
	lN15:                {"8960", "15", "MAGI over the threshold"},
	lN16:                {"8960", "16", "Smaller of net investment income and line 15"},
	lN17:                {"8960", "17", "Net investment income tax (3.8%)"},
	lM1:                 {"8959", "1", "Medicare wages"},
	lM5:                 {"8959", "5", "Threshold"},
	lM6:                 {"8959", "6", "Wages over the threshold"},
	lM7:                 {"8959", "7", "Additional Medicare Tax (0.9%)"},
	lSocialSecurity:     {"FICA", "W-2 box 4", "Social Security tax (6.2% of each earner's wages up to the wage base)"},
	lMedicare:           {"FICA", "W-2 box 6", "Medicare tax (1.45% of wages)"},
	lFICATotal:          {"FICA", "total", "Social Security + Medicare + Additional Medicare"},
	lFederalTotal:       {"1040", "24", "Total tax: regular + AMT − credit + NIIT + Additional Medicare"},
}

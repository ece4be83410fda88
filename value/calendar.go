package value

// The rules ask for anniversaries on every sale (a long-term holding period, an ISO's
// qualifying disposition, QSBS tiers); going through bespoke.Date and package time for each
// costs more than the sale's arithmetic, so days are converted to civil dates and back with
// integer arithmetic (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").

// anniversary returns the day n years after day d, as bespoke.Date.AddYears counts it:
// February 29 becomes February 28 in a year without one.
func (m *model) anniversary(d, n int) int {
	y, mo, dd := civil(m.epochDays + d)
	y += n
	if mo == 2 && dd == 29 && !leap(y) {
		dd = 28
	}
	return daysFromCivil(y, mo, dd) - m.epochDays
}

// daysFromCivil returns the days from 1970-01-01 to the date y-mo-dd (proleptic Gregorian).
func daysFromCivil(y, mo, dd int) int {
	if mo <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (mo + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + dd - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil returns the date z days after 1970-01-01 (proleptic Gregorian).
func civil(z int) (y, mo, dd int) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	dd = doy - (153*mp+2)/5 + 1
	mo = mp + 3
	if mo > 12 {
		mo -= 12
	}
	y = yoe + era*400
	if mo <= 2 {
		y++
	}
	return y, mo, dd
}

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

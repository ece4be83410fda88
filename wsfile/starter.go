package wsfile

import (
	"bytes"
	_ "embed"
	"text/template"
	"time"

	"github.com/bespokehq/bespoke"
)

//go:embed starter.yaml.tmpl
var starterText string

var starterTemplate = template.Must(template.New("starter").Parse(starterText))

// Starter returns a commented starter workspace to be saved as file, dated from today: offers
// with a deadline two weeks away and a start date on the first Monday at least two months away,
// and a current grant two years old. It checks clean on that day.
func Starter(file string, today bespoke.Date) []byte {
	start := today.AddDays(60)
	for start.Time().Weekday() != time.Monday {
		start = start.AddDays(1)
	}
	data := struct {
		File                           string
		Year                           int
		GrantDate, StartDate, Deadline bespoke.Date
	}{file, start.Year, today.AddYears(-2), start, today.AddDays(14)}
	var b bytes.Buffer
	if err := starterTemplate.Execute(&b, data); err != nil {
		panic("wsfile: starter template: " + err.Error()) // fixed template and data
	}
	return b.Bytes()
}

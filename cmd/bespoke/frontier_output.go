package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke/frontier"
	"github.com/bespokehq/bespoke/table"
)

// noAgreement explains a missing fair point.
const noAgreement = "no package is acceptable to both parties"

// frontierJSON is the JSON output of the frontier command.
type frontierJSON struct {
	Parties          [2]string      `json:"parties"`
	Reservation      [2]float64     `json:"reservation"`
	Packages         *big.Int       `json:"packages"`
	Convention       conventionJSON `json:"convention"`
	Frontier         []pointJSON    `json:"frontier"`
	Nash             *pointJSON     `json:"nash"`
	KalaiSmorodinsky *pointJSON     `json:"kalai_smorodinsky"`
	Egalitarian      *pointJSON     `json:"egalitarian"`
	MaxWelfare       *pointJSON     `json:"max_welfare"`
	Note             string         `json:"note,omitempty"`
}

type conventionJSON struct {
	Name         string      `json:"name"`
	Description  string      `json:"description"`
	Disagreement [2]float64  `json:"disagreement"`
	KSOrigin     [2]float64  `json:"kalai_smorodinsky_origin"`
	KSIdeal      *[2]float64 `json:"kalai_smorodinsky_ideal"`
}

type pointJSON struct {
	Package   packageJSON `json:"package"`
	Utilities [2]float64  `json:"utilities"`
}

// packageJSON is a package as a JSON object from issue to value, in the domain's issue order.
type packageJSON struct {
	issues, values []string
}

// MarshalJSON writes the object with its keys in issue order.
func (p packageJSON) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, name := range p.issues {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(name)
		v, _ := json.Marshal(p.values[i])
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func floats(r [2]*big.Rat) [2]float64 {
	a, _ := r[0].Float64()
	b, _ := r[1].Float64()
	return [2]float64{a, b}
}

func frontierJSONOf(an *frontier.Analysis) frontierJSON {
	pr := an.Problem
	ref := an.Reference
	out := frontierJSON{
		Parties:     [2]string{pr.Parties[0].Name, pr.Parties[1].Name},
		Reservation: floats(an.Reservation),
		Packages:    pr.Domain.Size(),
		Convention: conventionJSON{Name: string(an.Convention), Description: an.Convention.Describe(),
			Disagreement: floats(ref.Disagreement), KSOrigin: floats(ref.KSOrigin)},
		Frontier: make([]pointJSON, len(an.Frontier)),
	}
	if ref.KSIdeal[0] != nil {
		ideal := floats(ref.KSIdeal)
		out.Convention.KSIdeal = &ideal
	}
	for i := range an.Frontier {
		out.Frontier[i] = *pointJSONOf(pr, &an.Frontier[i])
	}
	out.Nash, out.KalaiSmorodinsky = pointJSONOf(pr, an.Nash), pointJSONOf(pr, an.KalaiSmorodinsky)
	out.Egalitarian, out.MaxWelfare = pointJSONOf(pr, an.Egalitarian), pointJSONOf(pr, an.MaxWelfare)
	if len(an.Frontier) == 0 {
		out.Note = noAgreement
	}
	return out
}

func pointJSONOf(pr *frontier.Problem, p *frontier.Point) *pointJSON {
	if p == nil {
		return nil
	}
	names := make([]string, len(pr.Domain.Issues))
	for i, is := range pr.Domain.Issues {
		names[i] = is.Name
	}
	return &pointJSON{Package: packageJSON{issues: names, values: p.Package.Values(pr.Domain)}, Utilities: p.Floats()}
}

// fairPoints lists the fair points with their names, in output order.
func fairPoints(an *frontier.Analysis) []struct {
	name  string
	point *frontier.Point
} {
	return []struct {
		name  string
		point *frontier.Point
	}{{"Nash", an.Nash}, {"Kalai-Smorodinsky", an.KalaiSmorodinsky}, {"Egalitarian", an.Egalitarian}, {"Max welfare", an.MaxWelfare}}
}

// utilityCell formats a utility to six decimals, enough to tell frontier points apart in print;
// JSON output carries the full float64.
func utilityCell(r *big.Rat) string {
	f, _ := r.Float64()
	return strconv.FormatFloat(f, 'f', 6, 64)
}

// frontierTables renders the analysis as two tables: the fair points, then the frontier.
func frontierTables(an *frontier.Analysis) []*table.Table {
	pr := an.Problem
	a, b := pr.Parties[0].Name, pr.Parties[1].Name
	fair := &table.Table{
		Title:   fmt.Sprintf("Fair points (convention: %s)", an.Convention),
		Columns: []table.Column{{Name: "Point"}, {Name: a, Align: table.Right}, {Name: b, Align: table.Right}, {Name: "Package"}},
	}
	for _, fp := range fairPoints(an) {
		if fp.point == nil {
			fair.AddRow(fp.name, "-", "-", "none: "+noAgreement)
			continue
		}
		fair.AddRow(fp.name, utilityCell(fp.point.Utilities[0]), utilityCell(fp.point.Utilities[1]), packageCell(pr, fp.point.Package))
	}
	fair.Notes = []string{
		fmt.Sprintf("Reservation values: %s %s, %s %s.", a, frontier.FormatRat(an.Reservation[0]), b, frontier.FormatRat(an.Reservation[1])),
		fmt.Sprintf("Convention %s: %s.", an.Convention, an.Convention.Describe()),
	}
	return []*table.Table{fair, frontierTable(an)}
}

func packageCell(pr *frontier.Problem, pkg frontier.Package) string {
	parts := make([]string, len(pkg))
	for i, v := range pkg.Values(pr.Domain) {
		parts[i] = pr.Domain.Issues[i].Name + "=" + v
	}
	return strings.Join(parts, "; ")
}

func frontierTable(an *frontier.Analysis) *table.Table {
	pr := an.Problem
	t := &table.Table{
		Title: fmt.Sprintf("Pareto frontier: %d of %s packages", len(an.Frontier), pr.Domain.Size()),
		Columns: []table.Column{{Name: "#", Align: table.Right},
			{Name: pr.Parties[0].Name, Align: table.Right}, {Name: pr.Parties[1].Name, Align: table.Right}},
	}
	for _, is := range pr.Domain.Issues {
		t.Columns = append(t.Columns, table.Column{Name: is.Name})
	}
	for i, p := range an.Frontier {
		row := []string{strconv.Itoa(i + 1), utilityCell(p.Utilities[0]), utilityCell(p.Utilities[1])}
		t.AddRow(append(row, p.Package.Values(pr.Domain)...)...)
	}
	if len(an.Frontier) == 0 {
		t.Notes = []string{"None: " + noAgreement + "."}
	}
	return t
}

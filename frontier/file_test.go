package frontier_test

import (
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/frontier"
)

func num(s string) frontier.Number {
	var n frontier.Number
	_ = n.UnmarshalText([]byte(s))
	return n
}

func goodFile() *frontier.File {
	party := func(name, lowScore string) frontier.FileParty {
		r := num("0.1")
		return frontier.FileParty{
			Name: name, Reservation: &r,
			Weights: map[string]frontier.Number{"salary": num("3/4"), "remote": num("0.25")},
			Scores: map[string]map[string]frontier.Number{
				"salary": {"low": num(lowScore), "high": num("0.5")},
				"remote": {"no": num("0"), "yes": num("1")},
			},
		}
	}
	return &frontier.File{
		Issues:  []frontier.FileIssue{{Name: "salary", Values: []string{"low", "high"}}, {Name: "remote", Values: []string{"no", "yes"}}},
		Parties: []frontier.FileParty{party("candidate", "0"), party("company", "1")},
	}
}

func TestFileProblem(t *testing.T) {
	pr, err := goodFile().Problem()
	if err != nil {
		t.Fatal(err)
	}
	p := pr.Parties[1]
	if p.Name != "company" || p.Weights[0].RatString() != "3/4" || p.Scores[0][0].RatString() != "1" || p.Reservation.RatString() != "1/10" {
		t.Errorf("party %+v", p)
	}
	if pr.Domain.Issues[1].Values[1] != "yes" {
		t.Errorf("domain %+v", pr.Domain)
	}
}

func TestFileProblemErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(*frontier.File)
		want   []string
	}{
		{"one party", func(f *frontier.File) { f.Parties = f.Parties[:1] }, []string{"parties: found 1 parties, want exactly 2"}},
		{"same names", func(f *frontier.File) { f.Parties[1].Name = "candidate" }, []string{`parties[1].name: "candidate" is the name of party A too`}},
		{"no issues", func(f *frontier.File) { f.Issues = nil; f.Parties = nil }, []string{"issues: the file lists no issues"}},
		{"issue twice", func(f *frontier.File) { f.Issues[1].Name = "salary" }, []string{`issues[1].name: issue "salary" is listed twice`}},
		{"value twice", func(f *frontier.File) { f.Issues[0].Values = []string{"low", "low"} }, []string{`issues[0].values[1]: value "low" is listed twice`}},
		{"unknown issue", func(f *frontier.File) { f.Parties[0].Weights["bonus"] = num("0") }, []string{`parties[0].weights: "bonus" is not an issue (issues: salary, remote)`}},
		{"missing weight", func(f *frontier.File) { delete(f.Parties[0].Weights, "remote") }, []string{`parties[0].weights: no weight for issue "remote"`, "the weights sum to 0.75"}},
		{"missing scores", func(f *frontier.File) { delete(f.Parties[1].Scores, "remote") }, []string{`parties[1].scores: no scores for issue "remote"`}},
		{"unknown value", func(f *frontier.File) { f.Parties[1].Scores["remote"]["maybe"] = num("0") }, []string{`parties[1].scores.remote: "maybe" is not a value of issue "remote" (values: no, yes)`}},
		{"above one", func(f *frontier.File) { f.Parties[0].Scores["salary"]["high"] = num("1.5") }, []string{"parties[0].scores.salary.high: 1.5 is outside 0 to 1"}},
		{"negative reservation", func(f *frontier.File) { r := num("-0.1"); f.Parties[0].Reservation = &r }, []string{"parties[0].reservation: -0.1 is outside 0 to 1"}},
		{"not a number", func(f *frontier.File) { f.Parties[0].Weights["remote"] = num("a quarter") }, []string{`parties[0].weights.remote: "a quarter" is not a number`}},
		{"sum", func(f *frontier.File) { f.Parties[1].Weights["remote"] = num("0.3") }, []string{"parties[1].weights: the weights sum to 1.05; they must sum to exactly 1"}},
	}
	for _, tt := range tests {
		f := goodFile()
		tt.change(f)
		_, err := f.Problem()
		if bespoke.ErrorCode(err) != bespoke.EINVALID {
			t.Errorf("%s: got %v, want EINVALID", tt.name, err)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q does not say %q", tt.name, err, w)
			}
		}
	}
}

package table_test

import (
	"bytes"
	"testing"

	"github.com/bespokehq/bespoke/table"
)

func sample() *table.Table {
	t := &table.Table{Title: "Pay", Columns: []table.Column{{Name: "job"}, {Name: "base", Align: table.Right}}}
	t.AddRow("current", "$265,000")
	t.AddRow("a|b", "$1")
	t.Notes = []string{"note"}
	return t
}

func TestWrite(t *testing.T) {
	tests := []struct {
		format table.Format
		want   string
	}{
		{table.Text, "Pay\njob          base\n-------  --------\ncurrent  $265,000\na|b            $1\nnote\n"},
		{table.Markdown, "### Pay\n\n| job | base |\n|---|---:|\n| current | $265,000 |\n| a\\|b | $1 |\n\nnote\n"},
		{table.CSV, "job,base\ncurrent,\"$265,000\"\na|b,$1\n"},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			var b bytes.Buffer
			if err := table.Write(&b, tt.format, sample()); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("got\n%q\nwant\n%q", b.String(), tt.want)
			}
		})
	}
}

func TestWriteJSONIsNotATableFormat(t *testing.T) {
	if err := table.Write(&bytes.Buffer{}, table.JSON, sample()); err == nil {
		t.Error("Write(JSON) returned nil error")
	}
}

func TestAddRowWidthMismatchPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("AddRow with the wrong width did not panic")
		}
	}()
	sample().AddRow("only one")
}

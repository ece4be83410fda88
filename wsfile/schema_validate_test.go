package wsfile

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/bespokehq/bespoke"
)

// compileSchema compiles Schema with a validator that asserts formats, as an editor would.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("workspace.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("workspace.schema.json")
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return s
}

// yamlToJSON converts a YAML document to the JSON value an editor checks, keeping dates as
// the strings they are written as.
func yamlToJSON(t *testing.T, data []byte) any {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var conv func(n *yaml.Node) any
	conv = func(n *yaml.Node) any {
		switch n.Kind {
		case yaml.DocumentNode:
			return conv(n.Content[0])
		case yaml.AliasNode:
			return conv(n.Alias)
		case yaml.MappingNode:
			m := map[string]any{}
			for i := 0; i < len(n.Content); i += 2 {
				m[n.Content[i].Value] = conv(n.Content[i+1])
			}
			return m
		case yaml.SequenceNode:
			s := []any{}
			for _, c := range n.Content {
				s = append(s, conv(c))
			}
			return s
		}
		switch n.Tag {
		case "!!int", "!!float":
			return json.Number(strings.ReplaceAll(n.Value, "_", ""))
		case "!!bool":
			return n.Value == "true"
		case "!!null":
			return nil
		}
		return n.Value
	}
	return conv(&doc)
}

func TestSchemaAcceptsWhatTheDecoderAccepts(t *testing.T) {
	s := compileSchema(t)
	example, err := os.ReadFile("../examples/workspace.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"example": example,
		"starter": Starter("workspace.yaml", bespoke.MustDate(2026, 11, 29)),
		"minimal": []byte(minimal),
	} {
		if err := s.Validate(yamlToJSON(t, data)); err != nil {
			t.Errorf("the schema refuses the %s: %v", name, err)
		}
	}
}

func TestSchemaRefusesWhatTheDecoderRefuses(t *testing.T) {
	s := compileSchema(t)
	for _, tt := range []struct{ name, old, new string }{
		{"unknown key", "share_price: 85", "sahre_price: 85"},
		{"enum", "level: staff", "level: staf"},
		{"minimum", "shares: 1000", "shares: -1"},
		{"type", "base: 300000", "base: [1]"},
		{"date", "start_date: 2027-01-04", "start_date: 2027-1-4"},
		{"required", "    role: {level: staff}\n", "    role: {title: x}\n"},
	} {
		text := strings.Replace(minimal, tt.old, tt.new, 1)
		if err := s.Validate(yamlToJSON(t, []byte(text))); err == nil {
			t.Errorf("the schema accepts a file with a bad %s", tt.name)
		}
		if _, ds := Load("w.yaml", []byte(text), today); !ds.HasErrors() {
			t.Errorf("the decoder accepts a file with a bad %s", tt.name)
		}
	}
}

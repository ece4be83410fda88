package wsfile

import (
	"encoding/json"
	"testing"

	"github.com/bespokehq/bespoke/internal/golden"
)

const schemaFile = "../schema/workspace.schema.json"

// TestSchemaCheckedIn fails when the checked-in schema differs from the one the types give;
// go test ./wsfile -update rewrites it.
func TestSchemaCheckedIn(t *testing.T) {
	golden.CheckFile(t, schemaFile, Schema())
}

func TestSchemaContent(t *testing.T) {
	var s struct {
		Schema     string                     `json:"$schema"`
		Required   []string                   `json:"required"`
		Additional bool                       `json:"additionalProperties"`
		Defs       map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(Schema(), &s); err != nil {
		t.Fatal(err)
	}
	if s.Schema != SchemaURI || s.Additional || len(s.Required) != 3 {
		t.Errorf("root: %+v", s)
	}
	var grant struct {
		Properties map[string]map[string]any `json:"properties"`
		Required   []string                  `json:"required"`
	}
	if err := json.Unmarshal(s.Defs["Grant"], &grant); err != nil {
		t.Fatal(err)
	}
	if p := grant.Properties["expiry_years"]; p["type"] != "integer" || p["default"] != 10.0 || p["minimum"] != 1.0 || p["maximum"] != 15.0 {
		t.Errorf("Grant.expiry_years = %v", p)
	}
	if p := grant.Properties["grant_date"]; p["format"] != "date" {
		t.Errorf("Grant.grant_date = %v", p)
	}
	if p := grant.Properties["type"]; p["$ref"] != "#/$defs/GrantType" || p["description"] == nil {
		t.Errorf("Grant.type = %v", p)
	}
	var gt struct {
		Enum []string `json:"enum"`
	}
	if err := json.Unmarshal(s.Defs["GrantType"], &gt); err != nil || len(gt.Enum) != 3 {
		t.Errorf("GrantType = %s", s.Defs["GrantType"])
	}
	var offer struct {
		Properties map[string]any `json:"properties"`
	}
	if err := json.Unmarshal(s.Defs["Offer"], &offer); err != nil || offer.Properties["cash"] == nil || offer.Properties["Job"] != nil {
		t.Errorf("Offer does not inline Job's keys: %s", s.Defs["Offer"])
	}
}

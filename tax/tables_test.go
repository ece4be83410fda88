package tax

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
)

func TestTablesYears(t *testing.T) {
	if got := testTables.Years(); len(got) != 3 || got[0] != 2024 || got[2] != 2026 {
		t.Fatalf("Years() = %v, want 2024-2026", got)
	}
}

// TestParameterFigures pins figures that the 2026 law derives from its parameters and that
// secondary sources state: the AMT exemption is gone at 680,200 single and 1,280,400 joint
// (threshold + 2 × exemption at the 50% rate), and at 978,750 single in 2025 (25% rate).
func TestParameterFigures(t *testing.T) {
	tests := []struct {
		year   int
		status bespoke.FilingStatus
		zero   int64
	}{
		{2026, bespoke.Single, d(680200)}, {2026, bespoke.MarriedJoint, d(1280400)},
		{2025, bespoke.Single, d(978750)}, {2025, bespoke.MarriedJoint, d(1800700)},
	}
	for _, tt := range tests {
		a := &mustParams(t, tt.year, tt.status).Federal.AMT
		if got := a.zeroExemptionAt(); got != tt.zero {
			t.Errorf("%d %s: exemption gone at %s, want %s", tt.year, tt.status, bespoke.Money(got), bespoke.Money(tt.zero))
		}
		if a.exemption(tt.zero) != 0 || a.exemption(tt.zero-d(1)) == 0 {
			t.Errorf("%d %s: exemption does not end at %s", tt.year, tt.status, bespoke.Money(tt.zero))
		}
	}
}

// TestCompileRejects checks that loading refuses incomplete or inconsistent parameter files.
func TestCompileRejects(t *testing.T) {
	data, err := federalFiles.ReadFile("params/federal/2026.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, old, new, want string
	}{
		{"missing status", `"head_of_household": 24150`, `"widow": 24150`, "no value for head_of_household"},
		{"brackets out of order", `[12400, 50400, 105700`, `[12400, 50400, 45700`, "starts at 45700, not above 50400"},
		{"rate not exact", `"rate": {"value": 0.038,`, `"rate": {"value": 0.038055,`, "exact to 0.001%"},
		{"missing source", `"source": "IRC §1411(a)(1); Form 8960 line 17"`, `"source": ""`, "without a source: niit.rate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			broken := strings.Replace(string(data), tt.old, tt.new, 1)
			if broken == string(data) {
				t.Fatalf("test edit %q not found", tt.old)
			}
			var f federalFile
			err := decodeParams("2026.json", []byte(broken), &f)
			if err == nil {
				_, err = f.compile()
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestEverySourceNamesAPublication checks that no source is a placeholder.
func TestEverySourceNamesAPublication(t *testing.T) {
	for _, y := range testTables.Years() {
		data, _ := federalFiles.ReadFile("params/federal/" + strconv.Itoa(y) + ".json")
		var raw map[string]any
		if err := json.Unmarshal(data, &raw); err != nil {
			t.Fatal(err)
		}
		walkSources(raw, func(path, src string) {
			if !strings.ContainsAny(src, "§") && !strings.Contains(src, "Rev. Proc.") && !strings.Contains(src, "SSA") {
				t.Errorf("%d %s: source %q cites no section, revenue procedure or SSA notice", y, path, src)
			}
		}, "")
	}
}

func walkSources(v any, f func(path, src string), path string) {
	m, ok := v.(map[string]any)
	if !ok {
		return
	}
	if src, ok := m["source"].(string); ok {
		f(path, src)
		return
	}
	for k, c := range m {
		walkSources(c, f, path+"."+k)
	}
}

func TestForErrors(t *testing.T) {
	tests := []struct {
		name        string
		year        int
		status      bespoke.FilingStatus
		state, city string
		code, want  string
	}{
		{"year before tables", 2023, bespoke.Single, "", "", bespoke.EUNSUPPORTED, "no federal tax tables for 2023: tables are published for 2024, 2025 and 2026"},
		{"unknown status", 2025, "widowed", "", "", bespoke.EINVALID, `unknown filing status "widowed"`},
		{"unknown state", 2025, bespoke.Single, "ZZ", "", bespoke.EINVALID, `unknown state "ZZ"`},
		{"city without NY", 2025, bespoke.Single, "CA", "NYC", bespoke.EINVALID, "city NYC needs state NY"},
		{"unknown city", 2025, bespoke.Single, "NY", "LA", bespoke.EINVALID, `unknown city "LA"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := testTables.For(tt.year, tt.status, tt.state, tt.city, 0.025)
			if bespoke.ErrorCode(err) != tt.code || !strings.Contains(bespoke.ErrorMessage(err), tt.want) {
				t.Errorf("error = %v (%s), want %s containing %q", err, bespoke.ErrorCode(err), tt.code, tt.want)
			}
		})
	}
	if _, err := testTables.For(2026, bespoke.Single, "", "", 1.5); bespoke.ErrorCode(err) != bespoke.EINVALID {
		t.Errorf("inflation 150%%: error = %v, want EINVALID", err)
	}
}

func TestProjection(t *testing.T) {
	base := mustParams(t, 2026, bespoke.Single)
	flat, err := testTables.For(2027, bespoke.Single, "", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if !flat.Projected || !strings.Contains(flat.Note, "2027 has no published tax tables") {
		t.Errorf("2027 not marked projected: %+v", flat)
	}
	// At 0% inflation only the statutory SALT growth changes: 101% of 40,400 and 505,000.
	want := base.Federal
	want.Year, want.SALTCap, want.SALTThreshold = 2027, d(40804), d(510050)
	if flat.Federal != want {
		t.Errorf("2027 at 0%%:\n got %+v\nwant %+v", flat.Federal, want)
	}
	p, err := testTables.For(2028, bespoke.Single, "", "", 0.025)
	if err != nil {
		t.Fatal(err)
	}
	f := &p.Federal
	// 2026 × 1.025² = 1.050625: 640,600 → 673,030.4 → 673,025 ($25); 16,100 → 16,915.06 →
	// 16,900 ($50); 90,100 → 94,661.3 → 94,600 ($100); 184,500 → 193,840.3 → 193,800 ($300).
	checks := []struct {
		name      string
		got, want int64
	}{
		{"37% bracket", f.topBracketStart(), d(673025)}, {"standard deduction", f.StandardDeduction, d(16900)},
		{"AMT exemption", f.AMT.Exemption, d(94600)}, {"wage base", f.SocialSecurityWageBase, d(193800)},
		{"NIIT threshold (not indexed)", f.NIITThreshold, d(200000)},
		{"Additional Medicare threshold (not indexed)", f.AdditionalMedicareThreshold, d(200000)},
		{"SALT cap 2028 (101% twice)", f.SALTCap, d(41212.04)},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("2028 %s = %s, want %s", c.name, bespoke.Money(c.got), bespoke.Money(c.want))
		}
	}
	late, _ := testTables.For(2031, bespoke.MarriedSeparate, "", "", 0.02)
	if late.Federal.SALTCap != d(5000) {
		t.Errorf("2031 SALT cap = %s, want the $5,000 separate floor", bespoke.Money(late.Federal.SALTCap))
	}
	if s := late.Federal.Ordinary; !s.fillBases(1) || s != late.Federal.Ordinary {
		t.Errorf("projected schedule bases are not exact")
	}
}

// TestProjectionBounds checks that a projection too far ahead, or at an inflation rate that
// would index the law beyond a thousandfold either way, is refused as invalid input, quickly,
// rather than overflowing the state tables into an internal error or looping over billions of
// years; and that the farthest projection allowed, with a state, still computes.
func TestProjectionBounds(t *testing.T) {
	refused := []struct {
		year      int
		inflation float64
		want      string
	}{
		{2077, 0.025, "2077 is too far ahead to project: projections reach 2076, 50 years past the 2026 tables"},
		{3000, 0.025, "3000 is too far ahead"},
		{1<<31 - 1, 0.025, "too far ahead"},
		{2040, 0.9, "inflation of 90% a year from 2026 to 2040 would multiply the law's amounts by more than 1000"},
		{2040, -0.45, "inflation of -45% a year from 2026 to 2040 would divide the law's amounts by more than 1000"},
	}
	for _, c := range refused {
		_, err := testTables.For(c.year, bespoke.Single, "CA", "", c.inflation)
		if bespoke.ErrorCode(err) != bespoke.EINVALID || !strings.Contains(bespoke.ErrorMessage(err), c.want) {
			t.Errorf("For(%d, inflation %v): error = %v, want EINVALID containing %q", c.year, c.inflation, err, c.want)
		}
	}
	for _, state := range []string{"", "CA", "NY", "MA", "CO"} {
		p, err := testTables.For(2076, bespoke.MarriedJoint, state, "", 0.025)
		if err != nil {
			t.Fatalf("2076 %q at 2.5%%: %v", state, err)
		}
		r := Return{Year: 2076, Status: bespoke.MarriedJoint, State: state, Wages: d(900000), ISOBargain: d(400000), LTCG: d(100000)}
		if err := r.Validate(p); err != nil {
			t.Fatal(err)
		}
		var out Result
		Compute(&r, p, &out)
		if out.Federal.RegularTax <= 0 || out.Federal.Total < out.Federal.RegularTax {
			t.Errorf("2076 %q: federal %+v", state, out.Federal)
		}
	}
}

func TestValidate(t *testing.T) {
	p := mustParams(t, 2025, bespoke.Single)
	tests := []struct {
		name string
		edit func(*Return)
		want string
	}{
		{"negative wages", func(r *Return) { r.Wages = -1 }, "wages is negative"},
		{"too large", func(r *Return) { r.LTCG = maxAmount + 1 }, "ltcg is too large"},
		{"qualified above ordinary", func(r *Return) { r.QualifiedDividends = 5 }, "qualified_dividends"},
		{"spouse on single", func(r *Return) { r.SpouseWages = 5 }, "spouse_wages belong on a married_joint return"},
		{"year mismatch", func(r *Return) { r.Year = 2026 }, "tax tables are for 2025"},
	}
	for _, tt := range tests {
		r := Return{Year: 2025, Status: bespoke.Single}
		tt.edit(&r)
		if err := r.Validate(p); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error = %v, want %q", tt.name, err, tt.want)
		}
	}
}

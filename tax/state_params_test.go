package tax

import (
	"encoding/json"
	"errors"
	"io/fs"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
)

// TestStateFilesLoad loads every embedded state file (decodeParams rejects a value without a
// source, an unknown key and a missing parameter) and compiles it.
func TestStateFilesLoad(t *testing.T) {
	n := 0
	err := fs.WalkDir(stateFiles, "params/states", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Base(name) == "no_wage_tax.json" || path.Base(name) == "sdi.json" {
			return err
		}
		code := strings.ToUpper(path.Base(path.Dir(name)))
		year, err := strconv.Atoi(strings.TrimSuffix(path.Base(name), ".json"))
		if err != nil {
			t.Errorf("%s: file name is not a year", name)
			return nil
		}
		p, _, err := loadStateParams(year, code, math.NaN())
		if err != nil {
			t.Errorf("%s: %v (%v)", name, err, errors.Unwrap(err))
		} else if p.Code != code || p.Year != year || p.kind == stKindNone {
			t.Errorf("%s: loaded %+v", name, p)
		}
		n++
		return nil
	})
	if err != nil || n < 9 {
		t.Fatalf("walked %d files: %v", n, err)
	}
	if _, err := stNoTax(); err != nil {
		t.Fatal(err)
	}
}

func TestDecodeStateFileRejectsMissingSource(t *testing.T) {
	data, err := stateFiles.ReadFile("params/states/wa/2024.json")
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(data), `"RCW 82.87.040(1): 7% of an individual's Washington capital gains"`, `" "`, 1)
	if broken == string(data) {
		t.Fatal("fixture did not change")
	}
	var f waFile
	if err := decodeParams("wa.json", []byte(broken), &f); err == nil || !strings.Contains(err.Error(), "rate") {
		t.Fatalf("err = %v, want the sourceless rate named", err)
	}
}

func TestLoadStateParamsErrors(t *testing.T) {
	tests := []struct {
		year            int
		state           string
		inflation       float64
		code, msg, hint string
	}{
		{2025, "XX", 0.02, bespoke.EINVALID, `unknown state "XX"`, ""},
		{2025, "California", 0.02, bespoke.EINVALID, "two-letter", ""},
		{2025, stUnmodelled(), 0.02, bespoke.EUNSUPPORTED, stUnmodelled() + " is not modelled", "CA, CO, FL"},
		{2023, "CA", 0.02, bespoke.EUNSUPPORTED, "no CA tax tables for 2023; years available: 2024, 2025", "projected from 2025"},
		{2026, "CA", math.NaN(), bespoke.EUNSUPPORTED, "years available: 2024, 2025", ""},
		{2023, "NH", 0.02, bespoke.EUNSUPPORTED, "years available: 2024", ""},
	}
	for _, tt := range tests {
		_, _, err := loadStateParams(tt.year, tt.state, tt.inflation)
		if bespoke.ErrorCode(err) != tt.code || !strings.Contains(bespoke.ErrorMessage(err), tt.msg) ||
			!strings.Contains(bespoke.ErrorHint(err), tt.hint) {
			t.Errorf("%s %d: err = %v (code %q, hint %q), want %s containing %q", tt.state, tt.year, err,
				bespoke.ErrorCode(err), bespoke.ErrorHint(err), tt.code, tt.msg)
		}
	}
}

func TestLoadStateParamsNoTax(t *testing.T) {
	for _, c := range []struct {
		state string
		year  int
	}{{"", 2025}, {"TX", 2025}, {"fl", 2030}, {"WY", 2024}, {"NH", 2025}, {"TN", 2026}} {
		p, projected, err := loadStateParams(c.year, c.state, math.NaN())
		if err != nil || projected || p.kind != stKindNone || p.Code != strings.ToUpper(c.state) {
			t.Errorf("%q %d: %+v %v %v", c.state, c.year, p, projected, err)
		}
		in := StateInput{Status: bespoke.Single, AGI: 1e9, Wages: 1e9, Interest: 1e8, LTCG: 1e9}
		var r StateResult
		computeState(&in, &p, &r)
		if r.Total != 0 || r.RegularTax != 0 {
			t.Errorf("%q: tax %d, want 0", c.state, r.Total)
		}
	}
}

// TestLoadStateParamsProjected checks that a year after the latest tables is the latest law
// with its indexed amounts moved forward, and marked projected.
func TestLoadStateParamsProjected(t *testing.T) {
	p25, _, err := loadStateParams(2025, "CA", math.NaN())
	if err != nil {
		t.Fatal(err)
	}
	p27, projected, err := loadStateParams(2027, "CA", 0.02)
	if err != nil || !projected || !p27.Projected || p27.Year != 2027 {
		t.Fatalf("2027: %v %v", projected, err)
	}
	// 11,079 × 1.02 = 11,300.58 → 11,301; × 1.02 = 11,527.02 → 11,527 (rounded each year).
	if got := p27.ca.sched[stSingle].over[1]; got != 11_527_00 {
		t.Errorf("2027 single 2%% bracket starts at %d, want 1152700", got)
	}
	if p27.ca.sched[stJoint].over[8] != 2*p27.ca.sched[stSingle].over[8] {
		t.Error("joint brackets are not twice the single ones")
	}
	if p27.ca.mhstThreshold != p25.ca.mhstThreshold || p27.ca.amtRate != p25.ca.amtRate {
		t.Error("unindexed amounts moved")
	}
	ny, projected, err := loadStateParams(2026, "NY", 0.03)
	if err != nil || !projected || ny.ny.sched[stJoint].over[5] != 323_200_00 {
		t.Errorf("NY 2026: %v %v %d", projected, err, ny.ny.sched[stJoint].over[5])
	}
	ma, _, err := loadStateParams(2026, "MA", 0.03)
	// 1,083,150 × 1.03 = 1,115,644.5 → 1,115,650 (nearest $50).
	if err != nil || ma.ma.surtaxThreshold != 1_115_650_00 {
		t.Errorf("MA 2026 threshold %d: %v", ma.ma.surtaxThreshold, err)
	}
	wa, _, err := loadStateParams(2026, "WA", 0.03)
	// 278,000 × 1.03 = 286,340 → 286,000 (nearest $1,000).
	if err != nil || wa.wa.deduction != 286_000_00 {
		t.Errorf("WA 2026 deduction %d: %v", wa.wa.deduction, err)
	}
}

// TestCAIndexingReproducesPublished2025 indexes the published 2024 California amounts by the
// 3.0% California inflation rate and checks they equal the published 2025 ones: the projection
// rule is the FTB's own.
func TestCAIndexingReproducesPublished2025(t *testing.T) {
	var f24, f25 caFile
	for _, c := range []struct {
		y int
		f *caFile
	}{{2024, &f24}, {2025, &f25}} {
		data, err := stateFiles.ReadFile("params/states/ca/" + strconv.Itoa(c.y) + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if err := decodeParams("ca", data, c.f); err != nil {
			t.Fatal(err)
		}
	}
	f24.index(0.03, 1)
	p24, err := f24.compile()
	if err != nil {
		t.Fatal(err)
	}
	p25, err := f25.compile()
	if err != nil {
		t.Fatal(err)
	}
	for st := range stNumStatus {
		if p24.sched[st] != p25.sched[st] {
			t.Errorf("%s: indexed 2024 schedule %v, published 2025 %v", stStatusKeys[st], p24.sched[st].over, p25.sched[st].over)
		}
	}
	if p24.std != p25.std || p24.credit != p25.credit || p24.threshold != p25.threshold ||
		p24.amtExemption != p25.amtExemption || p24.amtThreshold != p25.amtThreshold {
		t.Errorf("indexed 2024 %v %v %v, published 2025 %v %v %v", p24.std, p24.credit, p24.threshold, p25.std, p25.credit, p25.threshold)
	}
}

// TestCAScheduleBases checks compiled bases against the FTB's published 2024 Schedule X
// (as in OpenTaxSolver's TaxRateFormula): $107.56, $402.42, $992.26, $1,929.52, $3,108.72,
// $30,083.65, $37,512.83, $70,116.38.
func TestCAScheduleBases(t *testing.T) {
	p, _, err := loadStateParams(2024, "CA", math.NaN())
	if err != nil {
		t.Fatal(err)
	}
	want := []int64{0, 107_56, 402_42, 992_26, 1929_52, 3108_72, 30083_65, 37512_83, 70116_38}
	head := []int64{0, 215_27, 804_73, 1394_49, 2331_69, 3511_13, 40189_03, 50293_33, 94633_85}
	for k := range want {
		if got := p.ca.sched[stSingle].base[k]; got != want[k] {
			t.Errorf("single base %d = %d, want %d", k, got, want[k])
		}
		if got := p.ca.sched[stHead].base[k]; got != head[k] {
			t.Errorf("head base %d = %d, want %d", k, got, head[k])
		}
	}
}

// TestEstimatedIsNotProjected checks that a published year with a few derived or secondary
// values is not projected, that those values are listed with reasons, and that each listed
// parameter exists in its file.
func TestEstimatedIsNotProjected(t *testing.T) {
	tests := []struct {
		state string
		year  int
		want  []string
	}{
		{"CA", 2025, []string{"amt.exemption", "amt.phaseout_threshold"}},
		{"WA", 2025, []string{"standard_deduction"}},
		{"CA", 2024, nil},
		{"NY", 2025, nil},
	}
	for _, tt := range tests {
		p, err := testTables.For(tt.year, bespoke.Single, tt.state, "", 0)
		if err != nil {
			t.Fatal(err)
		}
		if p.Projected || p.Note != "" {
			t.Errorf("%s %d: projected %v %q, want a published year", tt.state, tt.year, p.Projected, p.Note)
		}
		var got []string
		for _, e := range p.Estimated {
			got = append(got, e.Parameter)
			if e.Jurisdiction != tt.state || e.Year != tt.year || len(e.Reason) < 40 {
				t.Errorf("%s %d: estimate %+v", tt.state, tt.year, e)
			}
			data, _ := stateFiles.ReadFile("params/states/" + strings.ToLower(tt.state) + "/" + strconv.Itoa(tt.year) + ".json")
			var raw map[string]any
			if err := json.Unmarshal(data, &raw); err != nil {
				t.Fatal(err)
			}
			if !hasPath(raw, e.Parameter) {
				t.Errorf("%s %d: estimated %q is not a parameter of the file", tt.state, tt.year, e.Parameter)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s %d: estimated %v, want %v", tt.state, tt.year, got, tt.want)
		}
	}
	// A projected year keeps the estimates of the tables it was indexed from.
	p, err := testTables.For(2027, bespoke.Single, "CA", "", 0.02)
	if err != nil || !p.Projected || len(p.Estimated) != 2 || p.Estimated[0].Year != 2025 {
		t.Errorf("CA 2027: projected %v estimated %+v (%v)", p.Projected, p.Estimated, err)
	}
}

// hasPath reports whether the dotted path names a key chain in m.
func hasPath(m map[string]any, dotted string) bool {
	var v any = m
	for _, k := range strings.Split(dotted, ".") {
		mm, ok := v.(map[string]any)
		if !ok {
			return false
		}
		if v, ok = mm[k]; !ok {
			return false
		}
	}
	return true
}

func TestStateModelled(t *testing.T) {
	for _, tt := range []struct {
		state string
		want  bool
	}{{"", true}, {"CA", true}, {"ny", true}, {"TX", true}, {"WA", true}, {"NH", true}, {"co", true}, {stUnmodelled(), false}, {"ZZ", false}} {
		if got := StateModelled(tt.state); got != tt.want {
			t.Errorf("StateModelled(%q) = %v, want %v", tt.state, got, tt.want)
		}
	}
}

// stUnmodelled returns a state whose income tax the engine does not model (the last in postal
// order), for the tests of what happens to one.
func stUnmodelled() string {
	for i := len(stCodes) - 1; i >= 0; i-- {
		if !StateModelled(stCodes[i]) {
			return stCodes[i]
		}
	}
	panic("every state is modelled")
}

package genius

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke/frontier"
)

// This file re-implements, in float64 and by enumerating every bid, what GeNIUS 10.4
// (genius.core.analysis.BidSpace, ParetoFrontier, AdditiveUtilitySpace, EvaluatorDiscrete) and
// NegMAS (negmas.preferences.ops: pareto_frontier, nash_points, ks_points, kalai_points,
// max_welfare_points) compute, so that the exact engine can be checked against both tools'
// arithmetic on the same files. It shares only the XML structs with the adapter.

// floatSpace is a profile as GeNIUS holds it: doubles parsed from the file.
type floatSpace struct {
	weights     []float64   // by domain position
	evals       [][]float64 // by domain position and value
	reservation float64
}

func loadFloatSpace(t *testing.T, dom *domain, path string) floatSpace {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	us, err := parseUtilitySpace(data)
	if err != nil {
		t.Fatal(err)
	}
	n := len(dom.domain.Issues)
	fs := floatSpace{weights: make([]float64, n), evals: make([][]float64, n)}
	obj := us.Objectives[0]
	for _, xi := range obj.Issues {
		idx, _ := strconv.Atoi(*xi.Index)
		pos := dom.position[idx]
		fs.evals[pos] = make([]float64, len(dom.domain.Issues[pos].Values))
		for _, it := range xi.Items {
			fs.evals[pos][slices.Index(dom.domain.Issues[pos].Values, *it.Value)] = parseFloat(t, *it.Evaluation)
		}
	}
	for _, w := range obj.Weights {
		idx, _ := strconv.Atoi(*w.Index)
		fs.weights[dom.position[idx]] = parseFloat(t, *w.Value)
	}
	if len(us.Reservation) > 0 {
		fs.reservation = parseFloat(t, *us.Reservation[0].Value)
	}
	return fs
}

func parseFloat(t *testing.T, s string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// utility is AdditiveUtilitySpace.getUtility with EvaluatorDiscrete.normalize.
func (fs floatSpace) utility(bid []int) float64 {
	u := 0.0
	for i, v := range bid {
		mx := slices.Max(fs.evals[i])
		e := 0.0
		if mx >= 0.00001 {
			e = fs.evals[i][v] / mx
		}
		u += fs.weights[i] * e
	}
	return math.Min(u, 1)
}

type floatPoint struct {
	u   [2]float64
	bid []int
}

func allBids(d frontier.Domain) [][]int {
	bids := [][]int{{}}
	for _, is := range d.Issues {
		var next [][]int
		for _, b := range bids {
			for v := range is.Values {
				next = append(next, append(slices.Clone(b), v))
			}
		}
		bids = next
	}
	return bids
}

// geniusFrontier is ParetoFrontier.mergeIntoFrontier over all bids, sorted by A's utility.
func geniusFrontier(points []floatPoint) []floatPoint {
	strictlyDominated := func(x, by floatPoint) bool {
		return by.u[0] >= x.u[0] && by.u[1] >= x.u[1] && (by.u[0] > x.u[0] || by.u[1] > x.u[1])
	}
	var front []floatPoint
	for _, p := range points {
		if slices.ContainsFunc(front, func(f floatPoint) bool { return strictlyDominated(p, f) }) {
			continue
		}
		front = slices.DeleteFunc(front, func(f floatPoint) bool { return strictlyDominated(f, p) })
		front = append(front, p)
	}
	slices.SortStableFunc(front, func(x, y floatPoint) int { return cmpFloat(x.u[0], y.u[0]) })
	return front
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// geniusNash is BidSpace.getNash: the first frontier point with the greatest product of gains
// over the reservation values, starting from -1.
func geniusNash(front []floatPoint, res [2]float64) floatPoint {
	var nash floatPoint
	maxp := -1.0
	for _, p := range front {
		if v := (p.u[0] - res[0]) * (p.u[1] - res[1]); v > maxp {
			nash, maxp = p, v
		}
	}
	return nash
}

// geniusKS is BidSpace.getKalaiSmorodinsky: the first frontier point with the least |uA − uB|.
func geniusKS(front []floatPoint) floatPoint {
	var ks floatPoint
	asym := 2.0
	for _, p := range front {
		if v := math.Abs(p.u[0] - p.u[1]); v < asym {
			ks, asym = p, v
		}
	}
	return ks
}

// negmasPoints follows ops.nash_points, ks_points and kalai_points (subtract_reserved_value):
// the frontier of rational outcomes, gains from max(reserved value, minimum utility), the ideal
// at the maximum utility, the first optimum kept (NegMAS also returns near-ties within 1e-12).
func negmasPoints(front []floatPoint, res, lo, hi [2]float64) (nash, ks, egal floatPoint) {
	d := [2]float64{math.Max(res[0], lo[0]), math.Max(res[1], lo[1])}
	bestN, bestK, bestE := math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, p := range front {
		if v := (p.u[0] - d[0]) * (p.u[1] - d[1]); v > bestN {
			nash, bestN = p, v
		}
		ga, gb := (p.u[0]-d[0])/(hi[0]-d[0]), (p.u[1]-d[1])/(hi[1]-d[1])
		if v := math.Abs(ga - gb); v < bestK {
			ks, bestK = p, v
		}
		if v := math.Min(p.u[0]-d[0], p.u[1]-d[1]); v > bestE {
			egal, bestE = p, v
		}
	}
	return nash, ks, egal
}

// referenceDirs lists the fixture directories: testdata, plus any directories of published
// domains named in BESPOKE_GENIUS_DOMAINS (colon-separated), each holding domain.xml and two
// profiles, to check the engine against GeNIUS's arithmetic on them locally.
func referenceDirs(t *testing.T) []string {
	dirs, err := filepath.Glob("testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	if extra := os.Getenv("BESPOKE_GENIUS_DOMAINS"); extra != "" {
		dirs = append(dirs, strings.Split(extra, ":")...)
	}
	var out []string
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "domain.xml")); err == nil {
			out = append(out, d)
		}
	}
	return out
}

// profilesIn returns the two profile files of a fixture directory, in name order.
func profilesIn(t *testing.T, dir string) [2]string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
	files = slices.DeleteFunc(files, func(f string) bool { return filepath.Base(f) == "domain.xml" })
	if len(files) != 2 {
		t.Fatalf("%s: want 2 profiles besides domain.xml, found %v", dir, files)
	}
	return [2]string{files[0], files[1]}
}

const tolerance = 1e-12

// dominatedWithin reports whether q dominates p once differences below tolerance are ignored.
func dominatedWithin(p, q floatPoint) bool {
	return q.u[0] >= p.u[0]-tolerance && q.u[1] >= p.u[1]-tolerance && (q.u[0] > p.u[0]+tolerance || q.u[1] > p.u[1]+tolerance)
}

func near(x, y [2]float64) bool {
	return math.Abs(x[0]-y[0]) <= tolerance && math.Abs(x[1]-y[1]) <= tolerance
}

// TestAgainstGeNIUSAndNegMAS checks the frontier and the Nash and Kalai–Smorodinsky points of
// every fixture against the float re-implementations of GeNIUS and NegMAS, to 1e-12.
func TestAgainstGeNIUSAndNegMAS(t *testing.T) {
	for _, dir := range referenceDirs(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			profiles := profilesIn(t, dir)
			pr, err := Load(filepath.Join(dir, "domain.xml"), profiles)
			if err != nil {
				t.Fatal(err)
			}
			data, _ := os.ReadFile(filepath.Join(dir, "domain.xml"))
			dom, _ := parseDomain(data)
			spaces := [2]floatSpace{loadFloatSpace(t, dom, profiles[0]), loadFloatSpace(t, dom, profiles[1])}
			checkReference(t, pr, spaces)
		})
	}
}

func checkReference(t *testing.T, pr *frontier.Problem, spaces [2]floatSpace) {
	var points []floatPoint
	lo, hi := [2]float64{math.Inf(1), math.Inf(1)}, [2]float64{math.Inf(-1), math.Inf(-1)}
	for _, bid := range allBids(pr.Domain) {
		p := floatPoint{bid: bid, u: [2]float64{spaces[0].utility(bid), spaces[1].utility(bid)}}
		points = append(points, p)
		for k := range 2 {
			lo[k], hi[k] = math.Min(lo[k], p.u[k]), math.Max(hi[k], p.u[k])
		}
	}
	res := [2]float64{spaces[0].reservation, spaces[1].reservation}
	front := geniusFrontier(points)
	var acceptable []floatPoint
	noise := 0
	for _, p := range front {
		switch {
		case slices.ContainsFunc(front, func(q floatPoint) bool { return dominatedWithin(p, q) }):
			noise++ // GeNIUS keeps it only because of rounding: see TestRoundingNoise
		case p.u[0] >= res[0]-tolerance && p.u[1] >= res[1]-tolerance && (len(acceptable) == 0 || !near(p.u, acceptable[len(acceptable)-1].u)):
			acceptable = append(acceptable, p)
		}
	}
	an, err := frontier.Analyze(pr, frontier.Options{Convention: frontier.GeNIUS})
	if err != nil {
		t.Fatal(err)
	}
	if len(an.Frontier) != len(acceptable) {
		t.Fatalf("frontier has %d points, GeNIUS's acceptable part %d", len(an.Frontier), len(acceptable))
	}
	for i, p := range an.Frontier {
		if !near(p.Floats(), acceptable[i].u) {
			t.Errorf("point %d: %v, GeNIUS %v", i, p.Floats(), acceptable[i].u)
		}
	}
	t.Logf("%d bids, %d on GeNIUS's frontier (%d by rounding alone), %d acceptable", len(points), len(front), noise, len(acceptable))
	if gn := geniusNash(front, res); !near(an.Nash.Floats(), gn.u) {
		t.Errorf("Nash %v, GeNIUS %v", an.Nash.Floats(), gn.u)
	}
	if gk := geniusKS(front); gk.u[0] >= res[0] && gk.u[1] >= res[1] && !near(an.KalaiSmorodinsky.Floats(), gk.u) {
		t.Errorf("Kalai-Smorodinsky %v, GeNIUS %v", an.KalaiSmorodinsky.Floats(), gk.u)
	}
	nm, err := frontier.Analyze(pr, frontier.Options{Convention: frontier.NegMAS})
	if err != nil {
		t.Fatal(err)
	}
	nash, ks, egal := negmasPoints(acceptable, res, lo, hi)
	for _, c := range []struct {
		name string
		got  *frontier.Point
		want floatPoint
	}{{"Nash", nm.Nash, nash}, {"Kalai-Smorodinsky", nm.KalaiSmorodinsky, ks}, {"egalitarian", nm.Egalitarian, egal}} {
		if !near(c.got.Floats(), c.want.u) {
			t.Errorf("NegMAS %s %v, re-implementation %v", c.name, c.got.Floats(), c.want.u)
		}
	}
}

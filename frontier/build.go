package frontier

import (
	"cmp"
	"errors"
	"math/big"
	"slices"

	"github.com/bespokehq/bespoke"
)

// DefaultMaxPoints is the largest frontier (distinct utility pairs after any issue) that Analyze
// builds unless Options.MaxPoints says otherwise. Real domains stay in the thousands; the bound
// keeps adversarial input from exhausting memory.
const DefaultMaxPoints = 1 << 22

// workPerPoint bounds the candidates all the steps of a build examine together, as a multiple of
// the point limit: about 17 million with DefaultMaxPoints, seconds of work, so that a domain of
// many issues with a large frontier, or an issue with a huge number of values, fails in seconds
// rather than running for hours.
const workPerPoint = 4

// number is the integer type a frontier is built with: int64 when every partial sum of both
// parties' scaled utilities fits in one, big.Int otherwise. Both are exact.
type number[T any] interface {
	add(T) T
	cmp(T) int
	toBig() *big.Int
}

// small is an exact int64 number; Analyze uses it only when no sum can overflow.
type small int64

func (a small) add(b small) small { return a + b }
func (a small) cmp(b small) int   { return cmp.Compare(a, b) }
func (a small) toBig() *big.Int   { return big.NewInt(int64(a)) }
func smallOf(x *big.Int) small    { return small(x.Int64()) }

// large is an exact arbitrary-precision number; each sum allocates.
type large struct{ v *big.Int }

func (a large) add(b large) large { return large{new(big.Int).Add(a.v, b.v)} }
func (a large) cmp(b large) int   { return a.v.Cmp(b.v) }
func (a large) toBig() *big.Int   { return a.v }
func largeOf(x *big.Int) large    { return large{x} }

// convert maps a slice of big integers to the frontier's number type.
func convert[T any](xs []*big.Int, f func(*big.Int) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// layer is the frontier of the partial packages over the first k issues: one partial package per
// distinct utility pair, none dominated by another, sorted by A's utility descending (so B's
// ascending).
//
// rank[j] is the position of point j's partial package in the lexicographic order of value
// indices among the layer's packages; it breaks ties between partial packages that reach the
// same pair, so that the package kept is the lexicographically smallest (see Analyze).
// parent[j] and value[j] say which point of the previous layer, extended by which value of
// issue k, produced point j. Once the next layer is built only parent and value are kept.
type layer[T number[T]] struct {
	a, b   []T
	rank   []int64
	parent []int32
	value  []int32
}

// candidate is a point of the previous layer extended by one value of the current issue.
type candidate[T number[T]] struct {
	a, b T
	key  int64 // rank of the parent × number of values + value: the package's lexicographic key
	j, v int32
}

// before orders candidates for the sweep: A's utility descending, then B's descending, then the
// lexicographically smaller package first.
func (x *candidate[T]) before(y *candidate[T]) bool {
	if c := x.a.cmp(y.a); c != 0 {
		return c > 0
	}
	if c := x.b.cmp(y.b); c != 0 {
		return c > 0
	}
	return x.key < y.key
}

// buildFrontier returns the layers of the frontier over all issues, the last one being the
// frontier of whole packages. ta[i][v] and tb[i][v] are the parties' scaled utility terms.
//
// The work is bounded by workPerPoint × limit candidates in all, and each layer by limit points.
// Once a layer is extended only its back-pointers are kept, so that memory holds the utilities of
// two layers at a time.
func buildFrontier[T number[T]](ta, tb [][]T, zero T, issues []Issue, limit int) ([]*layer[T], error) {
	layers := []*layer[T]{{a: []T{zero}, b: []T{zero}, rank: []int64{0}, parent: []int32{-1}, value: []int32{-1}}}
	budget := workPerPoint * int64(limit)
	for i := range ta {
		prev := layers[len(layers)-1]
		work := int64(len(prev.a)) * int64(len(ta[i]))
		if work > budget {
			return nil, bespoke.Errorf(bespoke.EUNSUPPORTED,
				"the frontier's construction passed %d partial packages at issue %q (%d of %d); the domain is too large to analyse exactly",
				workPerPoint*int64(limit), issues[i].Name, i+1, len(issues))
		}
		budget -= work
		next, err := extend(prev, ta[i], tb[i], limit)
		if err != nil {
			return nil, bespoke.Errorf(bespoke.EUNSUPPORTED,
				"the frontier passed %d points at issue %q (%d of %d); the domain is too large to analyse exactly",
				limit, issues[i].Name, i+1, len(issues))
		}
		prev.a, prev.b, prev.rank = nil, nil, nil
		layers = append(layers, next)
	}
	return layers, nil
}

// errTooLarge is extend's signal that a layer outgrew the limit; buildFrontier words it.
var errTooLarge = errors.New("frontier too large")

// extend computes nondominated(prev ⊕ issue values): it merges the len(ta) copies of prev, each
// shifted by one value's terms and each already sorted, in the sweep order, and keeps a
// candidate only when its B utility beats every candidate before it. A candidate with B no
// better than an earlier one is dominated by it, or ties it and has the larger package key.
func extend[T number[T]](prev *layer[T], ta, tb []T, limit int) (*layer[T], error) {
	m := int64(len(ta))
	h := make(candHeap[T], 0, len(ta))
	for v := range ta {
		h = append(h, prev.candidate(0, int32(v), ta, tb, m))
	}
	h.init()
	next := &layer[T]{}
	var keys []int64
	for len(h) > 0 {
		c := &h[0]
		if len(next.a) == 0 || c.b.cmp(next.b[len(next.b)-1]) > 0 {
			if len(next.a) == limit {
				return nil, errTooLarge
			}
			next.a, next.b = append(next.a, c.a), append(next.b, c.b)
			next.parent, next.value = append(next.parent, c.j), append(next.value, c.v)
			keys = append(keys, c.key)
		}
		if int(c.j)+1 < len(prev.a) {
			h[0] = prev.candidate(c.j+1, c.v, ta, tb, m)
			h.down(0)
		} else {
			h.pop()
		}
	}
	next.rank = ranks(keys)
	return next, nil
}

func (l *layer[T]) candidate(j, v int32, ta, tb []T, m int64) candidate[T] {
	return candidate[T]{a: l.a[j].add(ta[v]), b: l.b[j].add(tb[v]), key: l.rank[j]*m + int64(v), j: j, v: v}
}

// ranks returns, for each key, its position among the keys sorted ascending (keys are distinct).
func ranks(keys []int64) []int64 {
	idx := make([]int32, len(keys))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(x, y int32) int { return cmp.Compare(keys[x], keys[y]) })
	r := make([]int64, len(keys))
	for pos, i := range idx {
		r[i] = int64(pos)
	}
	return r
}

// candHeap is a binary min-heap in sweep order, written out so the comparison is inlined rather
// than called through container/heap's interface.
type candHeap[T number[T]] []candidate[T]

func (h candHeap[T]) init() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

func (h candHeap[T]) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		m := l
		if r := l + 1; r < len(h) && h[r].before(&h[l]) {
			m = r
		}
		if !h[m].before(&h[i]) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

func (h *candHeap[T]) pop() {
	old := *h
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	h.down(0)
}

// packageOf follows the back-pointers from point j of the last layer to the package.
func packageOf[T number[T]](layers []*layer[T], j int32) Package {
	n := len(layers) - 1
	pkg := make(Package, n)
	for k := n; k >= 1; k-- {
		pkg[k-1] = int(layers[k].value[j])
		j = layers[k].parent[j]
	}
	return pkg
}

package value

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkValueExample values the example workspace (the current job and two offers, 4-year
// horizon) after tax, with the scenario counts in the sub-benchmark names.
func BenchmarkValueExample(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("scenarios=%d", n), func(b *testing.B) {
			ws := exampleWorkspace()
			ws.Assumptions.Scenarios = n
			b.ReportAllocs()
			for b.Loop() {
				v, err := New(context.Background(), ws, Options{})
				if err != nil {
					b.Fatal(err)
				}
				_ = v.Result()
			}
		})
	}
}

package wsfile

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkLoadExample decodes and validates the example workspace.
func BenchmarkLoadExample(b *testing.B) {
	data, err := os.ReadFile("../examples/workspace.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Load("workspace.yaml", data, today)
	}
}

// BenchmarkLoadLargest loads a file at the size limit holding one list of 350,000 numbers,
// the costliest shape found for the decoder: it bounds the time any input can take.
func BenchmarkLoadLargest(b *testing.B) {
	data := []byte("offers: [{equity: [{vesting: {yearly_pct: [" + strings.Repeat("1, ", (MaxSize-100)/3) + "]}}]}]\n")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Load("w.yaml", data, today)
	}
}

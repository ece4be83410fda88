package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestProgressBar checks that the bar stays silent for a quick run, then draws at most ten
// times a second, always the last update, and erases itself.
func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	p := &progressBar{w: &buf, now: func() time.Time { return now }, start: now, label: "scenarios"}
	p.update(10, 100)
	if buf.Len() != 0 {
		t.Fatalf("drew before the delay: %q", buf.String())
	}
	now = now.Add(progressDelay)
	p.update(50, 100)
	p.update(60, 100) // within 100 ms: skipped
	now = now.Add(time.Second)
	p.update(100, 100)
	out := buf.String()
	if strings.Count(out, "\r[") != 2 || !strings.Contains(out, " 50% scenarios") || !strings.Contains(out, "100% scenarios") {
		t.Errorf("bar output %q", out)
	}
	p.clear()
	if !strings.HasSuffix(buf.String(), "\r") {
		t.Errorf("bar not erased: %q", buf.String())
	}
	var none *progressBar
	none.update(1, 2) // a nil bar (not a terminal) does nothing
	none.clear()
	if newProgressBar(&buf, time.Now) != nil {
		t.Errorf("a bar on a buffer, which is not a terminal")
	}
}

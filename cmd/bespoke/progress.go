package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// progressDelay is how long a run goes before its progress bar appears: quick runs show none.
const progressDelay = 500 * time.Millisecond

// progressBar draws a one-line bar on a terminal, redrawn at most ten times a second. It is
// safe for concurrent use; a nil *progressBar does nothing.
type progressBar struct {
	mu    sync.Mutex
	w     io.Writer
	now   func() time.Time
	start time.Time
	last  time.Time
	label string
	shown bool
}

// newProgressBar returns a bar on w when w is a terminal, else nil.
func newProgressBar(w io.Writer, now func() time.Time) *progressBar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &progressBar{w: w, now: now, start: now()}
}

// phase names what the bar measures from now on.
func (p *progressBar) phase(label string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.label = label
	p.mu.Unlock()
}

// update shows done of total.
func (p *progressBar) update(done, total int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	t := p.now()
	if t.Sub(p.start) < progressDelay || (t.Sub(p.last) < 100*time.Millisecond && done < total) {
		return
	}
	p.last, p.shown = t, true
	const width = 30
	n := width * done / max(total, 1)
	fmt.Fprintf(p.w, "\r[%s%s] %3d%% %s", strings.Repeat("#", n), strings.Repeat(" ", width-n), 100*done/max(total, 1), p.label)
}

// clear erases the bar, if it was drawn.
func (p *progressBar) clear() {
	if p == nil || !p.shown {
		return
	}
	fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 80))
}

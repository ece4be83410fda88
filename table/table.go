// Package table renders tabular reports as aligned text, Markdown or CSV. Commands build a
// Table from an engine's result and pick the writer the --output flag names; JSON output is
// written from the result itself, not from a Table.
package table

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Align is a column's alignment in text and Markdown output.
type Align int

// Alignments.
const (
	Left Align = iota
	Right
)

// Column is a column's header and alignment.
type Column struct {
	Name  string
	Align Align
}

// Table is a titled grid of cells with optional notes printed after it.
type Table struct {
	Title   string
	Columns []Column
	Rows    [][]string
	Notes   []string
}

// AddRow appends a row; it panics when the row's width differs from the columns', which is a
// programming error.
func (t *Table) AddRow(cells ...string) {
	if len(cells) != len(t.Columns) {
		panic(fmt.Sprintf("table: row has %d cells, table %q has %d columns", len(cells), t.Title, len(t.Columns)))
	}
	t.Rows = append(t.Rows, cells)
}

// Format is an output format.
type Format string

// Formats a Table can be written in. JSON is listed so commands can validate one flag.
const (
	Text     Format = "table"
	Markdown Format = "markdown"
	CSV      Format = "csv"
	JSON     Format = "json"
)

// Write writes the tables in the format, separated by a blank line (text, Markdown) or an empty
// record (CSV). JSON is not a Table format and returns an error.
func Write(w io.Writer, f Format, tables ...*Table) error {
	for i, t := range tables {
		if i > 0 {
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
		}
		var err error
		switch f {
		case Text:
			err = t.WriteText(w)
		case Markdown:
			err = t.WriteMarkdown(w)
		case CSV:
			err = t.WriteCSV(w)
		default:
			err = fmt.Errorf("table: cannot write format %q", f)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// WriteText writes the table with columns padded to their widest cell.
func (t *Table) WriteText(w io.Writer) error {
	widths := t.widths()
	var b strings.Builder
	if t.Title != "" {
		b.WriteString(t.Title + "\n")
	}
	t.textRow(&b, widths, t.headers())
	rule := make([]string, len(widths))
	for i, n := range widths {
		rule[i] = strings.Repeat("-", n)
	}
	t.textRow(&b, widths, rule)
	for _, r := range t.Rows {
		t.textRow(&b, widths, r)
	}
	for _, n := range t.Notes {
		b.WriteString(n + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (t *Table) textRow(b *strings.Builder, widths []int, cells []string) {
	for i, c := range cells {
		pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
		if i > 0 {
			b.WriteString("  ")
		}
		switch {
		case t.Columns[i].Align == Right:
			b.WriteString(pad + c)
		case i < len(cells)-1:
			b.WriteString(c + pad)
		default:
			b.WriteString(c)
		}
	}
	b.WriteString("\n")
}

func (t *Table) headers() []string {
	h := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		h[i] = c.Name
	}
	return h
}

func (t *Table) widths() []int {
	w := make([]int, len(t.Columns))
	for i, c := range t.Columns {
		w[i] = utf8.RuneCountInString(c.Name)
	}
	for _, r := range t.Rows {
		for i, c := range r {
			w[i] = max(w[i], utf8.RuneCountInString(c))
		}
	}
	return w
}

// WriteMarkdown writes the table as a GitHub-flavoured Markdown table under a level-3 heading.
func (t *Table) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	if t.Title != "" {
		b.WriteString("### " + t.Title + "\n\n")
	}
	b.WriteString("| " + strings.Join(mdEscape(t.headers()), " | ") + " |\n|")
	for _, c := range t.Columns {
		if c.Align == Right {
			b.WriteString("---:|")
		} else {
			b.WriteString("---|")
		}
	}
	b.WriteString("\n")
	for _, r := range t.Rows {
		b.WriteString("| " + strings.Join(mdEscape(r), " | ") + " |\n")
	}
	if len(t.Notes) > 0 {
		b.WriteString("\n")
		for _, n := range t.Notes {
			b.WriteString(n + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mdEscape(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.ReplaceAll(c, "|", `\|`)
	}
	return out
}

// WriteCSV writes the table as RFC 4180 CSV: a header record, then the rows. The title and notes
// are not written, so the output loads straight into a spreadsheet.
func (t *Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.headers()); err != nil {
		return err
	}
	if err := cw.WriteAll(t.Rows); err != nil {
		return err
	}
	return cw.Error()
}

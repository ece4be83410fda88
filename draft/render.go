package draft

import "strings"

// Text returns the draft as plain text: the subject, the message, then the checklist and the
// warnings.
func (d *Draft) Text() string {
	var b strings.Builder
	b.WriteString("Subject: " + d.Subject + "\n\n")
	b.WriteString(strings.Join(d.Paragraphs, "\n\n") + "\n")
	list(&b, "\nBefore you send:\n", "- ", d.Checklist)
	list(&b, "\nWarnings:\n", "- ", d.Warnings)
	return b.String()
}

// Markdown returns the draft as Markdown: a heading, the subject, the message, then the
// checklist and the warnings as lists.
func (d *Draft) Markdown() string {
	var b strings.Builder
	b.WriteString("## Counter-offer to " + d.Company + "\n\n")
	b.WriteString("**Subject:** " + d.Subject + "\n\n")
	for _, p := range d.Paragraphs {
		b.WriteString(strings.ReplaceAll(p, "\n", "  \n") + "\n\n")
	}
	list(&b, "### Before you send\n\n", "- ", d.Checklist)
	if len(d.Warnings) > 0 {
		b.WriteString("\n")
	}
	list(&b, "### Warnings\n\n", "- ", d.Warnings)
	return b.String()
}

func list(b *strings.Builder, heading, bullet string, items []string) {
	if len(items) == 0 {
		return
	}
	b.WriteString(heading)
	for _, it := range items {
		b.WriteString(bullet + it + "\n")
	}
}

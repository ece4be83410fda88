// Package draft writes the counter-offer: the candidate's message to the recruiter, with the
// plan's recommended asks in priority order, each framed in the candidate's own facts.
//
// The framing comes from one text/template per kind of ask (asks.tmpl, embedded). A template
// only ever uses the facts the ask references; an ask without facts is asked plainly and the
// draft warns about it. The message follows the classic playbook: all asks in one message,
// a question about the range before any number, nothing about current pay, every agreement in
// writing, and a request for more time when the offer is about to expire.
package draft

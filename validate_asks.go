package bespoke

import (
	"fmt"
	"slices"
	"strings"
)

// asks checks that each ask names an offer and facts that exist, and that its change is a
// valid term of the offer that leaves the offer valid.
func (c *checker) asks(w *Workspace) {
	seen := map[string]string{}
	for i, a := range w.Asks {
		path := fmt.Sprintf("asks[%d]", i)
		c.factRefs(w, a.Facts, path+".facts")
		o := c.offerRef(w, a.Offer, path+".offer")
		if o == nil {
			continue
		}
		canon, ok := c.change(o, a.Term, a.Value, path)
		if !ok {
			continue
		}
		key := a.Offer + " " + canon
		if first, dup := seen[key]; dup {
			c.warnf(path+".term", "%s of offer %s is already asked for at %s", canon, a.Offer, first)
		} else {
			seen[key] = path
		}
		if cur, _ := o.Term(canon); c.sameValue(o, canon, cur, a.Value) {
			c.warnf(path+".value", "the offer already has %s = %s", canon, cur)
		}
	}
}

// sameValue reports whether v, parsed as the term's type, equals the offer's value cur.
func (c *checker) sameValue(o *Offer, canon string, cur, v Scalar) bool {
	cp := o.Clone()
	if cp.SetTerm(canon, v) != nil {
		return false
	}
	got, _ := cp.Term(canon)
	return got == cur
}

// rounds checks that rounds are in date order and name an offer that exists, and that each of
// their changes is valid on its own.
func (c *checker) rounds(w *Workspace) {
	var prev Date
	for i, r := range w.Rounds {
		path := fmt.Sprintf("rounds[%d]", i)
		if !prev.IsZero() && r.Date.Before(prev) {
			c.errorf(path+".date", "%s is before the previous round's date (%s); rounds are listed oldest first", r.Date, prev)
		}
		if !r.Date.IsZero() {
			prev = r.Date
		}
		if !c.today.IsZero() && r.Date.After(c.today) {
			c.warnf(path+".date", "%s is in the future", r.Date)
		}
		o := c.offerRef(w, r.Offer, path+".offer")
		for k, ch := range r.Changes {
			if o != nil {
				c.change(o, ch.Term, ch.Value, fmt.Sprintf("%s.changes[%d]", path, k))
			}
		}
	}
}

// offerRef returns the offer with the given id, reporting at path when there is none.
func (c *checker) offerRef(w *Workspace, id, path string) *Offer {
	if o := w.Offer(id); o != nil || id == "" {
		return o
	}
	ids := make([]string, len(w.Offers))
	for i, o := range w.Offers {
		ids[i] = o.ID
	}
	c.errorf(path, "no offer with id %s%s (offers: %s)", quote(id), didYouMean(id, ids), strings.Join(ids, ", "))
	return nil
}

func (c *checker) factRefs(w *Workspace, refs []string, path string) {
	ids := make([]string, len(w.Candidate.Facts))
	for i, f := range w.Candidate.Facts {
		ids[i] = f.ID
	}
	for k, id := range refs {
		if !slices.Contains(ids, id) {
			c.errorf(fmt.Sprintf("%s[%d]", path, k), "no fact with id %s%s", quote(id), didYouMean(id, ids))
		}
	}
}

// change applies term = value to a copy of the offer. A path that does not exist is reported
// at path.term; a value that does not parse, and every problem the change brings to the
// offer, at path.value. It returns the canonical term path and whether the change applied.
func (c *checker) change(o *Offer, term string, value Scalar, path string) (string, bool) {
	if term == "" || value == "" {
		return "", false // reported as required fields
	}
	canon, err := o.TermPath(term)
	if err != nil {
		c.errorf(path+".term", "%s", ErrorMessage(err))
		return "", false
	}
	cp := o.Clone()
	if err := cp.SetTerm(canon, value); err != nil {
		c.errorf(path+".value", "%s", ErrorMessage(err))
		return "", false
	}
	before := offerProblems(o, c.today)
	for _, p := range offerProblems(cp, c.today) {
		if !slices.Contains(before, p) {
			p.Message = fmt.Sprintf("with %s = %s, %s", canon, value, Problem{Path: p.Path, Message: p.Message})
			p.Path = path + ".value"
			c.ps = append(c.ps, p)
		}
	}
	return canon, true
}

// offerProblems returns the problems of one offer on its own, with paths from the offer.
func offerProblems(o *Offer, today Date) Problems {
	c := &checker{today: today}
	c.tags(o, "")
	c.offer(o, "")
	return c.ps
}

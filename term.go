package bespoke

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Term paths name one value inside an offer, for asks, rounds and the command line's --term
// flags. A path is keys joined by dots, as in the workspace file: cash.base, terms.pto.days,
// company.share_price. A list element is selected by its id (or, for custom terms, its name)
// in brackets, or else by its position from 0: equity[rocket-iso].shares,
// terms.custom[Learning budget].yearly_value, equity[0].vesting.yearly_pct[3]. A path whose
// first key is not one of an offer's keys is looked up under terms, so exercise_window_days,
// pto.days and remote name the terms of that name. Ids are not terms and cannot be set.

// TermPath returns the canonical form of path: the full path from the offer, with list elements
// selected by id where they have one ("pto.days" becomes "terms.pto.days", "equity[0].shares"
// becomes "equity[rocket-iso].shares"). The error, an EINVALID *Error, names the part of the
// path that does not exist and suggests the nearest that does.
func (o *Offer) TermPath(path string) (string, error) {
	t, err := o.resolve(path)
	if err != nil {
		return "", err
	}
	return t.path, nil
}

// Term returns the value of the offer's term at path, written as SetTerm reads it.
func (o *Offer) Term(path string) (Scalar, error) {
	t, err := o.resolve(path)
	if err != nil {
		return "", err
	}
	return Scalar(FormatValue(t.value)), nil
}

// SetTerm sets the offer's term at path to v, parsed as the term's type: an amount, a price or
// a date as in the workspace file, a whole number, a number, true or false, or one of an
// enumerated type's values. It returns an EINVALID *Error, and leaves the offer unchanged,
// when the path does not exist or v is not a valid value for it. It does not check the offer
// as a whole: Validate does. A deferral elected at the plan's maximum follows a change of the
// maximum.
func (o *Offer) SetTerm(path string, v Scalar) error {
	t, err := o.resolve(path)
	if err != nil {
		return err
	}
	before := o.Terms.DeferredComp
	if err := ParseInto(t.value, string(v)); err != nil {
		return Errorf(EINVALID, "%s: %s", t.path, ErrorMessage(err))
	}
	o.Terms.DeferredComp.follow(before)
	return nil
}

// follow keeps a deferral election that was the plan's maximum (elect_pct's default) at the
// maximum when a term change moves it, so that an ask for a larger deferral is one the
// candidate takes up.
func (d *DeferredComp) follow(before DeferredComp) {
	if d.MaxPctOfBase != before.MaxPctOfBase && before.ElectPct == before.MaxPctOfBase {
		d.ElectPct = d.MaxPctOfBase
	}
}

// TermPaths lists the canonical paths of every term of the offer that SetTerm can set, in the
// order of the file, with grants and custom terms selected by id or name.
func (o *Offer) TermPaths() []string {
	var paths []string
	walkTerms(reflect.ValueOf(o).Elem(), "", &paths)
	return paths
}

// Clone returns a deep copy of the offer: setting a term on the copy leaves o unchanged.
func (o *Offer) Clone() *Offer {
	c := *o
	c.Equity = slices.Clone(o.Equity)
	for i := range c.Equity {
		c.Equity[i].Vesting.YearlyPct = slices.Clone(o.Equity[i].Vesting.YearlyPct)
	}
	c.Terms.Custom = slices.Clone(o.Terms.Custom)
	return &c
}

// term is a resolved path: the settable value and its canonical path.
type term struct {
	value reflect.Value
	path  string
}

func (o *Offer) resolve(path string) (term, error) {
	segs, err := splitPath(path)
	if err != nil {
		return term{}, err
	}
	root := reflect.ValueOf(o).Elem()
	if _, ok := FieldByKey(root.Type(), segs[0].key); !ok {
		termsKeys := Keys(reflect.TypeFor[Terms]())
		if !slices.Contains(termsKeys, segs[0].key) {
			keys := append(termKeys(root.Type()), termsKeys...)
			return term{}, Errorf(EINVALID, "the offer has no term %q%s", segs[0].key, didYouMean(segs[0].key, keys))
		}
		segs = append([]segment{{key: "terms"}}, segs...)
	}
	t := term{value: root}
	for _, s := range segs {
		if t, err = t.step(s); err != nil {
			return term{}, err
		}
	}
	return t, t.leaf()
}

// step moves from a struct to its field s.key, then to the element s.sel selects.
func (t term) step(s segment) (term, error) {
	if t.value.Kind() == reflect.Slice {
		return term{}, t.leaf()
	}
	if t.value.Kind() != reflect.Struct || IsText(t.value.Type()) {
		return term{}, Errorf(EINVALID, "%s has no part %q", t.name(), s.key)
	}
	f, ok := FieldByKey(t.value.Type(), s.key)
	if !ok {
		return term{}, Errorf(EINVALID, "%s has no term %q%s", t.name(), s.key, didYouMean(s.key, Keys(t.value.Type())))
	}
	if f.Key == "id" {
		return term{}, Errorf(EINVALID, "%s: an id is not a term and cannot be changed", joinKey(t.path, f.Key))
	}
	next := term{value: t.value.FieldByIndex(f.Index), path: joinKey(t.path, f.Key)}
	if s.hasSel {
		return next.sel(s.sel)
	}
	return next, nil
}

// sel selects the element of a list by id or name, else by position.
func (t term) sel(s string) (term, error) {
	if t.value.Kind() != reflect.Slice {
		return term{}, Errorf(EINVALID, "%s is not a list; remove [%s]", t.path, s)
	}
	ids := elementIDs(t.value)
	if i := slices.Index(ids, s); i >= 0 && s != "" {
		return term{value: t.value.Index(i), path: t.path + "[" + s + "]"}, nil
	}
	if i, err := strconv.Atoi(s); err == nil && i >= 0 && i < t.value.Len() {
		label := s
		if ids != nil && ids[i] != "" {
			label = ids[i]
		}
		return term{value: t.value.Index(i), path: t.path + "[" + label + "]"}, nil
	}
	if ids == nil {
		return term{}, Errorf(EINVALID, "%s has %d entries; [%s] is not one of 0 to %d", t.path, t.value.Len(), s, t.value.Len()-1)
	}
	return term{}, Errorf(EINVALID, "%s has no entry %q%s (entries: %s)", t.path, s, didYouMean(s, ids), strings.Join(ids, ", "))
}

// leaf checks that the path ends at a single value.
func (t term) leaf() error {
	v := t.value
	switch {
	case IsText(v.Type()):
		return nil
	case v.Kind() == reflect.Struct:
		return Errorf(EINVALID, "%s is a group of terms; name one of them: %s", t.name(), strings.Join(termKeys(v.Type()), ", "))
	case v.Kind() == reflect.Slice:
		return Errorf(EINVALID, "%s is a list; select one entry, as %s[%s]", t.path, t.path, firstOr(elementIDs(v), "0"))
	}
	return nil
}

func (t term) name() string {
	if t.path == "" {
		return "the offer"
	}
	return t.path
}

// elementIDs returns the id (or name) of each element of a list of structs, or nil when its
// elements have neither.
func elementIDs(list reflect.Value) []string {
	et := list.Type().Elem()
	if et.Kind() != reflect.Struct {
		return nil
	}
	f, ok := FieldByKey(et, "id")
	if !ok {
		if f, ok = FieldByKey(et, "name"); !ok {
			return nil
		}
	}
	ids := make([]string, list.Len())
	for i := range ids {
		ids[i] = list.Index(i).FieldByIndex(f.Index).String()
	}
	return ids
}

func termKeys(t reflect.Type) []string {
	return slices.DeleteFunc(Keys(t), func(k string) bool { return k == "id" })
}

func firstOr(s []string, def string) string {
	if len(s) > 0 && s[0] != "" {
		return s[0]
	}
	return def
}

// walkTerms appends the paths of the settable values under v.
func walkTerms(v reflect.Value, path string, paths *[]string) {
	switch {
	case IsText(v.Type()) || v.Kind() != reflect.Struct && v.Kind() != reflect.Slice:
		*paths = append(*paths, path)
	case v.Kind() == reflect.Struct:
		for _, f := range Fields(v.Type()) {
			if f.Key != "id" {
				walkTerms(v.FieldByIndex(f.Index), joinKey(path, f.Key), paths)
			}
		}
	default:
		for i, id := range elementIDs(v) {
			if id == "" {
				id = strconv.Itoa(i)
			}
			walkTerms(v.Index(i), path+"["+id+"]", paths)
		}
	}
}

// segment is one key of a path, with the selector in brackets that may follow it.
type segment struct {
	key, sel string
	hasSel   bool
}

// splitPath splits a term path into its segments.
func splitPath(path string) ([]segment, error) {
	var segs []segment
	rest := strings.TrimSpace(path)
	for {
		key, sel, hasSel, tail, err := nextSegment(rest)
		if err != nil {
			return nil, Errorf(EINVALID, "%q is not a term path: %s", path, err.Error())
		}
		segs = append(segs, segment{key: key, sel: sel, hasSel: hasSel})
		if tail == "" {
			return segs, nil
		}
		rest = tail[1:] // drop the dot
	}
}

// nextSegment reads key[sel] from the front of s; tail is "" or starts with a dot.
func nextSegment(s string) (key, sel string, hasSel bool, tail string, err error) {
	end := strings.IndexAny(s, ".[]")
	if end < 0 {
		end = len(s)
	}
	key, s = s[:end], s[end:]
	if key == "" {
		return "", "", false, "", Errorf(EINVALID, "a key is missing")
	}
	if strings.HasPrefix(s, "[") {
		close := strings.IndexByte(s, ']')
		if close < 0 {
			return "", "", false, "", Errorf(EINVALID, "[ without ]")
		}
		sel, hasSel, s = s[1:close], true, s[close+1:]
	}
	if s != "" && s[0] != '.' {
		return "", "", false, "", Errorf(EINVALID, "unexpected %q after %s", s[:1], key)
	}
	return key, sel, hasSel, s, nil
}

func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

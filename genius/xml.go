package genius

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The XML of GeNIUS 10.x. A domain is
//
//	<negotiation_template><utility_space><objective>
//	  <issue index="1" name="…" type="discrete"><item index="1" value="…"/>…</issue>…
//	</objective></utility_space></negotiation_template>
//
// (some domains omit <negotiation_template>), and a profile is
//
//	<utility_space><objective>
//	  <issue index="1" name="…"><item value="…" evaluation="…"/>…</issue>…
//	  <weight index="1" value="…"/>…
//	</objective><reservation value="…"/><discount_factor value="…"/></utility_space>
//
// Attributes and elements GeNIUS does not read for discrete issues (description, cost, etype,
// vtype) are ignored.

type xmlUtilitySpace struct {
	Objectives  []xmlObjective `xml:"objective"`
	Reservation []xmlValue     `xml:"reservation"`
	Discount    []xmlValue     `xml:"discount_factor"`
}

type xmlObjective struct {
	Name       string         `xml:"name,attr"`
	Issues     []xmlIssue     `xml:"issue"`
	Weights    []xmlWeight    `xml:"weight"`
	Objectives []xmlObjective `xml:"objective"`
}

type xmlIssue struct {
	Index *string   `xml:"index,attr"`
	Name  *string   `xml:"name,attr"`
	Type  string    `xml:"type,attr"`
	Items []xmlItem `xml:"item"`
}

type xmlItem struct {
	Value      *string `xml:"value,attr"`
	Evaluation *string `xml:"evaluation,attr"`
}

type xmlWeight struct {
	Index *string `xml:"index,attr"`
	Value *string `xml:"value,attr"`
}

type xmlValue struct {
	Value *string `xml:"value,attr"`
}

// parseUtilitySpace reads the <utility_space> of a domain or profile document: the root
// element, or the root's <utility_space> child when the root is <negotiation_template>.
func parseUtilitySpace(data []byte) (*xmlUtilitySpace, error) {
	dec := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, utf8BOM)))
	dec.CharsetReader = charsetReader
	root, err := firstElement(dec)
	if err != nil {
		return nil, err
	}
	var us xmlUtilitySpace
	switch root.Name.Local {
	case "utility_space":
		err = dec.DecodeElement(&us, &root)
	case "negotiation_template":
		var tmpl struct {
			UtilitySpace []xmlUtilitySpace `xml:"utility_space"`
		}
		if err = dec.DecodeElement(&tmpl, &root); err == nil {
			if len(tmpl.UtilitySpace) != 1 {
				return nil, errors.New("<negotiation_template> must hold exactly one <utility_space>")
			}
			us = tmpl.UtilitySpace[0]
		}
	default:
		return nil, errors.New("the root element is <" + root.Name.Local + ">, not <utility_space> or <negotiation_template>")
	}
	if err != nil {
		return nil, xmlError(err)
	}
	if err := trailing(dec); err != nil {
		return nil, err
	}
	return &us, nil
}

// utf8BOM is the byte order mark some editors put at the start of a UTF-8 file.
var utf8BOM = []byte("\xef\xbb\xbf")

// charsetError is a declared encoding the reader does not read.
type charsetError struct{ label string }

func (e charsetError) Error() string {
	return "the document declares the encoding " + strconv.Quote(e.label) + "; only UTF-8 and ISO-8859-1 are read"
}

// charsetReader reads the encodings besides UTF-8 that a GeNIUS file may declare: ISO-8859-1,
// which Java tools write, and US-ASCII, a subset of it.
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii":
	default:
		return nil, charsetError{label}
	}
	b, err := io.ReadAll(input)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(b))
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return bytes.NewReader(out), nil
}

// firstElement skips the prolog (declaration, comments, white space) to the root element.
func firstElement(dec *xml.Decoder) (xml.StartElement, error) {
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return xml.StartElement{}, errors.New("the document has no root element")
		}
		if err != nil {
			return xml.StartElement{}, xmlError(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return t, nil
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return xml.StartElement{}, errors.New("text before the root element")
			}
		}
	}
}

// trailing checks that only white space, comments and processing instructions follow the root.
func trailing(dec *xml.Decoder) error {
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return xmlError(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return errors.New("a second root element <" + t.Name.Local + "> follows the first")
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return errors.New("text after the root element")
			}
		}
	}
}

// xmlError rewords encoding/xml's errors, which start with "XML syntax error on line N".
func xmlError(err error) error {
	var ce charsetError
	if errors.As(err, &ce) {
		return ce
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return errors.New("malformed XML at line " + strconv.Itoa(se.Line) + ": " + se.Msg)
	}
	if err == io.ErrUnexpectedEOF {
		return errors.New("malformed XML: the document ends inside an element")
	}
	return errors.New("malformed XML: " + strings.TrimPrefix(err.Error(), "xml: "))
}

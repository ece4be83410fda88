// Package genius reads negotiation domains in the XML format of GeNIUS 10.x (the negotiation
// simulator of TU Delft, whose ANAC competition domains are the standard test set): a domain
// file and two profile files become a frontier.Problem.
//
// Scores follow GeNIUS's EvaluatorDiscrete: each value's evaluation is divided by the largest
// evaluation of its issue (all evaluations count as 0 when that largest is under 0.00001).
// Weights are used as written, as GeNIUS does when it loads a profile, and utilities are capped
// at 1 as AdditiveUtilitySpace.getUtility caps them; the weights must sum to between 0.98 and
// 1.02, GeNIUS's own test of a normalised profile, and a profile outside that range is an error
// rather than silently rescaled. The reservation value defaults to 0. The discount factor is
// read and checked but not used: the frontier is undiscounted, as BidSpace computes it.
//
// Only flat domains of discrete issues are read; integer and real issues and nested objectives
// are EUNSUPPORTED. Input is untrusted: files over MaxFileSize are refused and every malformed
// or inconsistent file is an EINVALID error naming the file and what is wrong.
package genius

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/frontier"
)

// MaxFileSize is the largest domain or profile file read, in bytes. The largest ANAC domains
// are a few hundred kilobytes.
const MaxFileSize = 4 << 20

// Load reads a domain file and the profiles of parties A and B. Each party is named after its
// profile's file name without the extension.
func Load(domainPath string, profilePaths [2]string) (*frontier.Problem, error) {
	var data [3][]byte
	paths := [3]string{domainPath, profilePaths[0], profilePaths[1]}
	for i, p := range paths {
		b, err := readFile(p)
		if err != nil {
			return nil, err
		}
		data[i] = b
	}
	labels := [3]string{
		"domain " + domainPath,
		"profile " + profilePaths[0],
		"profile " + profilePaths[1],
	}
	pr, err := decode(data, labels)
	if err != nil {
		return nil, err
	}
	for k, p := range profilePaths {
		pr.Parties[k].Name = strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
	}
	return pr, nil
}

// Decode reads a domain and two profiles from memory; the parties are named A and B.
func Decode(domain []byte, profiles [2][]byte) (*frontier.Problem, error) {
	for i, b := range [3][]byte{domain, profiles[0], profiles[1]} {
		if len(b) > MaxFileSize {
			return nil, bespoke.Errorf(bespoke.EINVALID, "%s is %d bytes, more than the %d a GeNIUS file may have",
				[3]string{"the domain", "profile A", "profile B"}[i], len(b), MaxFileSize)
		}
	}
	pr, err := decode([3][]byte{domain, profiles[0], profiles[1]}, [3]string{"domain", "profile A", "profile B"})
	if err != nil {
		return nil, err
	}
	pr.Parties[0].Name, pr.Parties[1].Name = "A", "B"
	return pr, nil
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, &bespoke.Error{Code: bespoke.ENOTFOUND, Message: fmt.Sprintf("%s: no such file", path)}
	}
	if err != nil {
		return nil, &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("%s: cannot be read", path), Err: err}
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("%s: cannot be read", path), Err: err}
	}
	if len(b) > MaxFileSize {
		return nil, bespoke.Errorf(bespoke.EINVALID, "%s: larger than the %d bytes a GeNIUS file may have", path, MaxFileSize)
	}
	return b, nil
}

// decode parses the three documents; labels name them in errors.
func decode(data [3][]byte, labels [3]string) (*frontier.Problem, error) {
	dom, err := parseDomain(data[0])
	if err != nil {
		return nil, wrap(labels[0], err)
	}
	pr := &frontier.Problem{Domain: dom.domain}
	for k := range 2 {
		us, err := parseUtilitySpace(data[k+1])
		if err != nil {
			return nil, wrap(labels[k+1], err)
		}
		if pr.Parties[k], err = dom.party(us); err != nil {
			return nil, wrap(labels[k+1], err)
		}
	}
	return pr, nil
}

// wrap prefixes err's message with the file's label, keeping an unsupported feature
// EUNSUPPORTED and making anything else EINVALID.
func wrap(label string, err error) error {
	code := bespoke.EINVALID
	if bespoke.ErrorCode(err) == bespoke.EUNSUPPORTED {
		code = bespoke.EUNSUPPORTED
	}
	return &bespoke.Error{Code: code, Message: label + ": " + bespoke.ErrorMessage(unwrapMessage(err))}
}

// unwrapMessage turns a plain error into one whose message ErrorMessage shows.
func unwrapMessage(err error) error {
	var be *bespoke.Error
	if errors.As(err, &be) {
		return be
	}
	return &bespoke.Error{Code: bespoke.EINVALID, Message: err.Error()}
}

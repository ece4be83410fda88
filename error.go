package bespoke

import (
	"errors"
	"fmt"
)

// Error codes. Each is mapped once to a CLI exit status and message (cmd/bespoke) and, when the
// web server exists, once to an HTTP status.
const (
	EINVALID     = "invalid"     // the input is malformed or fails validation
	ENOTFOUND    = "not_found"   // a named thing (file, offer, grant, tax table) does not exist
	ECONFLICT    = "conflict"    // the operation would overwrite or contradict existing state
	EUNSUPPORTED = "unsupported" // well-formed input the engines cannot handle (a year without tax tables)
	EUSAGE       = "usage"       // the command line itself is wrong
	EINTERNAL    = "internal"    // a bug or an unexpected failure of the machine
)

// Error is the error type of the domain. Code says what kind of failure it is, Message says it
// in words fit for the user, Hint (optional) says what to try instead, and Err keeps an internal
// cause that is logged but never shown as the message.
type Error struct {
	Code    string
	Message string
	Hint    string
	Err     error
}

// Error returns the message, or the code when there is none.
func (e *Error) Error() string {
	switch {
	case e.Message != "":
		return e.Message
	case e.Err != nil:
		return e.Err.Error()
	default:
		return e.Code
	}
}

// Unwrap returns the internal cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other
// non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the user-facing message of err: the message of the first *Error in its
// chain, or a generic sentence for internal errors, whose details are not for the user.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Error()
	default:
		return "internal error"
	}
}

// ErrorHint returns the hint of the first *Error in err's chain, or "".
func ErrorHint(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Hint
	}
	return ""
}

# The one command that runs every test: make test
# It checks formatting, vets, runs staticcheck, runs every test with the race detector, and
# fuzzes the input decoders briefly. Tests that need a service install and start it themselves.

GO          ?= go
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME    ?= 10s

.PHONY: test fmt vet staticcheck unit fuzz bench demo

test: fmt vet staticcheck unit fuzz

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

staticcheck:
	$(GO) run $(STATICCHECK) ./...

unit:
	$(GO) test -race -count=1 ./...

# Each fuzz target runs for FUZZTIME on its own (go test -fuzz takes one target at a time).
fuzz:
	@set -e; grep -rl --include='*_test.go' '^func Fuzz' . | while read -r f; do \
		dir=$$(dirname "$$f"); \
		for fn in $$(grep -o '^func Fuzz[A-Za-z0-9_]*' "$$f" | sed 's/func //'); do \
			echo "fuzz $$dir $$fn"; \
			$(GO) test -run='^$$' -fuzz="^$$fn\$$" -fuzztime=$(FUZZTIME) "$$dir" || exit 1; \
		done; \
	done

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

demo:
	$(GO) run ./cmd/bespoke demo

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke/wsfile"
)

// TestCheckMalformed runs check on every file of the decoder's malformed corpus, and on one
// over the size limit, comparing its output with the golden file of the same name in
// testdata/check. Each must fail with status 1, name a line (and a column where one is
// known) and never show a panic.
func TestCheckMalformed(t *testing.T) {
	files, err := filepath.Glob("../../wsfile/testdata/malformed/*.yaml")
	if err != nil || len(files) < 17 {
		t.Fatalf("malformed corpus: %d files, %v", len(files), err)
	}
	inputs := map[string][]byte{"oversize.yaml": []byte("version: 1\n# " + strings.Repeat("x", wsfile.MaxSize) + "\n")}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[filepath.Base(f)] = data
	}
	goldenDir, err := filepath.Abs(filepath.Join("testdata", "check"))
	if err != nil {
		t.Fatal(err)
	}
	located := regexp.MustCompile(`(?m)^[\w.-]+\.yaml:[0-9]+(:[0-9]+)?: `)
	for name, data := range inputs {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Chdir(dir)
			stdout, stderr, code := runMain(t, "", "check", name)
			t.Chdir(t.TempDir()) // leave dir before it is removed
			if code != 1 || stdout != "" {
				t.Errorf("exit %d, stdout %q; want 1 and nothing", code, stdout)
			}
			if !located.MatchString(stderr) || strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
				t.Errorf("stderr does not locate the problem, or shows a panic:\n%s", stderr)
			}
			checkGolden(t, filepath.Join(goldenDir, strings.TrimSuffix(name, ".yaml")+".golden"), stderr)
		})
	}
}

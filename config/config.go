// Package config reads and edits tramite's settings file,
// $XDG_CONFIG_HOME/tramite/config.toml (TRAMITE_CONFIG names another). The
// file is TOML; every setting is optional, and keys this version does not
// know are kept and ignored, so an older tramite reads a newer file.
//
//	# the calendar file kept current (tramite calendar PATH)
//	calendar = "/home/ana/Sync/tramite.ics"
//
//	# the language of every screen, command and export: "es" or "en"
//	# (--lang and TRAMITE_LANG come first, the locale after)
//	language = "es"
//
//	# days before each kind of date to hear of it (tramite remind, the calendar)
//	[lead_days]
//	closes = [30, 7, 1]
//	due = [30, 7, 1]
//	appointment = [7, 1]
//	opens = [0]
//
// The package only reads and writes values: what they mean (which kinds
// exist, what a lead time does to a date) is the case layer's.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/adrg/xdg"
)

// Env names the environment variable that points at another settings file.
const Env = "TRAMITE_CONFIG"

// Config is the settings file's content. The zero Config is the defaults.
type Config struct {
	// Calendar is the .ics file tramite keeps current after every change
	// (`tramite calendar PATH`); empty when none.
	Calendar string `toml:"calendar"`
	// Language is "es" or "en": the language when neither --lang nor
	// TRAMITE_LANG says, before the locale (LC_ALL, LC_MESSAGES, LANG);
	// empty when not set.
	Language string `toml:"language"`
	// LeadDays are, per kind of date ("closes", "due", "appointment",
	// "opens", "eligible-from", "reminder", "to-do"), the days before it to remind;
	// a kind left out keeps its default.
	LeadDays map[string][]int `toml:"lead_days"`
}

// Path is the settings file: TRAMITE_CONFIG when set, else
// tramite/config.toml under XDG_CONFIG_HOME (read through getenv, so tests
// can point it elsewhere; a relative value is ignored, as the XDG spec
// says).
func Path(getenv func(string) string) string {
	if p := getenv(Env); p != "" {
		return p
	}
	home := getenv("XDG_CONFIG_HOME")
	if home == "" || !filepath.IsAbs(home) {
		home = xdg.ConfigHome
	}
	return filepath.Join(home, "tramite", "config.toml")
}

// Load reads the settings file at path. A missing file is the defaults; a
// file that is not TOML, or a value of the wrong type, is an error that
// names the file and the line.
func Load(path string) (Config, error) {
	var c Config
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, fmt.Errorf("reading the settings %s: %w", path, err)
	}
	if _, err := toml.Decode(string(b), &c); err != nil {
		return Config{}, fmt.Errorf("the settings file %s: %w (fix that line, or delete the file to go back to the defaults)", path, err)
	}
	return c, nil
}

// SetString sets the top-level key to value in the settings file at path,
// or removes it when value is empty, creating the file and its folder
// when needed. Every other line, comments and unknown keys included, is
// kept as it was; the file is replaced atomically.
func SetString(path, key, value string) error {
	b, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("reading the settings %s: %w", path, err)
	}
	line := ""
	if value != "" {
		enc, err := toml.Marshal(map[string]string{key: value})
		if err != nil {
			return fmt.Errorf("writing %s to the settings: %w", key, err)
		}
		line = strings.TrimRight(string(enc), "\n")
	}
	out := setLine(string(b), key, line)
	if _, err := toml.Decode(out, &Config{}); err != nil {
		return fmt.Errorf("the settings file %s: %w (fix that line, or delete the file, then try again)", path, err)
	}
	return writeAtomic(path, []byte(out))
}

// setLine replaces the line that sets key at the top level of text (before
// the first [table]) with line, removes it when line is empty, or adds
// line before the first table.
func setLine(text, key, line string) string {
	lines := strings.SplitAfter(text, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) > 0 && !strings.HasSuffix(lines[len(lines)-1], "\n") {
		lines[len(lines)-1] += "\n"
	}
	firstTable := len(lines)
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "[") {
			firstTable = i
			break
		}
	}
	for i := range firstTable {
		if setsKey(lines[i], key) {
			if line == "" {
				return strings.Join(append(lines[:i:i], lines[i+1:]...), "")
			}
			lines[i] = line + "\n"
			return strings.Join(lines, "")
		}
	}
	if line == "" {
		return strings.Join(lines, "")
	}
	// After the other top-level keys, before the blank lines and the
	// first table; a blank line keeps it apart from a table right below.
	at := firstTable
	for at > 0 && strings.TrimSpace(lines[at-1]) == "" {
		at--
	}
	add := []string{line + "\n"}
	if at < len(lines) && at == firstTable {
		add = append(add, "\n")
	}
	out := append(lines[:at:at], add...)
	return strings.Join(append(out, lines[at:]...), "")
}

// setsKey reports whether a TOML line assigns key ("key = ...", bare or
// quoted).
func setsKey(l, key string) bool {
	l = strings.TrimSpace(l)
	for _, k := range []string{key, `"` + key + `"`} {
		if rest, ok := strings.CutPrefix(l, k); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
			return true
		}
	}
	return false
}

// writeAtomic writes b to path through a temporary file in the same
// folder (0700, created when missing), so a crash never leaves half a
// settings file.
func writeAtomic(path string, b []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating the settings folder %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("writing the settings in %s: %w", dir, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(b); err != nil {
		return fmt.Errorf("writing the settings %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("writing the settings %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing the settings %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("saving the settings %s: %w", path, err)
	}
	return nil
}

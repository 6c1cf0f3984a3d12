package export

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
)

func esContext() procedures.Context {
	c := testContext()
	c.Lang = i18n.For(i18n.Spanish)
	return c
}

// englishWord is a common English word no Spanish sentence of tramite's
// uses; INM's ids (R-..., D-...) and the case's own data are not checked.
var englishWord = regexp.MustCompile(`\b(the|you|your|and|with|is|are|this|that|which|when|what|from|every|only|not|for|of|on|by)\b`)

func englishLines(text string) []string {
	var bad []string
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, "Sus notas:") || strings.Contains(l, "Nota añadida:") {
			continue // the user's own words
		}
		if englishWord.MatchString(regexp.MustCompile("`[^`]*`|\\([^)]*\\)").ReplaceAllString(l, "")) {
			bad = append(bad, l)
		}
	}
	return bad
}

// TestSpanishChecklistGolden pins the Spanish text and Markdown
// checklists of each core procedure; none reads as English.
func TestSpanishChecklistGolden(t *testing.T) {
	fs := fixtures()
	for _, format := range []string{"text", "markdown"} {
		for _, id := range coreIDs {
			t.Run(format+"/"+id, func(t *testing.T) {
				if _, err := procedures.Lookup(fs[id].kase.Procedure); err != nil {
					t.Skip(err)
				}
				v, err := casebook.NewDetail(fs[id].person, fs[id].kase, esContext())
				if err != nil {
					t.Fatal(err)
				}
				var b bytes.Buffer
				if err := Render(context.Background(), &b, format, nil, []casebook.Detail{v}, esContext(), ""); err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, b.Bytes())
				for _, l := range englishLines(b.String()) {
					t.Errorf("English in the Spanish %s: %q", format, l)
				}
			})
		}
	}
}

// TestJSONSameInEveryLanguage: the JSON export is byte-identical whichever
// language made it.
func TestJSONSameInEveryLanguage(t *testing.T) {
	people, cases := household(t)
	var out [2][]byte
	for i, ctx := range []procedures.Context{testContext(), esContext()} {
		cs, err := casebook.Household(people, cases, ctx)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := Render(context.Background(), &b, FormatJSON, people, cs, ctx, ""); err != nil {
			t.Fatal(err)
		}
		out[i] = b.Bytes()
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Errorf("the JSON export differs by language:\nEnglish:\n%s\nSpanish:\n%s", out[0], out[1])
	}
}

// TestPDFReadsBackInSpanish: the packet's own pages are Spanish.
func TestPDFReadsBackInSpanish(t *testing.T) {
	ctx := pdfCtx
	ctx.Lang = i18n.For(i18n.Spanish)
	c := pdfRenewal(t, pdfPerson("Ana María López Núñez"))
	p, _ := procedures.Lookup("renewal")
	c.Lang = ctx.Lang
	c.Outcome = c.Outcome.Localized(ctx.Lang)
	c.Deadlines = procedures.LocalizeDeadlines(ctx.Lang, c.Deadlines)
	c.Headline = casebook.Standing{Verdict: c.Outcome.Verdict}.HeadlineIn(ctx.Lang, ctx.Today, p.Yields)
	var b bytes.Buffer
	if err := PDF(&b, []PacketCase{c}, ctx, ""); err != nil {
		t.Fatal(err)
	}
	text := poppler(t, "pdftotext", b.Bytes())
	for what, want := range map[string]string{
		"the kicker":            "Paquete para presentar",
		"the dates' heading":    "Fechas importantes",
		"the checklist's title": "Lista de documentos",
		"a ticked document":     "(listo)",
		"originals and copies":  "Originales y copias: original + 1 copia de la hoja de datos",
		"the days left":         "(en 22 días)",
		"the letter's date":     "23 de noviembre de 2026",
		"the sources' title":    "Reglas revisadas: " + procedures.RulesChecked,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("%s: %q not in the Spanish PDF:\n%s", what, want, text)
		}
	}
	for _, gone := range []string{"Dates that matter", "Originals and copies", "Filing packet"} {
		if strings.Contains(text, gone) {
			t.Errorf("English %q in the Spanish PDF", gone)
		}
	}
}

// TestSpanishGuideGolden pins the Spanish guide to the online steps of
// each core procedure; none of its lines reads as English.
func TestSpanishGuideGolden(t *testing.T) {
	fs := fixtures()
	for _, format := range []string{FormatText, FormatMarkdown} {
		for _, id := range coreIDs {
			t.Run(format+"/"+id, func(t *testing.T) {
				if _, err := procedures.Lookup(fs[id].kase.Procedure); err != nil {
					t.Skip(err)
				}
				v, err := casebook.NewDetail(fs[id].person, fs[id].kase, esContext())
				if err != nil {
					t.Fatal(err)
				}
				var b bytes.Buffer
				if err := RenderGuide(&b, format, v, esContext()); err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, b.Bytes())
				for _, l := range englishLines(b.String()) {
					t.Errorf("English in the Spanish guide: %q", l)
				}
			})
		}
	}
}

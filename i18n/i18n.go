package i18n

import (
	"fmt"
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Lang is a language tramite speaks.
type Lang string

// The languages.
const (
	English Lang = "en"
	Spanish Lang = "es"
)

// Langs are the languages in the order --lang lists them.
var Langs = []Lang{Spanish, English}

// Msg is one message: its English text (the id) and its Spanish.
type Msg struct {
	// En is the English text and the message id: a fmt format string.
	En string
	// Es is the Spanish, with the same placeholders (explicit indexes,
	// %[2]s, may reorder them).
	Es string
	// One and EsOne, when set, are the singular forms (English and
	// Spanish) used when argument Arg (1-based; 1 when 0) is 1.
	One, EsOne string
	Arg        int
	// Same marks a text that is the same in both languages (a proper
	// name, an abbreviation such as NUT), so the tests accept Es == En.
	Same bool
	// Literal marks a text that is never a format ("50% of the fee"):
	// only Text looks it up, and its "%" are plain.
	Literal bool
}

// catalogs are the area files' messages (accessibleTexts in
// accessible.go, ...), in the order of the files and of the blocks in
// each. They are package-level values that the compiler lays out in the
// binary: no start of tramite copies them (issue 15: the init functions
// that added them copied 150 KB at every start, a tenth of tramite's own
// start-up). An area's block is a [][]Msg of one []Msg.
var catalogs = [][][]Msg{
	accessibleTexts, casebookTexts, caseshowTexts, cliTexts, clitoolsTexts,
	exportTexts, guideTexts, historyTexts, interviewTexts, interviewTexts2,
	interviewStepsTexts, officeTexts, officeTexts2, officeTexts3, polishTexts,
	proceduresOutcomesTexts, proceduresProblemsTexts,
	proceduresQuestionsTexts, proceduresReasonsTexts, robustTexts, tuiTexts,
	tuiTexts2, tuiScreensTexts, wordsTexts, importFileTexts, recordTexts,
}

// registered are the messages added by init functions (add), after the
// catalogs'.
var registered [][]Msg

// add registers an area's messages in an init function.
func add(ms []Msg) { registered = append(registered, ms) }

// blocks are the catalogs' and the registered messages, in order.
func blocks() [][]Msg {
	var out [][]Msg
	for _, c := range catalogs {
		out = append(out, c...)
	}
	return append(out, registered...)
}

// Messages returns every registered message (for tests and tooling).
func Messages() []Msg {
	var out []Msg
	for _, ms := range blocks() {
		out = append(out, ms...)
	}
	return out
}

var (
	spanishTag = language.MustParse("es-MX")
	englishTag = language.English
)

// tags maps a language to the tag its numbers and plurals follow.
func (l Lang) tag() language.Tag {
	if l == Spanish {
		return spanishTag
	}
	return englishTag
}

// Printer words messages in one language. A nil *Printer is English, so
// a zero procedures.Context keeps speaking English.
type Printer struct {
	lang Lang
	// mp formats the messages with plural forms; made on first use.
	mp func() *message.Printer
	// msgs are the messages with an entry: in Spanish every one, each
	// without plural forms worded by its Es as written; in English those
	// with plural forms (mp words them).
	msgs *msgIndex
}

// Issue 15: every start of tramite made its printer, so each part is made
// only when a command needs it: English reads the plural messages alone;
// x/text compiles each of them (and only them: T and Text read the others
// from text) when it is first worded; Spanish indexes every message.

// isPlural reports whether m has singular forms.
func (m *Msg) isPlural() bool { return m.One != "" || m.EsOne != "" }

// pluralCatalog holds the messages with plural forms, both languages,
// each compiled when it is first worded (compilePlural): compiling every
// one of them cost the first plural of each command about a millisecond
// (issue 15), a fifth of a short listing.
var pluralCatalog = sync.OnceValue(func() *catalog.Builder {
	return catalog.NewBuilder(catalog.Fallback(englishTag))
})

// compiled are the English keys compilePlural has set in pluralCatalog.
var compiled sync.Map

// compilePlural sets m's forms in pluralCatalog, in both languages, once.
// The catalog's own lock makes a second setting, by a goroutine racing
// this one, harmless: it sets the same forms.
func compilePlural(m *Msg) {
	if _, done := compiled.Load(m.En); done {
		return
	}
	b := pluralCatalog()
	arg := m.Arg
	if arg == 0 {
		arg = 1
	}
	one := m.One
	if one == "" {
		one = m.En
	}
	esOne := m.EsOne
	if esOne == "" {
		esOne = m.Es
	}
	must(b.Set(englishTag, m.En, plural.Selectf(arg, "", "one", one, "other", m.En)))
	must(b.Set(spanishTag, m.En, plural.Selectf(arg, "", "one", esOne, "other", m.Es)))
	compiled.Store(m.En, struct{}{})
}

// printerOf returns the lazily made x/text printer of tag.
func printerOf(tag language.Tag) func() *message.Printer {
	return sync.OnceValue(func() *message.Printer {
		return message.NewPrinter(tag, message.Catalog(pluralCatalog()))
	})
}

// english is the English printer: only the messages with plural forms
// have an entry.
var english = sync.OnceValue(func() *Printer {
	return &Printer{lang: English, mp: printerOf(englishTag), msgs: newMsgIndex(blocks(), (*Msg).isPlural)}
})

// spanish is the Spanish printer: every message has an entry.
var spanish = sync.OnceValue(func() *Printer {
	return &Printer{lang: Spanish, mp: printerOf(spanishTag), msgs: newMsgIndex(blocks(), func(*Msg) bool { return true })}
})

func must(err error) {
	if err != nil {
		panic("i18n: " + err.Error())
	}
}

// For returns the printer of l (English for an unknown l).
func For(l Lang) *Printer {
	if l == Spanish {
		return spanish()
	}
	return english()
}

// Lang is the printer's language; English for nil.
func (p *Printer) Lang() Lang {
	if p == nil {
		return English
	}
	return p.lang
}

// Spanish reports whether p speaks Spanish.
func (p *Printer) Spanish() bool { return p.Lang() == Spanish }

// T words the message whose English text is key with args, in p's
// language. A key with no entry is the English text itself (formatted
// with args as fmt does; returned as is without args). A message with
// plural forms is formatted by x/text's printer, which picks the form;
// every other one by fmt, so that numbers print as the program gives them
// (a year is 2026, a case 1234, never "1,234").
func (p *Printer) T(key string, args ...any) string {
	if p == nil {
		p = For(English)
	}
	format := key
	if m := p.msgs.get(key); m != nil {
		if m.isPlural() {
			compilePlural(m)
			return p.mp().Sprintf(key, args...)
		}
		format = m.Es
	}
	if len(args) == 0 {
		return format
	}
	return fmt.Sprintf(format, args...)
}

// Text is the translation of a text that is not a format (a question's
// prompt, a stored title): s itself in English or when it has no entry.
// Nothing in it is formatted, so a "%" stays as it is.
func (p *Printer) Text(s string) string {
	if p == nil || p.lang == English {
		return s
	}
	if m := p.msgs.get(s); m != nil && !m.isPlural() {
		return m.Es
	}
	return s
}

// Has reports whether key has an entry in p's language (for English,
// only the messages with plural forms have one).
func (p *Printer) Has(key string) bool {
	if p == nil {
		p = For(English)
	}
	return p.msgs.get(key) != nil
}

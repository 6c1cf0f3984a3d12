package pgstore

import (
	"context"
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
	"tramite/store/storetest"
)

// exec runs sql on the database at addr, outside any Store.
func exec(t *testing.T, addr, sql string, args ...any) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql, args...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

func mustOpen(t *testing.T, addr string, opt store.Options) *Store {
	t.Helper()
	s, err := Open(addr, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestNewerSchemaIsRefusedUntouched(t *testing.T) {
	addr := freshSchema(t)
	s := mustOpen(t, addr, store.Options{})
	s.Close()
	exec(t, addr, `UPDATE tramite_meta SET value = '99' WHERE key = 'schema'`)
	for _, ro := range []bool{false, true} {
		_, err := Open(addr, store.Options{ReadOnly: ro})
		if !errors.Is(err, store.ErrNewerSchema) || !strings.Contains(err.Error(), "update tramite") {
			t.Errorf("Open (read-only %v) of a newer schema = %v; want ErrNewerSchema saying to update", ro, err)
		}
	}
}

func TestAnotherProgramsTablesAreRefused(t *testing.T) {
	addr := freshSchema(t)
	exec(t, addr, `CREATE TABLE people (id int)`)
	if _, err := Open(addr, store.Options{}); !errors.Is(err, store.ErrNotTramite) {
		t.Errorf("Open of a schema with another program's people table = %v; want ErrNotTramite", err)
	}
}

func TestReadOnlyOpenOfAnEmptyDatabaseCreatesNothing(t *testing.T) {
	addr := freshSchema(t)
	if _, err := Open(addr, store.Options{ReadOnly: true}); !errors.Is(err, ErrNoTables) {
		t.Fatalf("read-only Open of an empty schema = %v; want 'no tramite database'", err)
	}
	s := mustOpen(t, addr, store.Options{})
	if people, err := s.People(); err != nil || len(people) != 0 {
		t.Errorf("after the read-only open: %v, %v", people, err)
	}
}

// An older schema is upgraded in one transaction (here this one, by the
// code of the next); a step that fails
// leaves the database as it was (PostgreSQL's DDL is transactional).
func TestOlderSchemaIsMigratedInOneTransaction(t *testing.T) {
	addr := freshSchema(t)
	s := mustOpen(t, addr, store.Options{})
	p := store.Person{Name: "Ana"}
	if err := s.SavePerson(&p); err != nil {
		t.Fatal(err)
	}
	s.Close()

	next := SchemaVersion + 1
	failing := schema{version: next, steps: map[int]migration{SchemaVersion: func(ctx context.Context, tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `ALTER TABLE people ADD COLUMN nickname text`); err != nil {
			return err
		}
		return errors.New("step failed on purpose")
	}}}
	if _, err := open(addr, store.Options{}, failing); err == nil || !strings.Contains(err.Error(), "nothing was changed") {
		t.Fatalf("open with a failing step = %v; want its error", err)
	}
	// This code still opens it: nothing changed.
	s = mustOpen(t, addr, store.Options{})
	s.Close()

	ok := schema{version: next, steps: map[int]migration{SchemaVersion: func(ctx context.Context, tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `ALTER TABLE people ADD COLUMN nickname text`)
		return err
	}}}
	s2, err := open(addr, store.Options{}, ok)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s2.Person(p.ID); err != nil || got.Name != "Ana" {
		t.Errorf("after the upgrade Person = %+v, %v", got, err)
	}
	s2.Close()
	if _, err := Open(addr, store.Options{}); !errors.Is(err, store.ErrNewerSchema) {
		t.Errorf("this code on the upgraded database = %v; want ErrNewerSchema", err)
	}
}

// When the rules change, a read-write open rebuilds the index; a
// read-only one computes the rows from the cases.
func TestOpenRebuildsTheIndexWhenRulesChange(t *testing.T) {
	addr := freshSchema(t)
	s := mustOpen(t, addr, store.Options{})
	storetest.SeedCases(t, s, 5)
	want, err := s.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	exec(t, addr, `UPDATE summaries SET person = 'stale' WHERE case_id = 2`)
	exec(t, addr, `DELETE FROM deadlines WHERE case_id = 3`)
	exec(t, addr, `UPDATE tramite_meta SET value = 'old rules' WHERE key = 'rules'`)

	ro := mustOpen(t, addr, store.Options{ReadOnly: true})
	if got, err := ro.Summaries(); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("read-only Summaries with stale rules:\n got %+v (%v)\nwant %+v", got, err, want)
	}
	rw := mustOpen(t, addr, store.Options{})
	if got, err := rw.Summaries(); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Summaries after reopening with new rules:\n got %+v (%v)\nwant %+v", got, err, want)
	}
}

// The password is in no error and not in Path.
func TestPasswordsAreRedacted(t *testing.T) {
	addr := serverAddr(t)
	u, err := url.Parse(addr)
	if err != nil {
		t.Skip("the test address is not a URL")
	}
	secret := "s3cr3t-Pa55word"
	u.User = url.UserPassword(u.User.Username(), secret)
	bad := u.String()
	_, err = Open(bad, store.Options{})
	if err == nil {
		t.Fatal("Open with a wrong password succeeded")
	}
	if strings.Contains(err.Error(), secret) {
		t.Errorf("the error shows the password: %v", err)
	}
	// An unreachable port: the error says so, without the password.
	u.Host = "127.0.0.1:1"
	_, err = Open(u.String(), store.Options{})
	if err == nil || strings.Contains(err.Error(), secret) || !errors.Is(err, ErrUnreachable) {
		t.Errorf("Open of an unreachable server = %v; want ErrUnreachable without the password", err)
	}
	// A malformed address with a password.
	_, err = Open("postgres://u:"+secret+"@host:notaport/db", store.Options{})
	if err == nil || strings.Contains(err.Error(), secret) {
		t.Errorf("Open of a malformed address = %v; want an error without the password", err)
	}
	s := mustOpen(t, freshSchema(t), store.Options{})
	if pw, _ := url.Parse(addr); pw != nil {
		if p, ok := pw.User.Password(); ok && p != "" && strings.Contains(s.Path(), p) {
			t.Errorf("Path() = %q shows the password", s.Path())
		}
	}
}

func TestIsAddress(t *testing.T) {
	for addr, want := range map[string]bool{
		"postgres://u@h/db":            true,
		"postgresql://h/db":            true,
		"host=/tmp dbname=tramite":     true,
		"dbname=tramite":               true,
		"/home/ana/tramite.db":         false,
		"tramite.db":                   false,
		"./postgres/tramite.db":        false,
		"C:/Users/ana/host=1/tramite":  false,
		"my folder/with host=x/tr.db ": false,
	} {
		if got := IsAddress(addr); got != want {
			t.Errorf("IsAddress(%q) = %v, want %v", addr, got, want)
		}
	}
}

// Closures set at one desk reach another desk's writes: rows are computed
// with the closures read in the writing transaction.
func TestClosuresSetAtAnotherDeskApplyToNewRows(t *testing.T) {
	proc, err := procedures.Lookup("renewal")
	if err != nil {
		t.Skip("no renewal procedure")
	}
	addr := freshSchema(t)
	a := mustOpen(t, addr, store.Options{})
	b := mustOpen(t, addr, store.Options{})
	if err := a.SetClosures([]procedures.Date{procedures.MustDate("2027-03-25")}); err != nil {
		t.Fatal(err)
	}
	ana := store.Person{Name: "Ana"}
	if err := b.SavePerson(&ana); err != nil {
		t.Fatal(err)
	}
	c := store.Case{PersonID: ana.ID, Procedure: proc.ID,
		Answers: storetest.FillAnswers(proc, procedures.Answers{"card_type": "temporary", "card_expiry": "2027-03-25"})}
	if err := b.SaveCase(&c); err != nil {
		t.Fatal(err)
	}
	rows, err := b.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range rows[0].Deadlines {
		if d.Key == "renewal-window-closes" && d.ActBy != procedures.MustDate("2027-03-24") {
			t.Errorf("a row written at desk B ignores desk A's closure: act by %s (R-DAYS-CLOSED)", d.ActBy)
		}
	}
	if b.Calendar().IsBusinessDay(procedures.MustDate("2027-03-25")) {
		t.Error("desk B's calendar does not know desk A's closure after writing")
	}
}

// A schema-1 database (no person_words) is upgraded at the first
// read-write open: every person is indexed by their name's words.
func TestSchema1GainsThePeoplesWords(t *testing.T) {
	addr := freshSchema(t)
	s := mustOpen(t, addr, store.Options{})
	for _, n := range []string{"Élodie Marchand", "Ana Núñez", "Anabel Ruiz"} {
		p := store.Person{Name: n}
		if err := s.SavePerson(&p); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	exec(t, addr, undoSchema3+`DROP TABLE person_words; UPDATE tramite_meta SET value = '1' WHERE key = 'schema'`)
	s = mustOpen(t, addr, store.Options{})
	defer s.Close()
	got, err := s.PeopleMatching("ana")
	if err != nil || len(got) != 2 || got[0].Name != "Ana Núñez" || got[1].Name != "Anabel Ruiz" {
		t.Errorf("after the upgrade PeopleMatching(ana) = %+v, %v; want Ana Núñez and Anabel Ruiz", got, err)
	}
	if got, err := s.PeopleMatching("elodie marc"); err != nil || len(got) != 1 {
		t.Errorf("after the upgrade PeopleMatching(elodie marc) = %+v, %v; want Élodie Marchand", got, err)
	}
}

// A schema-1 database (no history) is upgraded: every case's history
// begins at the upgrade (record.EventBegun), as on the bbolt engine.
func TestSchema1CasesBeginTheirHistory(t *testing.T) {
	addr := freshSchema(t)
	s := mustOpen(t, addr, store.Options{})
	p := store.Person{Name: "Ana"}
	if err := s.SavePerson(&p); err != nil {
		t.Fatal(err)
	}
	c := store.Case{PersonID: p.ID, Procedure: "renewal", Progress: procedures.Progress{Stage: procedures.StageDraft}}
	if err := s.SaveCase(&c); err != nil {
		t.Fatal(err)
	}
	s.Close()
	exec(t, addr, `UPDATE cases SET data = (data::jsonb - 'history')::json`)
	exec(t, addr, undoSchema3+`DROP TABLE person_words; UPDATE tramite_meta SET value = '1' WHERE key = 'schema'`)

	s = mustOpen(t, addr, store.Options{})
	defer s.Close()
	got, err := s.Case(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.History) != 1 || got.History[0].Kind != record.EventBegun || got.History[0].At.IsZero() {
		t.Fatalf("history after the upgrade = %+v; want one history-begun entry", got.History)
	}
	if err := s.SetProgress(c.ID, procedures.Progress{Stage: procedures.StageReady}); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Case(c.ID)
	if len(got.History) != 2 || got.History[1].Stage != procedures.StageReady {
		t.Errorf("history after a move = %+v", got.History)
	}
}

// undoSchema3 takes a database of this code back to schema 2's tables.
const undoSchema3 = `ALTER TABLE people DROP COLUMN name_fold; DROP INDEX people_uid, cases_uid;`

// A schema-2 database (no folded names, no uid indexes) is upgraded at
// the first read-write open: every person gets their folded name, so an
// import finds a stored person by a name without accents, and a stored
// case by its uid.
func TestSchema2GainsFoldedNames(t *testing.T) {
	addr := freshSchema(t)
	s := mustOpen(t, addr, store.Options{})
	var people []store.Person
	for _, n := range []string{"Élodie Marchand", "Ana Núñez", "Zoë Ørsted"} {
		p := store.Person{Name: n}
		if err := s.SavePerson(&p); err != nil {
			t.Fatal(err)
		}
		people = append(people, p)
	}
	c := store.Case{PersonID: people[1].ID, Procedure: "renewal"}
	if err := s.SaveCase(&c); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	exec(t, addr, undoSchema3+`UPDATE tramite_meta SET value = '2' WHERE key = 'schema'`)
	// The upgrade keeps the index as it is: a row it would rebuild
	// differently shows it was not rebuilt.
	exec(t, addr, `UPDATE summaries SET person = 'as stored' WHERE case_id = $1`, int64(c.ID))

	s = mustOpen(t, addr, store.Options{})
	after, err := s.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(rows) || after[0].Person != "as stored" {
		t.Errorf("the upgrade to schema 3 rebuilt the index: %+v", after)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var schemaNow string
	if err := conn.QueryRow(ctx, `SELECT value FROM tramite_meta WHERE key = 'schema'`).Scan(&schemaNow); err != nil || schemaNow != "3" {
		t.Fatalf("schema after the upgrade = %q, %v; want 3", schemaNow, err)
	}
	for _, p := range people {
		var fold string
		if err := conn.QueryRow(ctx, `SELECT name_fold FROM people WHERE id = $1`, int64(p.ID)).Scan(&fold); err != nil || fold != record.FoldName(p.Name) {
			t.Errorf("name_fold of %s after the upgrade = %q, %v; want %q", p.Name, fold, err, record.FoldName(p.Name))
		}
	}
	res, err := s.Import([]store.Person{{ID: 1, Name: "ELODIE marchand"}, {ID: 2, Name: "ana nunez"}},
		[]store.Case{{ID: 9, UID: c.UID, PersonID: 2, Procedure: "renewal", Created: c.Created, Updated: c.Updated}})
	if err != nil {
		t.Fatal(err)
	}
	if res.People[0].ID != people[0].ID || res.People[1].ID != people[1].ID || res.CasesHow[0] != store.ImportUnchanged || res.Cases[0].ID != c.ID {
		t.Errorf("import after the upgrade: people %d %d, case %d %v; want the stored %d %d and case %d unchanged",
			res.People[0].ID, res.People[1].ID, res.Cases[0].ID, res.CasesHow[0], people[0].ID, people[1].ID, c.ID)
	}
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM people WHERE name_fold IS NULL`).Scan(&n); err != nil || n != 0 {
		t.Errorf("people without a folded name: %d, %v", n, err)
	}
}

// An import reads only the stored records it may match: the people whose
// uid, folded name or name key it brings, with their cases, and the cases
// whose uid it brings; not the thousand other people and their cases.
func TestImportReadsOnlyWhatItMayMatch(t *testing.T) {
	addr := freshSchema(t)
	s := mustOpen(t, addr, store.Options{})
	people, cases := benchData(5000) // 1,000 people "Cliente N", 5 cases each
	for i := range cases {
		cases[i].UID = record.NewUID()
	}
	if err := s.Load(people, cases, nil); err != nil {
		t.Fatal(err)
	}
	var loaded [2]int
	importLoaded = func(p, c int) { loaded = [2]int{p, c} }
	defer func() { importLoaded = nil }()
	res, err := s.Import([]store.Person{{ID: 1, Name: "CLIENTE 7"}, {ID: 2, Name: "Nueva Persona"}},
		[]store.Case{{ID: 1, PersonID: 1, Procedure: "renewal"}, {ID: 2, PersonID: 2, Procedure: "renewal"}})
	if err != nil {
		t.Fatal(err)
	}
	if res.People[0].ID != 8 || res.PeopleHow[1] != store.ImportNew || res.CasesHow[0] != store.ImportNew || res.CasesHow[1] != store.ImportNew {
		t.Errorf("import: people %+v %v, cases %v; want Cliente 7 (id 8) reused, a new person, a new case", res.People, res.PeopleHow, res.CasesHow)
	}
	if loaded != [2]int{1, 5} {
		t.Errorf("the import loaded %d people and %d cases; want Cliente 7 and their 5 cases", loaded[0], loaded[1])
	}
	// A stored case's uid brings that case (and its person's, when the
	// person is among the import's): here the last case, whose person is not.
	stored, err := s.Case(5000)
	if err != nil {
		t.Fatal(err)
	}
	res, err = s.Import([]store.Person{{ID: 1, Name: "Otra Persona"}},
		[]store.Case{{ID: 1, UID: stored.UID, PersonID: 1, Procedure: "renewal"}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Cases[0].ID != stored.ID || res.CasesHow[0] != store.ImportConflict {
		t.Errorf("a case with a stored uid: case %d %v; want case %d, kept as stored (a conflict)", res.Cases[0].ID, res.CasesHow[0], stored.ID)
	}
	if loaded != [2]int{0, 1} {
		t.Errorf("an import of a stored case's uid loaded %d people and %d cases; want that case alone", loaded[0], loaded[1])
	}
}

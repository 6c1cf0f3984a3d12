package pgstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// SchemaVersion is the table layout this code writes. Bump it when the
// tables change and add the step that upgrades the previous version in
// currentSchema; Open runs the steps in one transaction.
//
// Version 2 added person_words (words.go) and a history in each case's
// data (issue 19): a tramite that knows only version 1 would drop it on the
// next save, so it must refuse the database; upgrading marks where each
// stored case's history begins.
//
// Version 3 added people.name_fold and the uid indexes (fold.go): a
// tramite that knows only version 2 would write people without their
// folded name, which imports look people up by.
const SchemaVersion = 3

// appID marks a database as tramite's (tramite_meta.app).
const appID = "tramite"

// schemaV1 creates the tables of version 1.
const schemaV1 = `
CREATE TABLE tramite_meta (
	key   text PRIMARY KEY,
	value text NOT NULL
);
CREATE SEQUENCE people_id_seq AS bigint;
CREATE TABLE people (
	id       bigint PRIMARY KEY,
	name_key text NOT NULL UNIQUE,
	data     json NOT NULL
);
CREATE SEQUENCE cases_id_seq AS bigint;
CREATE TABLE cases (
	id        bigint PRIMARY KEY,
	person_id bigint NOT NULL REFERENCES people (id),
	version   bigint NOT NULL,
	updated   timestamptz NOT NULL,
	data      json NOT NULL
);
CREATE INDEX cases_person ON cases (person_id, id);
CREATE TABLE summaries (
	case_id    bigint PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
	person_id  bigint NOT NULL,
	person     text NOT NULL,
	procedure  text NOT NULL,
	stage      text NOT NULL,
	updated_ns bigint NOT NULL
);
CREATE INDEX summaries_person ON summaries (person_id);
CREATE TABLE deadlines (
	case_id      bigint NOT NULL REFERENCES summaries (case_id) ON DELETE CASCADE,
	ord          int NOT NULL,
	key          text NOT NULL,
	date         date,
	act_by       date,
	act_date     date GENERATED ALWAYS AS (coalesce(act_by, date)) STORED,
	kind         int NOT NULL,
	title        text NOT NULL,
	note         text NOT NULL,
	rule         text NOT NULL,
	done         boolean NOT NULL,
	after_filing boolean NOT NULL,
	if_missed    text NOT NULL,
	PRIMARY KEY (case_id, ord)
);
CREATE INDEX deadlines_act ON deadlines (act_date, case_id, key);
`

// migration upgrades the tables from one version to the next inside the
// open's single transaction.
type migration func(ctx context.Context, tx pgx.Tx) error

type schema struct {
	version int
	steps   map[int]migration
	// keepsIndex marks the steps (by the version they upgrade) that leave
	// the summaries and deadlines as they are; an upgrade through any
	// other step rebuilds the index.
	keepsIndex map[int]bool
}

// rebuildsIndex reports whether upgrading from version from rebuilds the
// index.
func (sc schema) rebuildsIndex(from int) bool {
	for v := from; v < sc.version; v++ {
		if !sc.keepsIndex[v] {
			return true
		}
	}
	return false
}

// currentSchema is the schema of this code and its upgrade steps.
func currentSchema() schema {
	// Schema 3 adds a column and indexes the summaries do not read: its
	// upgrade keeps them (100,000 cases: the upgrade took 18.6 s with a
	// rebuild, 3.4 to 4.1 s without).
	return schema{version: SchemaVersion, steps: map[int]migration{1: migrate1to2, 2: migrate2to3}, keepsIndex: map[int]bool{2: true}}
}

// migrate1to2 adds the people's name words and begins the history of
// every stored case.
func migrate1to2(ctx context.Context, tx pgx.Tx) error {
	if err := addPersonWords(ctx, tx); err != nil {
		return err
	}
	return beginHistories(ctx, tx)
}

// beginHistories begins the history of every stored case, as the bbolt
// engine's upgrade does: an entry saying nothing was recorded before.
func beginHistories(ctx context.Context, tx pgx.Tx) error {
	_, err := tx.Exec(ctx, `UPDATE cases SET data = (data::jsonb || jsonb_build_object('history',
		jsonb_build_array(jsonb_build_object('at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'kind', $1::text))))::json
		WHERE coalesce(jsonb_array_length(data::jsonb -> 'history'), 0) = 0`, record.EventBegun)
	return err
}

// lockKey is the advisory lock that serialises creating and upgrading
// the tables across desks (per schema: see prepare).
const lockSQL = `SELECT pg_advisory_xact_lock(hashtextextended('tramite:' || current_schema(), 0))`

// metaState is what tramite_meta says.
type metaState struct {
	exists   bool
	schema   int
	rules    string
	closures []procedures.Date
}

// readState reads tramite_meta; exists is false when the table is absent.
// A database with tables of its own but no tramite_meta is refused.
func readState(ctx context.Context, tx pgx.Tx, sc schema) (metaState, error) {
	var reg *string
	if err := tx.QueryRow(ctx, `SELECT to_regclass('tramite_meta')::text`).Scan(&reg); err != nil {
		return metaState{}, err
	}
	if reg == nil {
		var others int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM information_schema.tables
			WHERE table_schema = current_schema() AND table_name IN ('people', 'cases', 'summaries', 'deadlines')`).Scan(&others); err != nil {
			return metaState{}, err
		}
		if others > 0 {
			return metaState{}, fmt.Errorf("%w (its schema has tables named people or cases but no tramite_meta): use another database or schema (?search_path=NAME)", store.ErrNotTramite)
		}
		return metaState{}, nil
	}
	meta := map[string]string{}
	rows, err := tx.Query(ctx, `SELECT key, value FROM tramite_meta`)
	if err != nil {
		return metaState{}, err
	}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return metaState{}, err
		}
		meta[k] = v
	}
	if err := rows.Err(); err != nil {
		return metaState{}, err
	}
	if meta["app"] != appID {
		return metaState{}, fmt.Errorf("%w (tramite_meta names the app %q)", store.ErrNotTramite, meta["app"])
	}
	v, err := strconv.Atoi(meta["schema"])
	if err != nil || v < 1 {
		return metaState{}, fmt.Errorf("%w (its schema version %q is unreadable)", store.ErrNotTramite, meta["schema"])
	}
	if v > sc.version {
		return metaState{}, fmt.Errorf("%w (schema %d; this tramite reads up to %d): update tramite at this desk", store.ErrNewerSchema, v, sc.version)
	}
	for from := v; from < sc.version; from++ {
		if sc.steps[from] == nil {
			return metaState{}, fmt.Errorf("schema %d is too old for this tramite (no upgrade from it)", v)
		}
	}
	st := metaState{exists: true, schema: v, rules: meta["rules"]}
	if c := meta["closures"]; c != "" {
		if err := json.Unmarshal([]byte(c), &st.closures); err != nil {
			return metaState{}, fmt.Errorf("its list of office closures is damaged: %w", err)
		}
	}
	return st, nil
}

// prepare creates, upgrades or reindexes the database as needed. Reads
// come first without a lock; only a change takes the advisory lock, and
// then reads again (another desk may have done it meanwhile).
func (s *Store) prepare(ctx context.Context, sc schema) error {
	var st metaState
	err := s.read("opening "+s.name, func(ctx context.Context, tx pgx.Tx) (err error) {
		st, err = readState(ctx, tx, sc)
		return err
	})
	if err != nil {
		return err
	}
	current := st.exists && st.schema == sc.version && st.rules == store.RulesVersion()
	if current || s.readOnly {
		if s.readOnly && !st.exists {
			return fmt.Errorf("%w (%s): create a case with `tramite new` (or try `tramite demo`), which creates tramite's tables", ErrNoTables, s.name)
		}
		if s.readOnly && st.schema < sc.version {
			return fmt.Errorf("%s was written by an older tramite: open it once without read-only so tramite can upgrade it", s.name)
		}
		s.setCalendar(calendarOf(st.closures))
		s.staleIndex = s.readOnly && st.rules != store.RulesVersion()
		return nil
	}
	return s.write("setting up the database", func(ctx context.Context, tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, lockSQL); err != nil {
			return err
		}
		st, err := readState(ctx, tx, sc)
		if err != nil {
			return err
		}
		if !st.exists {
			if _, err := tx.Exec(ctx, schemaV1+schemaV2); err != nil {
				return fmt.Errorf("creating the tables: %w", err)
			}
			if err := addFolds(ctx, tx); err != nil {
				return fmt.Errorf("creating the tables: %w", err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO tramite_meta (key, value) VALUES
				('app', $1), ('schema', $2), ('rules', ''), ('closures', '[]'), ('generation', '0')`,
				appID, strconv.Itoa(sc.version)); err != nil {
				return err
			}
			st = metaState{exists: true, schema: sc.version}
		}
		for v := st.schema; v < sc.version; v++ {
			if err := sc.steps[v](ctx, tx); err != nil {
				return fmt.Errorf("upgrading schema %d to %d (nothing was changed): %w", v, v+1, err)
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE tramite_meta SET value = $1 WHERE key = 'schema'`, strconv.Itoa(sc.version)); err != nil {
			return err
		}
		cal := calendarOf(st.closures)
		if st.rules != store.RulesVersion() || sc.rebuildsIndex(st.schema) {
			if err := reindex(ctx, tx, cal); err != nil {
				return err
			}
		}
		s.setCalendar(cal)
		return nil
	})
}

// errNoMeta: tramite_meta lacks a row every version has.
var errNoMeta = errors.New("the database is damaged: tramite_meta lacks a row")

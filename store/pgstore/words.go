package pgstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"tramite/record"
	"tramite/store"
)

// schemaV2 adds person_words (schema 2): each person under each word of
// their folded name (store.NameWords), kept with the person in the same
// transaction, so that PeopleMatching reads the few people whose words
// begin with the typed ones. The words sort bytewise (COLLATE "C") so
// that a prefix (LIKE 'w%') is a range of the primary key.
const schemaV2 = `
CREATE TABLE person_words (
	word      text COLLATE "C" NOT NULL,
	person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
	PRIMARY KEY (word, person_id)
);
CREATE INDEX person_words_person ON person_words (person_id);
`

// addPersonWords creates person_words and fills it with every person.
func addPersonWords(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, schemaV2); err != nil {
		return err
	}
	var words [][]any
	if err := eachPersonName(ctx, tx, func(id int64, name string) {
		words = appendWords(words, uint64(id), name)
	}); err != nil {
		return err
	}
	return copyWords(ctx, tx, words)
}

// eachPersonName calls fn with every stored person's id and name (the
// upgrades that fill a column or table from the names).
func eachPersonName(ctx context.Context, tx pgx.Tx, fn func(id int64, name string)) error {
	rows, err := tx.Query(ctx, `SELECT id, data->>'name' FROM people`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id   int64
			name string
		)
		if err := rows.Scan(&id, &name); err != nil {
			return err
		}
		fn(id, name)
	}
	return rows.Err()
}

// appendWords adds the rows of person id's name words.
func appendWords(rows [][]any, id uint64, name string) [][]any {
	for _, w := range store.NameWords(name) {
		rows = append(rows, []any{w, int64(id)})
	}
	return rows
}

// copyWords writes rows of person_words.
func copyWords(ctx context.Context, tx pgx.Tx, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"person_words"}, []string{"word", "person_id"}, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("indexing the people's names: %w", err)
	}
	return nil
}

// putWords replaces person id's name words.
func putWords(ctx context.Context, tx pgx.Tx, id uint64, name string) error {
	if _, err := tx.Exec(ctx, `DELETE FROM person_words WHERE person_id = $1`, int64(id)); err != nil {
		return err
	}
	ws := store.NameWords(name)
	if len(ws) == 0 {
		return nil
	}
	_, err := tx.Exec(ctx, `INSERT INTO person_words (word, person_id) SELECT unnest($1::text[]), $2`, ws, int64(id))
	return err
}

// likePrefix is w as a LIKE pattern matching what begins with it.
func likePrefix(w string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(w) + "%"
}

// PeopleMatching is store.Engine's: the people whose folded name has a
// word beginning with each folded word of typed, in id order, found
// through person_words.
func (s *Store) PeopleMatching(typed string) ([]Person, error) {
	words := strings.Fields(record.FoldName(typed))
	if len(words) == 0 || strings.ContainsRune(typed, 0) {
		return nil, nil
	}
	var (
		q    strings.Builder
		args []any
	)
	q.WriteString(`SELECT id, data FROM people WHERE id IN (`)
	for i, w := range words {
		if i > 0 {
			q.WriteString(" INTERSECT ")
		}
		args = append(args, likePrefix(w))
		fmt.Fprintf(&q, `SELECT person_id FROM person_words WHERE word LIKE $%d`, len(args))
	}
	q.WriteString(`) ORDER BY id`)
	var out []Person
	err := s.read("looking for people by name", func(ctx context.Context, tx pgx.Tx) error {
		rows, err := tx.Query(ctx, q.String(), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				id   int64
				data []byte
			)
			if err := rows.Scan(&id, &data); err != nil {
				return err
			}
			p, err := decodePerson(uint64(id), data)
			if err != nil {
				return err
			}
			out = append(out, p)
		}
		return rows.Err()
	})
	return out, err
}

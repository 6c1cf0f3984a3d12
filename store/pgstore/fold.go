package pgstore

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"tramite/record"
)

// schemaV3 lets an import look up only the records it brings (schema 3):
// each person's folded name (record.FoldName, which PostgreSQL cannot
// compute as Go does, so every write of a person sets it) and the uids of
// people and cases, all indexed. An import then reads the stored people
// whose uid, folded name or name key is among its own, and their cases,
// instead of every person and every case (ImportWith).
const schemaV3 = `
ALTER TABLE people ADD COLUMN name_fold text COLLATE "C";
CREATE INDEX people_fold ON people (name_fold, id);
CREATE INDEX people_uid ON people ((data->>'uid'));
CREATE INDEX cases_uid ON cases ((data->>'uid'));
`

// migrate2to3 adds the folded names and the uid indexes.
func migrate2to3(ctx context.Context, tx pgx.Tx) error { return addFolds(ctx, tx) }

// addFolds creates schema 3's column and indexes and fills name_fold for
// every stored person in one statement.
func addFolds(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, schemaV3); err != nil {
		return err
	}
	var (
		ids   []int64
		folds []string
	)
	if err := eachPersonName(ctx, tx, func(id int64, name string) {
		ids, folds = append(ids, id), append(folds, record.FoldName(name))
	}); err != nil {
		return err
	}
	if len(ids) > 0 {
		if _, err := tx.Exec(ctx, `UPDATE people SET name_fold = f.fold
			FROM unnest($1::bigint[], $2::text[]) AS f (id, fold) WHERE people.id = f.id`, ids, folds); err != nil {
			return fmt.Errorf("folding the people's names: %w", err)
		}
	}
	_, err := tx.Exec(ctx, `ALTER TABLE people ALTER COLUMN name_fold SET NOT NULL`)
	return err
}

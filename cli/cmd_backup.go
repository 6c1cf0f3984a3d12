package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"tramite/store"
)

func newBackupCmd(a *app) *cobra.Command {
	var (
		out   string
		force bool
	)
	cmd := &cobra.Command{
		Use:   "backup",
		Short: a.T("Write a consistent copy of the database"),
		Long: a.T(`Write a consistent copy of the database. By default the copy goes next to
the database as tramite-backup-YYYY-MM-DD.db; it never overwrites a file
unless --force.

It works while the dashboard is open (the copy is one consistent read).
The dashboard keeps a copy of its own once a day, when it opens
(tramite.db.backup-YYYY-MM-DD beside the file, the last three).`),
		Example: "  tramite backup\n  tramite backup -o ~/Dropbox/tramite.db",
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if isPostgres(a.dbPath()) {
				return a.errorf("a PostgreSQL database is backed up by its server (pg_dump), or copied to a file with `tramite db copy --to FILE`")
			}
			today, err := a.today()
			if err != nil {
				return err
			}
			dst := out
			if dst == "" {
				dst = defaultBackupPath(a.dbPath(), today.String())
			}
			if fi, err := os.Stat(filepath.Dir(dst)); err != nil || !fi.IsDir() {
				return a.errorf("the folder %s does not exist: create it, or choose another -o FILE", filepath.Dir(dst))
			}
			if _, err := os.Lstat(dst); err == nil && !force {
				return a.errorf("%s already exists: pass --force to replace it, or -o FILE for another name", dst)
			}
			st, err := a.openStore(true)
			if errors.Is(err, errNoDB) {
				return a.errorf("nothing to back up: %w", err)
			}
			if err != nil {
				return err
			}
			defer st.Close()
			// BackupTo never overwrites; with --force the copy is written
			// beside the target and renamed over it, so the old copy stays
			// whole until the new one is.
			tmp := dst
			if force {
				tmp = fmt.Sprintf("%s.new-%d", dst, os.Getpid())
			}
			if err := st.(*store.Store).BackupTo(tmp); err != nil {
				if errors.Is(err, fs.ErrExist) {
					return a.errorf("%s already exists: pass --force to replace it, or -o FILE for another name", dst)
				}
				return err
			}
			if tmp != dst {
				if err := os.Rename(tmp, dst); err != nil {
					os.Remove(tmp)
					return a.errorf("replace %s: %w", dst, err)
				}
			}
			fmt.Fprintln(a.stdout, dst)
			fmt.Fprint(a.stderr, a.T("Backed up %s to %s.\n", st.Path(), dst))
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", a.T("write the copy to FILE"))
	cmd.Flags().BoolVar(&force, "force", false, a.T("replace FILE if it exists"))
	return cmd
}

// defaultBackupPath is tramite-backup-DATE.db next to the database: a name
// the store's automatic rotation (DB.backup-DATE) never deletes.
func defaultBackupPath(db, date string) string {
	// Next to the real file: a symlinked database's backup goes in the
	// 0700 data folder, not in the link's (possibly shared) folder.
	if real, err := filepath.EvalSymlinks(db); err == nil {
		db = real
	}
	ext := filepath.Ext(db)
	stem := strings.TrimSuffix(filepath.Base(db), ext)
	if ext == "" {
		ext = ".db"
	}
	return filepath.Join(filepath.Dir(db), stem+"-backup-"+date+ext)
}

// Command openonly is the floor of tramite's process start in
// BENCHMARKS.md: a bare Go program that opens a tramite file read-only
// with bbolt, as tramite does (a shared lock, the file mapped), looks at
// its index bucket and closes it. Issue 15 wants tramite's start within
// 3 ms of it.
//
//	go run ./bench/openonly /tmp/b100k.db
package main

import (
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: openonly FILE")
		os.Exit(2)
	}
	db, err := bolt.Open(os.Args[1], 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	err = db.View(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("index")) == nil {
			return fmt.Errorf("no index bucket: not a tramite file")
		}
		return nil
	})
	db.Close()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

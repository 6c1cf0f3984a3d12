// Command indexscan is the floor the listings are measured against in
// BENCHMARKS.md: it opens a tramite file read-only with bbolt, as tramite
// does, and reads every byte of the deadline index bucket, decoding
// nothing. A listing cannot be faster than reading what it lists.
//
//	go run ./bench/indexscan /tmp/b100k.db
package main

import (
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: indexscan FILE")
		os.Exit(2)
	}
	db, err := bolt.Open(os.Args[1], 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer db.Close()
	var n, bytes int
	err = db.View(func(tx *bolt.Tx) error {
		idx := tx.Bucket([]byte("index"))
		if idx == nil {
			return fmt.Errorf("no index bucket: not a tramite file")
		}
		return idx.ForEach(func(k, v []byte) error {
			n++
			bytes += len(k) + len(v)
			return nil
		})
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(n, "rows,", bytes, "bytes")
}

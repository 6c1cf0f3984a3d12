package main

import "testing"

func TestZZShowMissing(t *testing.T) {
	db := seedLetterDB(t, map[string]string{"office": "Querétaro"})
	_, _, err := runLetterCLI(t, db, "1")
	t.Log("\n" + err.Error())
}

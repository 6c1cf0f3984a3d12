package store

// SetBulkFloor sets how many records an import into an empty store must
// carry to be written as a bulk (bulk.go), for the contract suite to run
// its imports both ways; it returns the floor before.
func SetBulkFloor(n int) int {
	was := bulkFloor
	bulkFloor = n
	return was
}

//go:build !linux

package store

const canDropMapped = false

func dropMapped(base, size uintptr) {}

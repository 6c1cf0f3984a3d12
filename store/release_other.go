//go:build !linux

package store

const canReleasePages = false

func releasePages(addr, n uintptr) {}

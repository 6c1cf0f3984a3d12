package pgstore

import (
	"context"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// Changes reach the other desks by LISTEN/NOTIFY: every write notifies
// changeChannel, in the transaction that moves the change counter (so the
// notification is sent when, and only when, the write commits), with the
// database schema as payload (several offices may share one database, one
// schema each). A dashboard waits on it with WaitChange; a fallback poll
// catches what a broken listening connection missed.

// changeChannel is the notification channel of tramite's writes.
const changeChannel = "tramite_changes"

// bumpAndNotify moves the change counter and notifies the other desks:
// one round trip (no arguments: the simple protocol takes both).
const bumpAndNotify = `UPDATE tramite_meta SET value = (value::bigint + 1)::text WHERE key = 'generation';
SELECT pg_notify('` + changeChannel + `', current_schema())`

// How long WaitChange waits without a notification before it reads the
// counter anyway: rarely while listening (a notification is missed only
// when the listening connection breaks, which wakes the waiters too), as
// often as the bbolt file is polled while not.
var (
	pollWhileListening = 15 * time.Second
	pollWhileDeaf      = 1500 * time.Millisecond
)

// listener holds the one listening connection of a Store, started by the
// first WaitChange and closed by Close.
type listener struct {
	mu        sync.Mutex
	started   bool
	listening bool
	// wake is closed (and replaced) at each notification of this schema,
	// and when the connection is made or lost.
	wake   chan struct{}
	cancel context.CancelFunc
	done   chan struct{}
}

// state returns the channel the next wake closes and whether the
// connection is listening now.
func (l *listener) state() (<-chan struct{}, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.wake, l.listening
}

// broadcast wakes every waiter.
func (l *listener) broadcast(listening bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.listening = listening
	close(l.wake)
	l.wake = make(chan struct{})
}

// startListening starts the listening connection once.
func (s *Store) startListening() {
	l := &s.lis
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.started || s.pool == nil {
		return
	}
	l.started = true
	l.wake = make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	l.cancel, l.done = cancel, make(chan struct{})
	go s.listen(ctx)
}

// stopListening closes the listening connection, if any.
func (s *Store) stopListening() {
	l := &s.lis
	l.mu.Lock()
	cancel, done := l.cancel, l.done
	l.mu.Unlock()
	if cancel == nil {
		return
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
}

// listen keeps a connection listening until ctx ends, connecting again
// (waiting up to 5 s between attempts) when the server goes away.
func (s *Store) listen(ctx context.Context) {
	defer close(s.lis.done)
	wait := 250 * time.Millisecond
	for ctx.Err() == nil {
		if s.listenOnce(ctx) {
			wait = 250 * time.Millisecond
		}
		s.lis.broadcast(false)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, 5*time.Second)
	}
}

// listenOnce connects, listens and wakes the waiters at each notification
// of this schema until the connection breaks or ctx ends; it reports
// whether it got as far as listening.
func (s *Store) listenOnce(ctx context.Context) bool {
	cfg := s.pool.Config().ConnConfig
	delete(cfg.RuntimeParams, "default_transaction_read_only")
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	conn, err := pgx.ConnectConfig(cctx, cfg)
	cancel()
	if err != nil {
		return false
	}
	defer conn.Close(context.Background())
	var schema string
	if err := conn.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return false
	}
	if _, err := conn.Exec(ctx, `LISTEN `+changeChannel); err != nil {
		return false
	}
	// Listening now: a change made before is read by the waiters' next
	// look at the counter, which this wakes them for.
	s.lis.broadcast(true)
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return true
		}
		if n != nil && n.Payload == schema {
			s.lis.broadcast(true)
		}
	}
}

// WaitChange returns the change counter (Generation) once it differs from
// known: at once when it already does, else when another desk's (or this
// one's) write is notified, or after a fallback interval (15 s while
// listening, 1.5 s while the listening connection is down) with the
// counter as it then is, which may still be known. It returns early with
// ctx's error, and with the error of reading the counter when the server
// cannot be read.
func (s *Store) WaitChange(ctx context.Context, known uint64) (uint64, error) {
	s.startListening()
	wake, listening := s.lis.state()
	g, err := s.Generation()
	if err != nil || g != known {
		return g, err
	}
	every := pollWhileDeaf
	if listening {
		every = pollWhileListening
	}
	t := time.NewTimer(every)
	defer t.Stop()
	select {
	case <-wake:
	case <-t.C:
	case <-ctx.Done():
		return known, ctx.Err()
	}
	return s.Generation()
}

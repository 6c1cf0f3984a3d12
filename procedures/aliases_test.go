package procedures

import "testing"

func TestResolveID(t *testing.T) {
	tests := map[string]string{
		"renewal": "renewal", "Renewal": "renewal", "renovacion": "renewal", "Renovación": "renewal",
		"canje": "canje", "cambio": "status-change", "cambio de condición": "status-change",
		"status_change": "status-change", "permiso-de-salida": "exit-permit", "notificación": "notification",
		"reposición": "replacement", "permiso de trabajo": "work-permit",
	}
	for in, want := range tests {
		if got, ok := ResolveID(in); !ok || got != want {
			t.Errorf("ResolveID(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if got, ok := ResolveID("passport"); ok {
		t.Errorf("ResolveID(passport) = %q, want no procedure", got)
	}
}

func TestNearestProcedure(t *testing.T) {
	tests := map[string]string{
		"renew": "renewal", "renwal": "renewal", "renovasion": "renewal", "canj": "canje",
		"exit": "exit-permit", "notify": "notification", "replace": "replacement",
		"zzzzzzzzzz": "",
	}
	for in, want := range tests {
		if got := NearestProcedure(in); got != want {
			t.Errorf("NearestProcedure(%q) = %q, want %q", in, got, want)
		}
	}
}

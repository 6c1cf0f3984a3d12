package record

import "testing"

func TestPersonSetAndGet(t *testing.T) {
	tests := map[string]struct{ key, value string }{
		"name is a field":             {"name", "Ana María López"},
		"nationality is a field":      {"nationality", "colombiana"},
		"birth date is a field":       {"birth_date", "1990-02-28"},
		"passport number is a detail": {"passport_number", "G12345678"},
		"address is a detail":         {"address", "Calle 60 No. 500, Centro, 97000, Mérida, Yucatán"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var p Person
			p.Set(tt.key, tt.value)
			if got := p.Get(tt.key); got != tt.value {
				t.Errorf("Get(%s) after Set = %q, want %q", tt.key, got, tt.value)
			}
			p.Set(tt.key, "")
			if got := p.Get(tt.key); got != "" {
				t.Errorf("Get(%s) after clearing = %q, want empty", tt.key, got)
			}
		})
	}
}

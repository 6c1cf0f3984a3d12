package i18n

// The command line's manners (issue 21): exit codes, interruptions,
// version, rules, completions and suggestions. A block of its own, so
// that it merges beside the other areas' messages.
func init() {
	add([]Msg{
		{En: `tramite exits with:

  0    done: the command did what it says
  1    refused or failed: the message says why and what to type; a refused
       edit (tramite case ..., person ..., import) changed nothing
  2    a usage mistake: a missing or extra argument, an unknown flag, a bad
       case number, --today or stage; or no terminal for the dashboard
  3    tramite remind only: something is due within its lead time, nothing
       late or today (remind exits 1 when something is late or due today, 0
       when nothing is due)
  130  interrupted by ctrl+c: an interview or an export stopped before its
       end; the answers given so far are saved`,
			Es: `tramite sale con:

  0    hecho: el comando hizo lo que dice
  1    rechazado o fallido: el mensaje dice por qué y qué escribir; una
       edición rechazada (tramite case ..., person ..., import) no cambió
       nada
  2    un error de uso: un argumento que falta o sobra, una opción
       desconocida, un número de caso, --today o etapa inválidos; o no hay
       terminal para el tablero
  3    solo tramite remind: algo vence dentro de su anticipación, nada
       vencido ni para hoy (remind sale con 1 si algo está vencido o vence
       hoy, con 0 si nada vence)
  130  interrumpido con ctrl+c: una entrevista o una exportación se detuvo
       antes de terminar; las respuestas dadas hasta entonces quedan
       guardadas`},
		{En: "interrupted: the answers given so far are saved; run `tramite` to finish the interview",
			Es: "interrumpido: las respuestas dadas hasta ahora quedan guardadas; ejecute `tramite` para terminar la entrevista"},
		{En: "interrupted: case %d is saved with the answers given so far: finish it with `tramite` (the dashboard)",
			Es: "interrumpido: el caso %d queda guardado con las respuestas dadas hasta ahora: termínelo con `tramite` (el tablero)"},
		{En: "interrupted: nothing was saved", Es: "interrumpido: no se guardó nada"},
	})
}

package cli

import (
	"bytes"
	"strings"

	"github.com/spf13/cobra"
)

// bashArgsLine is the line of cobra's bash script (GenBashCompletionV2)
// that takes the typed words; the script then evals them to call
// `tramite __complete`.
const bashArgsLine = "    args=(\"${words[@]:1}\")\n"

// bashCloseQuote closes the quote of a last word typed with one open
// (`tramite person show "Ana L<TAB>`): cobra's script evals the words,
// and an open quote made the eval fail, so nothing was completed. A
// backslash escapes outside single quotes, as bash reads it; bash's
// compgen matches the quoted word against the plain names itself.
const bashCloseQuote = `    # tramite: close a quote the last word opens and does not close
    # ("Ana L), or the eval below fails and nothing is completed.
    if ((${#args[@]} > 0)); then
        local __last=${args[${#args[@]}-1]} __q= __i __c
        for ((__i = 0; __i < ${#__last}; __i++)); do
            __c=${__last:__i:1}
            if [[ -n $__q ]]; then
                if [[ $__c == "$__q" ]]; then
                    __q=
                elif [[ $__q == '"' && $__c == '\' ]]; then
                    ((__i++))
                fi
            elif [[ $__c == '\' ]]; then
                ((__i++))
            elif [[ $__c == "'" || $__c == '"' ]]; then
                __q=$__c
            fi
        done
        [[ -n $__q ]] && args[${#args[@]}-1]+=$__q
    fi
`

// bashEscapeOne is the line of cobra's script that escapes the one
// completion it inserts (a space as "\ "); inside quotes that the user
// opened, bash inserts the text as it is and closes the quote itself, so
// the escape would be typed into the name.
const bashEscapeOne = `        if (( ${#COMPREPLY[@]} == 1 )); then
            COMPREPLY[0]=$(printf "%q" "${COMPREPLY[0]}")`

const bashEscapeOneUnquoted = `        if (( ${#COMPREPLY[@]} == 1 )) && [[ ${cur:0:1} != [\"\'] ]]; then
            COMPREPLY[0]=$(printf "%q" "${COMPREPLY[0]}")`

// withClosedQuotes is cobra's bash script with bashCloseQuote after the
// words are taken, and the one completion left unescaped after an open
// quote; unchanged where cobra's script no longer has those lines
// (TestBashCompletesAfterAnOpenQuote says so).
func withClosedQuotes(script []byte) []byte {
	script = bytes.Replace(script, []byte(bashArgsLine), []byte(bashArgsLine+bashCloseQuote), 1)
	return bytes.Replace(script, []byte(bashEscapeOne), []byte(bashEscapeOneUnquoted), 1)
}

// completeAfterOpenQuotes makes `tramite completion bash` print cobra's
// script with withClosedQuotes.
func completeAfterOpenQuotes(root *cobra.Command) {
	bash, _, err := root.Find([]string{"completion", "bash"})
	if err != nil || bash == root || !strings.HasPrefix(bash.Use, "bash") {
		return
	}
	bash.RunE = func(cmd *cobra.Command, _ []string) error {
		noDesc, _ := cmd.Flags().GetBool("no-descriptions")
		var script bytes.Buffer
		if err := cmd.Root().GenBashCompletionV2(&script, !noDesc); err != nil {
			return err
		}
		_, err := cmd.OutOrStdout().Write(withClosedQuotes(script.Bytes()))
		return err
	}
}

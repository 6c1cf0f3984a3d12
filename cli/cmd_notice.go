package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
	"tramite/textsafe"
)

// `tramite case notice` and `tramite case pay` (issue 19): an INM notice
// read in the portal (R-STATUS-ONLINE) and a payment, each recorded with
// its date in the case's history through the case layer.

func newCaseNoticeCmd(a *app) *cobra.Command {
	var kind, date, expiry string
	cmd := &cobra.Command{
		Use:   "notice ID",
		Short: a.T("Record an INM notice (corrections or resolution)"),
		Long: a.T(`Record a notice INM left in its portal, with the date it bears. corrections (a
requirement is missing, prevención): 10 business days to hand it in
(R-CASE-CORRECT), shown on the dashboard and in deadlines. resolution: the case
moves to its next stage (a change of status whose first payment is recorded:
approved, pay the card fee, R-PAY-TWO; else received: --card-expiry for a new
card).`),
		Example: `  tramite case notice 12 --kind corrections --date 2026-12-01
  tramite case notice 12 --kind resolution --date 2026-12-10
  tramite case notice 12 --kind refusal --date 2026-12-10`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return a.usagef("tramite case notice needs a CASE number, e.g. tramite case notice 12 --kind corrections --date 2026-12-01")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := a.parseCaseID(args[0])
			if err != nil {
				return err
			}
			k, err := procedures.ParseNoticeKind(strings.ToLower(strings.TrimSpace(kind)))
			if err != nil {
				return a.usagef("--kind: %v", err)
			}
			if strings.TrimSpace(date) == "" {
				return a.usagef("--date: type the date the notice bears, e.g. --date 2026-12-01")
			}
			var values map[string]string
			if cmd.Flags().Changed("card-expiry") {
				values = map[string]string{procedures.StageKeyNewCardExpiry: expiry}
			}
			return a.withCaseBook(func(b *casebook.Book, ctx procedures.Context) error {
				res, err := b.RecordNotice(id, k, date, values, ctx)
				if err != nil {
					return a.refused(id, err)
				}
				if k == procedures.NoticeRefusal {
					fmt.Fprintln(a.stderr, a.T("Recorded INM's refusal on case %d: the case is closed. %s", id, a.lang.Text(procedures.RefusalNote)))
					return nil
				}
				if res.Due != nil {
					fmt.Fprintln(a.stderr, a.T("Recorded INM's notice of corrections on case %d: hand in what it asks by %s (R-CASE-CORRECT).", id, casebook.ActDate(res.Due)))
					return nil
				}
				p, _ := procedures.Lookup(res.Case.Procedure)
				fmt.Fprintln(a.stderr, a.T("Recorded INM's resolution on case %d: it is now at stage %s.", id, p.StageLabelIn(a.lang, res.Case.Progress.Stage)))
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&kind, "kind", "", "corrections, resolution or refusal")
	cmd.Flags().StringVar(&date, "date", "", "the date the notice bears")
	cmd.Flags().StringVar(&expiry, "card-expiry", "", "resolution: the new card's expiry")
	return cmd
}

func newCasePayCmd(a *app) *cobra.Command {
	var date string
	cmd := &cobra.Command{
		Use:   "pay ID",
		Short: a.T("Record a fee payment"),
		Long: a.T(`Record the fee paid, with the date on the bank receipt. A change of status is paid
twice (R-PAY-TWO): the first payment (recepción y estudio) puts the approval on
the case's path; once approved, the payment recorded is the card fee.`),
		Example: `  tramite case pay 12 --date 2026-11-28`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return a.usagef("tramite case pay needs a CASE number, e.g. tramite case pay 12 --date 2026-11-28")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := a.parseCaseID(args[0])
			if err != nil {
				return err
			}
			if strings.TrimSpace(date) == "" {
				return a.usagef("--date: type the date on the bank receipt, e.g. --date 2026-11-28")
			}
			return a.withCaseBook(func(b *casebook.Book, ctx procedures.Context) error {
				_, which, err := b.RecordPayment(id, date, ctx)
				if err != nil {
					return a.refused(id, err)
				}
				if which == procedures.PaymentCardFee {
					fmt.Fprintln(a.stderr, a.T("Recorded the card fee on case %d: take the receipt to the INM office.", id))
				} else {
					fmt.Fprintln(a.stderr, a.T("Recorded the payment on case %d.", id))
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "the date on the bank receipt")
	return cmd
}

// printHistory lists the case's history under `tramite case show`.
func printHistory(ew *errWriter, a *app, c record.Case) {
	proc, _ := procedures.Lookup(c.Procedure)
	for i, l := range casebook.HistoryLines(a.lang, proc, c) {
		label := ""
		if i == 0 {
			label = a.T("history")
		}
		day := "          "
		if !l.Day.IsZero() {
			day = l.Day.String()
		}
		ew.printf("  %-16s %s  %s\n", label, day, textsafe.Line(l.Text))
	}
}

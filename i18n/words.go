package i18n

import (
	"strconv"
	"time"
)

// Weekday is the three-letter name of w: "Thu", "jue".
func (p *Printer) Weekday(w time.Weekday) string { return p.Text(w.String()[:3]) }

// Month is the three-letter name of m: "Mar", "mar".
func (p *Printer) Month(m time.Month) string { return p.Text(m.String()[:3]) }

// ProseDate is a date as a sentence writes it: "15 Mar 2027" in English,
// "15 mar 2027" in Spanish.
func (p *Printer) ProseDate(y int, m time.Month, d int) string {
	return strconv.Itoa(d) + " " + p.Month(m) + " " + strconv.Itoa(y)
}

var wordsTexts = [][]Msg{
	{
		{En: "Mon", Es: "lun"}, {En: "Tue", Es: "mar"}, {En: "Wed", Es: "mié"},
		{En: "Thu", Es: "jue"}, {En: "Fri", Es: "vie"}, {En: "Sat", Es: "sáb"}, {En: "Sun", Es: "dom"},
		{En: "Jan", Es: "ene"}, {En: "Feb", Es: "feb"}, {En: "Mar", Es: "mar"}, {En: "Apr", Es: "abr"},
		{En: "May", Es: "may"}, {En: "Jun", Es: "jun"}, {En: "Jul", Es: "jul"}, {En: "Aug", Es: "ago"},
		{En: "Sep", Es: "sep"}, {En: "Oct", Es: "oct"}, {En: "Nov", Es: "nov"}, {En: "Dec", Es: "dic"},
	},
}

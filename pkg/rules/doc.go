// Package rules loads and validates kaohe's rule tables: the YAML files that
// hold every number and choice of the measures (coefficients, conversion
// rates, item tables, attendance, the bonus cap, rounding and the grounds for
// return). The tables that ship with kaohe are embedded from the top-level
// rules folder.
package rules

// Package history looks across the months of a workspace: it computes each
// month from that month's own inputs under the rules in force then, and
// evaluates the grounds for returning a person to the labour agency that
// span several months, with the months the evaluation could not see.
package history

// Package history looks across the months of a workspace. It computes each
// month from that month's own inputs under the rules in force then, and
// evaluates the grounds for returning a person to the labour agency that
// span several months, naming the months the evaluation could not see.
package history

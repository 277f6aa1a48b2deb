// Package calc computes a month's assessment bonus (月度考核奖) from typed
// inputs and rules, and records why each figure came out. The record holds
// the starting workload of every line, each log row applied with its points
// and workload effect, the bonus cap, clamping, and the rounding of every
// share. The package does no I/O.
package calc

// Package diag holds the located problems and warnings that every step of
// kaohe reports: where in which input file a value came from, and what a clerk
// should do about it. Messages are Simplified Chinese because they are shown to
// the office staff as they are.
package diag

// Package rules embeds the rule tables that ship with kaohe, so that the
// binary works with no rules file given. The loader lives in pkg/rules.
package rules

import "embed"

// Files holds every *.yaml rule table of this folder.
//
//go:embed *.yaml
var Files embed.FS

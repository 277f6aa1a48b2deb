package rules

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"github.com/kaohe/kaohe/pkg/diag"
	"github.com/kaohe/kaohe/pkg/month"
	"go.yaml.in/yaml/v3"
)

// file mirrors the YAML layout of a rule file.
type file struct {
	Title         string        `yaml:"title"`
	Issuer        string        `yaml:"issuer"`
	EffectiveFrom string        `yaml:"effective_from"`
	Pool          Pool          `yaml:"pool"`
	Posts         []Post        `yaml:"posts"`
	Roles         []Role        `yaml:"roles"`
	Attendance    Attendance    `yaml:"attendance"`
	Bonus         Bonus         `yaml:"bonus"`
	Workload      Workload      `yaml:"workload"`
	Rounding      Rounding      `yaml:"rounding"`
	ReturnGrounds ReturnGrounds `yaml:"return_grounds"`
	Tables        []*Table      `yaml:"tables"`
}

var (
	yamlLine    = regexp.MustCompile(`line (\d+): (.*)`)
	goTypeName  = regexp.MustCompile(` in type [\w.]+`)
	badDecimal  = regexp.MustCompile(`error decoding string '(.*?)'`)
	unknownKeys = regexp.MustCompile(`field (\S+) not found`)
)

// decodeProblem locates an error of decoding into the rule types. A number
// that does not parse comes without a line from the decoder, so its line
// is looked up by its text.
func decodeProblem(name string, root *yaml.Node, err error) error {
	if m := badDecimal.FindStringSubmatch(err.Error()); m != nil {
		line, key := findScalar(root, m[1], "")
		where := diag.Location{File: name, Line: line, Key: key}
		return diag.Errorf(where, "“%s”不是数字，请写成 500、0.5 这样的数", m[1])
	}
	return yamlProblem(name, err)
}

// findScalar returns the line and key of the first scalar value equal to
// value below n.
func findScalar(n *yaml.Node, value, key string) (int, string) {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Value == value {
			return n.Line, key
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if line, k := findScalar(n.Content[i+1], value, n.Content[i].Value); line > 0 {
				return line, k
			}
		}
	default:
		for _, c := range n.Content {
			if line, k := findScalar(c, value, key); line > 0 {
				return line, k
			}
		}
	}
	return 0, ""
}

// Parse decodes and validates a rule file's bytes. name is used in messages
// and as the Source of the result. Unknown keys, missing values, numbers out
// of range, duplicate codes and unknown kinds are all reported together as
// diag.Problems naming the line and key.
func Parse(name string, data []byte) (*Rules, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlProblem(name, err)
	}
	if len(root.Content) == 0 {
		return nil, diag.Errorf(diag.Location{File: name}, "规则文件是空的")
	}

	// Unknown keys and values of the wrong type leave the rest of the file
	// decoded, so it is validated too and every problem is reported at once.
	var f file
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var decoded diag.Problems
	if err := dec.Decode(&f); err != nil {
		var typeErr *yaml.TypeError
		if !errors.As(err, &typeErr) {
			return nil, decodeProblem(name, root.Content[0], err)
		}
		decoded = diag.AsProblems(yamlProblem(name, err))
	}

	v := validator{name: name, root: root.Content[0], problems: decoded}
	r := v.build(&f)
	if err := v.problems.Err(); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	r.Source = name
	r.SHA256 = hex.EncodeToString(sum[:])
	r.Size = int64(len(data))
	return r, nil
}

// yamlProblem turns a YAML syntax or type error into located problems, one
// per line the decoder names.
func yamlProblem(name string, err error) error {
	var typeErr *yaml.TypeError
	if !errors.As(err, &typeErr) {
		where := diag.Location{File: name}
		msg := err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			where.Line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		return diag.Errorf(where, "规则文件无法解析（%s），请检查缩进和冒号", msg)
	}

	var ps diag.Problems
	for _, e := range typeErr.Errors {
		where := diag.Location{File: name}
		msg := e
		if m := yamlLine.FindStringSubmatch(e); m != nil {
			where.Line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		if m := unknownKeys.FindStringSubmatch(msg); m != nil {
			where.Key = m[1]
			ps.Add(where, "未知的键 %s，请检查拼写，或删去这一行", m[1])
			continue
		}
		ps.Add(where, "值的类型不对（%s）", goTypeName.ReplaceAllString(msg, ""))
	}
	return ps.Err()
}

// locate returns the line of the node at path below n, where each step is a
// mapping key or a sequence index; 0 when the path is not there.
func locate(n *yaml.Node, path ...string) int {
	for _, step := range path {
		n = child(n, step)
		if n == nil {
			return 0
		}
	}
	return n.Line
}

func child(n *yaml.Node, step string) *yaml.Node {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == step {
				return n.Content[i+1]
			}
		}
	case yaml.SequenceNode:
		i, err := strconv.Atoi(step)
		if err == nil && i >= 0 && i < len(n.Content) {
			return n.Content[i]
		}
	}
	return nil
}

// keyPath joins path steps into the dotted key shown in messages.
func keyPath(path []string) string {
	s := ""
	for i, p := range path {
		if _, err := strconv.Atoi(p); err == nil {
			s += "[" + p + "]"
			continue
		}
		if i > 0 {
			s += "."
		}
		s += p
	}
	return s
}

func parseMonth(s string) (month.Month, error) {
	m, err := month.Parse(s)
	if err != nil {
		return month.Month{}, fmt.Errorf("effective_from: %w", err)
	}
	return m, nil
}

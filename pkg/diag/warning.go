package diag

// Kind names a class of warning. Its value is the Chinese label shown in the
// warnings workbook and on the terminal.
type Kind string

// Warning kinds. Data warnings are problems in the inputs that did not stop
// the run; the others come from the measures.
const (
	KindData     Kind = "数据提醒"
	KindClamp    Kind = "工作量归零"
	KindRate     Kind = "比率未达标"
	KindBonusCap Kind = "加分超限"
	KindPool     Kind = "考核基数未分配"
	KindReturn   Kind = "退回条件"
	KindNear     Kind = "接近"
)

// Warning is something a clerk or HR should see that did not stop the run.
// ID and Name identify the person, and are empty for warnings about a post or
// a file. Where is the input cell or row behind the warning; Source names
// what is behind it when that is not a place in an input, such as a post.
type Warning struct {
	Kind   Kind
	ID     string
	Name   string
	Source string
	Where  Location
	Detail string
}

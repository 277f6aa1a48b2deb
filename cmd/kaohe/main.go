// Command kaohe computes the monthly assessment bonus (月度考核奖) of a 12345
// government hotline platform from a workspace of monthly spreadsheets.
package main

import "os"

func main() {
	os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr))
}

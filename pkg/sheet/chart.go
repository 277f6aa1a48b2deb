package sheet

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// LineChart is a request for a line chart beside a table: the first column's data
// rows are the categories, and every other column is one line named by its
// header.
//
// With LimitLast set, the last column is drawn as a dashed red line without
// markers, so that a threshold does not look like one more person.
type LineChart struct {
	Title     string
	YTitle    string
	LimitLast bool
}

// Chart size in pixels. The chart sits right of the table's columns.
const (
	chartWidth  = 720
	chartHeight = 360
)

func addLineChart(file *excelize.File, table OutTable) error {
	if len(table.Rows) == 0 || len(table.Header) < 2 {
		return nil
	}
	last := len(table.Rows) + 1
	var series []excelize.ChartSeries
	for col := 2; col <= len(table.Header); col++ {
		s := excelize.ChartSeries{
			Name:       rangeRef(table.Name, col, 1, 1),
			Categories: rangeRef(table.Name, 1, 2, last),
			Values:     rangeRef(table.Name, col, 2, last),
			Marker:     excelize.ChartMarker{Symbol: "circle"},
		}
		if table.Chart.LimitLast && col == len(table.Header) {
			s.Marker = excelize.ChartMarker{Symbol: "none"}
			s.Line = excelize.LineOptions{Dash: excelize.LineDashDash, Width: 2}
			s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{limitColor}}
		}
		series = append(series, s)
	}
	anchor, err := excelize.CoordinatesToCellName(len(table.Header)+2, 2)
	if err != nil {
		return err
	}
	return file.AddChart(table.Name, anchor, &excelize.Chart{
		Type:      excelize.Line,
		Series:    series,
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: table.Chart.Title}}},
		Dimension: excelize.ChartDimension{Width: chartWidth, Height: chartHeight},
		Legend:    excelize.ChartLegend{Position: "right"},
		YAxis: excelize.ChartAxis{
			MajorGridLines: true,
			Title:          excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: table.Chart.YTitle}}},
		},
	})
}

// limitColor is the colour of a threshold line.
const limitColor = "C00000"

// rangeRef returns an absolute reference to rows first to last of column
// col, such as 'Sheet'!$B$2:$B$7, or to one cell when first is last.
func rangeRef(sheet string, col, first, last int) string {
	from, _ := excelize.CoordinatesToCellName(col, first, true)
	if first == last {
		return fmt.Sprintf("'%s'!%s", sheet, from)
	}
	to, _ := excelize.CoordinatesToCellName(col, last, true)
	return fmt.Sprintf("'%s'!%s:%s", sheet, from, to)
}

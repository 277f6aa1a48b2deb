#!/usr/bin/env python3
"""Write the messy input fixtures of testdata/messy.

Each fixture is one way that real 花名册, 工作量 and 扣分登记 files differ
from the tidy demo month; README.md lists what each one exercises.

Needs openpyxl (Debian: apt-get install python3-openpyxl, then run with
/usr/bin/python3) and LibreOffice (soffice) for the .xls files and the
CSV saved by a spreadsheet program. Run from any folder:

    /usr/bin/python3 testdata/messy/make_fixtures.py

The .xlsx files are rewritten with fixed timestamps, so running the script
again gives the same bytes. The files that LibreOffice writes are not
byte-stable, but their content is.
"""

import csv
import datetime
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "demo", "2018-03")
MONTH = os.path.join(HERE, "month", "2018-03")

# Every stored timestamp is this one, so that the files are reproducible.
FIXED_TIME = datetime.datetime(2018, 3, 1, 8, 0, 0)

# Number formats as Chinese Excel writes them.
ACCOUNTING = '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '
CHINESE_DATE = 'yyyy"年"m"月"d"日"'

ROSTER_HEADER = ["工号", "姓名", "岗位", "状态"]
ROSTER_ROWS = [
    ["2001", "李晓梅", "受理岗", "在岗"],
    ["3001", "孙志强", "派遣岗", "在岗"],
    ["4001", "刘䶮", "回访岗", "离职"],
]


def path(name):
    return os.path.join(HERE, name)


def new_book():
    wb = openpyxl.Workbook()
    wb.properties.creator = "kaohe fixtures"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def put_rows(ws, rows, first_row=1):
    for r, row in enumerate(rows, start=first_row):
        for c, value in enumerate(row, start=1):
            if value is not None and value != "":
                ws.cell(row=r, column=c, value=value)


def save_xlsx(wb, name, patches=()):
    """Save wb, then rewrite the zip with fixed entry times.

    patches are (member, old, new) text replacements, for what openpyxl
    cannot write: a <dimension> that claims the whole sheet, or a number
    with more digits than a float keeps.
    """
    target = path(name)
    buffer = io.BytesIO()
    wb.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            for member, old, new in patches:
                if member == info.filename:
                    if old.encode() not in data:
                        raise SystemExit(f"{name}: {member} has no {old!r}")
                    data = data.replace(old.encode(), new.encode())
            entry = zipfile.ZipInfo(info.filename, FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(entry, data)


def csv_text(rows, delimiter=",", guard_cols=()):
    """Return rows as CSV text with CRLF line ends, as Excel writes them.

    Columns in guard_cols are written as ="..." text guards.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)
    text = out.getvalue()
    if not guard_cols:
        return text
    lines = []
    for line in text.split("\r\n")[:-1]:
        fields = line.split(delimiter)
        for c in guard_cols:
            if c < len(fields) and fields[c] and fields[c][0].isdigit():
                fields[c] = f'="{fields[c]}"'
        lines.append(delimiter.join(fields))
    return "\r\n".join(lines) + "\r\n"


def write_bytes(name, data):
    with open(path(name), "wb") as f:
        f.write(data)


def soffice(source, target_ext, filter_spec, out_name, options=()):
    """Convert source with LibreOffice and move the result to out_name."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile}", "--headless", *options,
             "--convert-to", filter_spec, "--outdir", tmp, source],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = os.path.splitext(os.path.basename(source))[0]
        shutil.move(os.path.join(tmp, base + "." + target_ext), path(out_name))


# File kinds that kaohe must recognise by content.


def file_kinds():
    wb = new_book()
    put_rows(wb.active, [ROSTER_HEADER] + ROSTER_ROWS)
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "roster.xlsx")
        wb.save(source)
        soffice(source, "xls", "xls:MS Excel 97", "legacy.xls")
        # LibreOffice 7.4 cannot export an .xlsx source to SpreadsheetML
        # (its XSLT recurses too deep), but a CSV source works.
        source = os.path.join(tmp, "roster.csv")
        write_text = csv_text([ROSTER_HEADER] + ROSTER_ROWS)
        with open(source, "w", encoding="utf-8") as f:
            f.write(write_text)
        soffice(source, "xml", "xml:MS Excel 2003 XML", "spreadsheetml-2003.xls",
                ["--infilter=CSV:44,34,76"])

    # Web systems export an HTML table with an .xls name, here in GBK.
    cells = "".join(
        "<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>\r\n"
        for row in [ROSTER_HEADER] + ROSTER_ROWS[:2])
    html = ('<html xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
            "</head>\r\n<body><table border=1>\r\n" + cells + "</table></body></html>\r\n")
    write_bytes("html-table.xls", html.encode("gbk"))

    write_bytes("csv-renamed.xlsx", csv_text([ROSTER_HEADER] + ROSTER_ROWS).encode())
    write_bytes("empty.xlsx", b"")


def csv_encodings():
    rows = [ROSTER_HEADER] + ROSTER_ROWS
    text = csv_text(rows)
    write_bytes("roster-utf8.csv", text.encode("utf-8"))
    write_bytes("roster-utf8-bom.csv", text.encode("utf-8-sig"))
    write_bytes("roster-gb18030.csv", text.encode("gb18030"))
    # GBK has no 䶮, so the GBK file names someone else.
    gbk_rows = [row[:] for row in rows]
    gbk_rows[3][1] = "刘岩"
    write_bytes("roster-gbk.csv", csv_text(gbk_rows).encode("gbk"))
    # Excel's "Unicode 文本": UTF-16LE with a byte order mark, tab-separated.
    write_bytes("roster-unicode-text.txt", csv_text(rows, "\t").encode("utf-16"))


def csv_quirks():
    # ="..." guards, a stray quote inside a name, short and long records,
    # and all-empty filler lines.
    text = csv_text([["工号", "姓名", "岗位", "状态", "备注"]], guard_cols=())
    text += '="0012",="李晓梅",受理岗,在岗,\r\n'
    text += ',,,,\r\n'
    text += '3001,孙"小"强,派遣岗\r\n'
    text += '4001,吴静,回访岗,在岗,借调,,,\r\n'
    text += ',,,,\r\n,,,,\r\n'
    write_bytes("roster-csv-quirks.csv", text.encode("utf-8"))

    write_bytes("roster-duplicate-header.csv", csv_text([
        ["工号", "姓名", "岗位", "员工编号"],
        ["2001", "李晓梅", "受理岗", "2001"],
    ]).encode("utf-8"))


# Layouts above and around the header.


def roster_title_rows():
    wb = new_book()
    ws = wb.active
    ws.title = "花名册"
    ws["A1"] = "海门市12345政务服务热线 人员花名册"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:D1")
    ws["A2"] = "制表日期：2018年3月1日"
    ws.merge_cells("A2:D2")
    put_rows(ws, [["在岗人数", 2], ["离职人数", 1]], first_row=3)
    put_rows(ws, [ROSTER_HEADER] + ROSTER_ROWS, first_row=6)
    save_xlsx(wb, "roster-title-rows.xlsx")


def roster_header_forms():
    wb = new_book()
    ws = wb.active
    header = ["员工编号", "姓\u3000名", "岗\n位", " 状 态 "]
    put_rows(ws, [header] + ROSTER_ROWS)
    ws["C1"].alignment = Alignment(wrap_text=True)
    save_xlsx(wb, "roster-header-forms.xlsx")


def roster_resaved():
    """roster-sheets.xlsx saved again by a spreadsheet program, which
    stores text as shared strings where openpyxl writes inline strings."""
    soffice(path("roster-sheets.xlsx"), "xlsx", "xlsx:Calc MS Excel 2007 XML",
            "roster-resaved.xlsx")


def roster_sheets():
    wb = new_book()
    notes = wb.active
    notes.title = "说明"
    put_rows(notes, [
        ["填表说明"],
        ["列名", "填写要求"],
        ["工号", "与话务系统一致，设为文本格式"],
        ["姓名", "与身份证一致"],
        ["岗位", "值班长、培训师、协调员、受理岗、派遣岗、回访岗或专岗"],
    ])
    roster = wb.create_sheet("花名册")
    put_rows(roster, [ROSTER_HEADER] + ROSTER_ROWS)
    old = wb.create_sheet("2月花名册")
    put_rows(old, [ROSTER_HEADER, ["9001", "旧人员", "受理岗", "在岗"]])
    old.sheet_state = "hidden"
    save_xlsx(wb, "roster-sheets.xlsx")


# 工号 values.


def roster_id_forms():
    wb = new_book()
    ws = wb.active
    put_rows(ws, [ROSTER_HEADER])
    rows = [
        [12, "李晓梅", "受理岗"],
        ["２００２", "张丽华", "受理岗"],
        ["2003\u00a0", "刘芳", "受理岗"],
        ["\u30002004", "赵敏", "受理岗"],
        ["3001  ", "孙志强", "派遣岗"],
        [4001.0, "吴静", "回访岗"],
    ]
    put_rows(ws, rows, first_row=2)
    ws["A2"].number_format = "0000"
    save_xlsx(wb, "roster-id-forms.xlsx")


def roster_id_damaged():
    wb = new_book()
    ws = wb.active
    put_rows(ws, [
        ROSTER_HEADER,
        [3.20684199001011e17, "李晓梅", "受理岗"],
        [1111.0, "张丽华", "受理岗"],
        ["3.20684E+17", "刘芳", "受理岗"],
        [2001.5, "赵敏", "受理岗"],
        [3001, "孙志强", "派遣岗"],
    ])
    # openpyxl writes every large number in exponent form; Excel writes a
    # 16-digit number in full, having already changed its last digit.
    patch = ("xl/worksheets/sheet1.xml", "<v>1111</v>", "<v>3206841990010112</v>")
    save_xlsx(wb, "roster-id-damaged.xlsx", [patch])


# Workload exports.

WORKLOAD_HEADER = ["日期", "工号", "姓名", "岗位", "工作量"]


def workload_hidden_rows():
    wb = new_book()
    ws = wb.active
    put_rows(ws, [
        WORKLOAD_HEADER,
        ["2018-03-01", "2001", "李晓梅", "受理", 600],
        ["2018-03-01", "2002", "张丽华", "受理", 500],
        ["2018-03-02", "2001", "李晓梅", "受理", 400],
        ["2018-03-02", "3001", "孙志强", "派遣", 900],
    ])
    ws.auto_filter.ref = "A1:E5"
    ws.row_dimensions[3].hidden = True
    ws.row_dimensions[5].hidden = True
    save_xlsx(wb, "workload-hidden-rows.xlsx")


def workload_numbers():
    wb = new_book()
    ws = wb.active
    put_rows(ws, [
        WORKLOAD_HEADER,
        ["2018-03-01", "2001", "李晓梅", "受理", 463.61],
        ["2018-03-01", "2002", "张丽华", "受理", "1,234.50"],
        ["2018-03-01", "2003", "刘芳", "受理", 600],
        ["2018-03-01", "2004", "赵敏", "受理", " 700 "],
        ["2018-03-01", "3001", "孙志强", "派遣", "\u00a0900\u00a0"],
    ])
    ws["E2"].number_format = "0"
    ws["E4"].number_format = ACCOUNTING
    save_xlsx(wb, "workload-numbers.xlsx")


def workload_error_cells():
    wb = new_book()
    ws = wb.active
    put_rows(ws, [
        WORKLOAD_HEADER,
        ["2018-03-01", "2001", "李晓梅", "受理", "#N/A"],
        ["2018-03-01", "2002", "张丽华", "受理", "#DIV/0!"],
        ["2018-03-01", "2003", "刘芳", "受理", "=E6*2"],
        ["2018-03-01", "2004", "赵敏", "受理", "=E6*3"],
        ["2018-03-01", "3001", "孙志强", "派遣", 900],
    ])
    # Formulas that no program has calculated: openpyxl writes E4 with an
    # empty <v></v>, and Excel-like writers leave the <v> out, as in E5.
    patch = ("xl/worksheets/sheet1.xml", "<f>E6*3</f><v></v>", "<f>E6*3</f>")
    save_xlsx(wb, "workload-error-cells.xlsx", [patch])


def workload_excel_saved():
    """A workbook with display formats, saved as CSV by a spreadsheet program.

    The CSV contains the text as shown: 463.61 becomes 464 and the
    accounting format pads with spaces and shows zero as a dash.
    """
    wb = new_book()
    ws = wb.active
    put_rows(ws, [
        WORKLOAD_HEADER,
        [datetime.date(2018, 3, 1), 2001, "李晓梅", "受理", 463.61],
        [datetime.date(2018, 3, 1), 2002, "张丽华", "受理", 1234.5],
        [datetime.date(2018, 3, 2), 2003, "刘芳", "受理", 0],
    ])
    for r in range(2, 5):
        ws.cell(row=r, column=1).number_format = "yyyy/m/d"
    ws["E2"].number_format = "0"
    ws["E3"].number_format = ACCOUNTING
    ws["E4"].number_format = ACCOUNTING
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "workload-excel-saved.xlsx")
        wb.save(source)
        soffice(source, "csv", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
                "workload-excel-saved.csv")


def workload_styled_tail():
    wb = new_book()
    ws = wb.active
    put_rows(ws, [
        WORKLOAD_HEADER,
        ["2018-03-01", "2001", "李晓梅", "受理", 600],
        ["2018-03-01", "3001", "孙志强", "派遣", 900],
    ])
    # A clerk coloured the amount column: every cell down to row 2000 has
    # a style and no value.
    fill = PatternFill("solid", fgColor="FFF2CC")
    for r in range(4, 2001):
        ws.cell(row=r, column=5).fill = fill
    patch = ("xl/worksheets/sheet1.xml", '<dimension ref="A1:E2000"/>',
             '<dimension ref="A1:E1048576"/>')
    save_xlsx(wb, "workload-styled-tail.xlsx", [patch])


def workload_merged():
    wb = new_book()
    ws = wb.active
    put_rows(ws, [
        WORKLOAD_HEADER,
        ["2018-03-01", "2001", "李晓梅", "受理", 600],
        ["2018-03-02", None, None, "受理", 400],
        ["2018-03-03", None, None, "受理", 300],
        ["2018-03-01", "3001", "孙志强", "派遣", 900],
    ])
    ws.merge_cells("B2:B4")
    ws.merge_cells("C2:C4")
    save_xlsx(wb, "workload-merged.xlsx")


def workload_summary():
    # The call-centre export as UTF-8 with a BOM: a summary line above the
    # header, the 人员编号 alias, blank lines between records, one short
    # and one long record, and a total row at the bottom.
    text = "话务系统工作量统计,统计时间：2018-03-01至2018-03-31,,,\r\n"
    text += "导出人：admin,,,,\r\n"
    text += "\r\n"
    text += "日期,人员编号,姓名,岗位,工作量\r\n"
    text += "2018-03-01,2001,李晓梅,受理,600\r\n"
    text += "\r\n"
    text += "2018-03-01,3001,孙志强,派遣,900,,\r\n"
    text += "\r\n\r\n"
    text += "2018-03-02,2001,李晓梅,受理\r\n"
    text += "合计,,,,1500\r\n"
    write_bytes("workload-summary.csv", text.encode("utf-8-sig"))


# The deduction log.

LOG_HEADER = ["日期", "工号", "姓名", "项目", "次数", "数量", "分值", "岗位", "备注"]


def log_dates():
    wb = new_book()
    ws = wb.active
    put_rows(ws, [
        LOG_HEADER,
        [datetime.date(2018, 3, 5), "2001", "李晓梅", "纪律-2"],
        [datetime.date(2018, 3, 6), "2001", "李晓梅", "纪律-2"],
        ["2018/3/7", "2001", "李晓梅", "纪律-2"],
        ["2018-03-08", "2001", "李晓梅", "纪律-2"],
        ["2018.3.9", "2001", "李晓梅", "纪律-2"],
        ["2018年3月10日", "2001", "李晓梅", "纪律-2"],
        [datetime.datetime(2018, 3, 11, 9, 30), "2001", "李晓梅", "纪律-2"],
        [datetime.date(2018, 2, 28), "2001", "李晓梅", "纪律-2"],
        [datetime.date(2018, 3, 31), "1001", "周海燕", "值班长-4", None, 0.047],
        ["2018-02-30", "2001", "李晓梅", "纪律-2"],
        ["3月5日", "2001", "李晓梅", "纪律-2"],
        [20180305, "2001", "李晓梅", "纪律-2"],
        ["20180305", "2001", "李晓梅", "纪律-2"],
    ])
    ws["A2"].number_format = "yyyy-mm-dd"
    ws["A3"].number_format = CHINESE_DATE
    ws["A8"].number_format = "yyyy/m/d h:mm"
    ws["A9"].number_format = "yyyy-mm-dd"
    ws["A10"].number_format = "yyyy-mm-dd"
    ws["F10"].number_format = "0.0%"
    save_xlsx(wb, "log-dates.xlsx")


def log_error_cells():
    # 工号 looked up from the name by a formula that found nothing, and a
    # 数量 computed from a text cell.
    wb = new_book()
    ws = wb.active
    put_rows(ws, [
        LOG_HEADER,
        ["2018-03-05", "#N/A", "李晓梅", "纪律-2"],
        ["2018-03-31", "1001", "周海燕", "值班长-4", None, "#VALUE!"],
        ["2018-03-06", "2001", "李晓梅", "纪律-2"],
    ])
    save_xlsx(wb, "log-error-cells.xlsx")


# The demo month, as messy files that must give the demo's bonuses.


def read_demo(name):
    with open(os.path.join(DEMO, name), encoding="utf-8") as f:
        return list(csv.reader(f))


def month_roster():
    rows = read_demo("花名册.csv")
    wb = new_book()
    notes = wb.active
    notes.title = "说明"
    put_rows(notes, [["本表为 2018 年 3 月花名册。工号请设为文本格式。"]])
    ws = wb.create_sheet("花名册")
    ws["A1"] = "12345平台人员花名册（2018年3月）"
    ws.merge_cells("A1:D1")
    ws["A2"] = "制表：综合科    日期：2018年3月1日"
    put_rows(ws, [["工\u3000号", "姓 名", "岗\n位", "状态"]], first_row=3)
    for r, (pid, name, role, status) in enumerate(rows[1:], start=4):
        # Full-width digits for some, numbers for others, text for the rest.
        if pid.startswith("1"):
            value = pid.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        elif pid.startswith("2"):
            value = int(pid)
        else:
            value = pid + " "
        put_rows(ws, [[value, name, role, status]], first_row=r)
    hidden = wb.create_sheet("Sheet3")
    hidden.sheet_state = "hidden"
    save_xlsx(wb, os.path.join(MONTH, "花名册.xlsx"))


def month_workload_csv():
    rows = read_demo("工作量.csv")
    lines = ["工作量统计报表,,,,", "统计时间：2018-03-01 至 2018-03-31,,,,", ",,,,"]
    for i, row in enumerate(rows):
        fields = row[:]
        if i > 0:
            fields[1] = f'="{fields[1]}"'
            if len(fields[4]) > 3:
                fields[4] = '"{:,}"'.format(int(fields[4]))
        lines.append(",".join(fields))
        if i in (4, 9):
            lines.append(",,,,")
    lines += [",,,,", ",,,,"]
    write_bytes(os.path.join(MONTH, "工作量.csv"), ("\r\n".join(lines) + "\r\n").encode("gbk"))


def month_workload_merged():
    """The demo export as a workbook: 工号 and 姓名 merged down each
    person's rows, and styled empty rows below the data."""
    rows = read_demo("工作量.csv")
    wb = new_book()
    ws = wb.active
    ws.title = "工作量"
    put_rows(ws, [rows[0]])
    start = 2
    for r, (date, pid, name, post, amount) in enumerate(rows[1:], start=2):
        ws.cell(row=r, column=1, value=date)
        ws.cell(row=r, column=4, value=post)
        ws.cell(row=r, column=5, value=int(amount))
        following = rows[r] if r < len(rows) else None
        if r == start:
            ws.cell(row=r, column=2, value=pid)
            ws.cell(row=r, column=3, value=name)
        if following is None or following[1] != pid:
            if r > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
                ws.merge_cells(start_row=start, start_column=3, end_row=r, end_column=3)
            start = r + 1
    fill = PatternFill("solid", fgColor="DDEBF7")
    for r in range(len(rows) + 1, 1001):
        ws.cell(row=r, column=1).fill = fill
    save_xlsx(wb, "workload-month-merged.xlsx")


def month_log():
    rows = read_demo("扣分登记.csv")
    wb = new_book()
    ws = wb.active
    ws.title = "3月"
    ws["A1"] = "扣分登记表（2018年3月）"
    ws.merge_cells("A1:I1")
    put_rows(ws, [rows[0]], first_row=2)
    layouts = ["{y}/{m}/{d}", "{y}年{m}月{d}日", "{y}.{m}.{d}", None]
    for i, row in enumerate(rows[1:]):
        r = i + 3
        y, m, d = (int(x) for x in row[0].split("-"))
        layout = layouts[i % len(layouts)]
        if layout is None:
            ws.cell(row=r, column=1, value=datetime.date(y, m, d)).number_format = CHINESE_DATE
        else:
            ws.cell(row=r, column=1, value=layout.format(y=y, m=m, d=d))
        ws.cell(row=r, column=2, value=int(row[1]))
        for c in (2, 3, 7, 8):
            if row[c]:
                ws.cell(row=r, column=c + 1, value=row[c])
        for c in (4, 5, 6):
            value = row[c]
            if not value:
                continue
            cell = ws.cell(row=r, column=c + 1)
            if value.endswith("%"):
                cell.value = round(float(value[:-1]) / 100, 6)
                cell.number_format = "0.0%"
            else:
                cell.value = float(value) if "." in value else int(value)
    save_xlsx(wb, os.path.join(MONTH, "扣分登记.xlsx"))


def main():
    os.makedirs(MONTH, exist_ok=True)
    file_kinds()
    csv_encodings()
    csv_quirks()
    roster_title_rows()
    roster_header_forms()
    roster_sheets()
    roster_resaved()
    roster_id_forms()
    roster_id_damaged()
    workload_hidden_rows()
    workload_numbers()
    workload_error_cells()
    workload_excel_saved()
    workload_styled_tail()
    workload_merged()
    workload_summary()
    log_dates()
    log_error_cells()
    month_roster()
    month_workload_csv()
    month_workload_merged()
    month_log()


if __name__ == "__main__":
    main()

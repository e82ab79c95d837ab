package org.huzhu.infrastructure.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.domain.model.member.roster.RosterColumn;
import org.huzhu.domain.model.member.roster.RosterLayout;
import org.huzhu.domain.model.member.roster.RosterRow;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class RosterReaderTest {

    private static final String CHINESE_CSV = """
            姓名,身份证号,手机号,开户行,参保计划,份数
            张三,360502197006150012,13800138000,"中国工商银行,南昌分行",INPATIENT,2

            "李""四""\",360502197006150020,,"第一行
            第二行",ACCIDENT,1
            """;

    @Test
    void utf8CsvWithQuotesBlankRowsAndRowNumbersAsASpreadsheetShowsThem() {
        List<RosterRow> rows = readAll(CHINESE_CSV.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(2, 4), rows.stream().map(RosterRow::rowNumber).toList());
        assertEquals(List.of("张三", "360502197006150012", "13800138000", "中国工商银行,南昌分行", "INPATIENT", "2"),
                rows.get(0).cells());
        assertEquals("李\"四\"", rows.get(1).cell(0));
        assertEquals("第一行\n第二行", rows.get(1).cell(3));
    }

    @Test
    void utf8WithAByteOrderMarkAndCrLf() {
        byte[] text = ("\uFEFF" + CHINESE_CSV.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);

        try (RosterReader reader = RosterReader.open(text)) {
            assertEquals("张三", reader.layout().value(reader.next().orElseThrow(), RosterColumn.NAME));
        }
        assertEquals("第一行\r\n第二行", readAll(text).get(1).cell(3));
    }

    @Test
    void gb18030AsExcelSavesCsvInChina() {
        byte[] text = CHINESE_CSV.getBytes(CsvRosterReader.GB18030);

        try (RosterReader reader = RosterReader.open(text)) {
            RosterRow first = reader.next().orElseThrow();
            assertEquals("张三", reader.layout().value(first, RosterColumn.NAME));
            assertEquals("中国工商银行,南昌分行", reader.layout().value(first, RosterColumn.BANK_NAME));
        }
    }

    @Test
    void englishHeadersInTabSeparatedText() {
        byte[] text = "name\tidNumber\tplanCode\nZhang San\t360502197006150012\tCRITICAL\n".getBytes(StandardCharsets.UTF_8);

        try (RosterReader reader = RosterReader.open(text)) {
            RosterRow row = reader.next().orElseThrow();
            assertEquals("Zhang San", reader.layout().value(row, RosterColumn.NAME));
            assertEquals("CRITICAL", reader.layout().value(row, RosterColumn.PLAN_CODE));
            assertTrue(reader.next().isEmpty());
        }
    }

    @Test
    void xlsxCellsAsTheSheetShowsThem() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名单");
            Row header = sheet.createRow(0);
            List<String> headers = List.of("姓名", "身份证号", "份数", "保障起始日", "手机号");
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = sheet.createRow(4);  // row 5: rows 2–4 are missing from the sheet
            row.createCell(0).setCellValue("王五");
            row.createCell(1).setCellValue("36050219700615001X");
            row.createCell(2).setCellValue(2.0);
            row.createCell(3).setCellValue(LocalDate.of(2026, 1, 1));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue(13800138000.0);
            Row sparse = sheet.createRow(5);
            sparse.createCell(1).setCellValue("360502197006150012");  // no name cell at all
            book.write(out);
            workbook = out.toByteArray();
        }

        List<RosterRow> rows = readAll(workbook);

        assertEquals(List.of(5, 6), rows.stream().map(RosterRow::rowNumber).toList());
        assertEquals(List.of("王五", "36050219700615001X", "2", "2026-01-01", "13800138000"), rows.get(0).cells());
        assertEquals(List.of("", "360502197006150012"), rows.get(1).cells());
    }

    @Test
    void aFileThatIsNoRoster() {
        assertEquals("ROSTER_FILE", assertThrows(InvalidValueException.class,
                () -> RosterReader.open(new byte[0])).code());
        assertEquals("ROSTER_FILE", assertThrows(InvalidValueException.class,
                () -> RosterReader.open(new byte[] {'P', 'K', 3, 4, 0, 0})).code());
        assertEquals(RosterLayout.RULE_CODE, assertThrows(InvalidValueException.class,
                () -> RosterReader.open("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))).code());
    }

    @Test
    void aCsvBeyondTheLimitsOfARosterIsRefusedAsAFileAtUpload() {
        String header = "姓名,身份证号\n";
        for (String csv : List.of(header + "\"张三," + "甲".repeat(CsvRosterReader.MAX_RECORD_CHARS + 1),
                header + ",".repeat(XlsxRosterReader.MAX_COLUMNS + 1) + "\n",
                header + "x\n".repeat(XlsxRosterReader.MAX_ROWS + 1))) {
            assertEquals("ROSTER_FILE", assertThrows(InvalidValueException.class,
                    () -> RosterReader.requireReadable(csv.getBytes(StandardCharsets.UTF_8))).code());
        }
        RosterReader.requireReadable("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));  // a wrong header is the job's to report
    }

    @Test
    void anXlsxBeyondTheLimitsOfARosterIsRefusedAsAFile() throws IOException {
        for (int columnOrLength : List.of(XlsxRosterReader.MAX_COLUMNS, -1)) {
            byte[] file;
            try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet sheet = workbook.createSheet();
                sheet.createRow(0).createCell(0).setCellValue("姓名");
                Row row = sheet.createRow(1);
                if (columnOrLength > 0) {
                    row.createCell(columnOrLength).setCellValue("x");
                } else {
                    row.createCell(0).setCellValue("甲".repeat(XlsxRosterReader.MAX_CELL_CHARS + 1));
                }
                workbook.write(out);
                file = out.toByteArray();
            }
            assertEquals("ROSTER_FILE", assertThrows(InvalidValueException.class,
                    () -> RosterReader.requireReadable(file)).code());
        }
    }

    @Test
    void aRejectsFileCanBeCorrectedAndImportedAgainInBothFormats() {
        List<String> header = List.of("姓名", "身份证号", "备注");
        List<RejectsFile.Line> lines = List.of(
                new RejectsFile.Line(7, List.of("张三", "360502197006150013", "=1+1"), List.of("V01"), List.of("校验码错误")),
                new RejectsFile.Line(9, List.of("李,四", "", ""), List.of("V01", "NAME"), List.of("缺少", "太长")));

        for (byte[] file : List.of(RejectsFile.csv(header, lines), RejectsFile.xlsx(header, lines))) {
            try (RosterReader reader = RosterReader.open(file)) {
                assertEquals(List.of(RejectsFile.ROW_HEADER, "姓名", "身份证号", "备注", RejectsFile.CODES_HEADER,
                        RejectsFile.REASONS_HEADER), reader.layout().header());
                boolean xlsx = file[0] == 'P';
                assertEquals(List.of("7", "张三", "360502197006150013", xlsx ? "=1+1" : "'=1+1", "V01", "校验码错误"),
                        reader.next().orElseThrow().cells(), "a formula stays text in XLSX and is defused in CSV");
                RosterRow second = reader.next().orElseThrow();
                assertEquals("李,四", reader.layout().value(second, RosterColumn.NAME));
                assertEquals("V01 NAME", second.cell(4));
                assertEquals("缺少；太长", second.cell(5));
            }
        }
    }

    private static List<RosterRow> readAll(byte[] content) {
        List<RosterRow> rows = new ArrayList<>();
        try (RosterReader reader = RosterReader.open(content)) {
            reader.next().ifPresent(rows::add);
            reader.next().ifPresent(rows::add);
            assertTrue(reader.next().isEmpty());
        }
        return rows;
    }
}

package org.huzhu.infrastructure.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.huzhu.domain.model.shared.SpreadsheetText;

/**
 * The rows of a roster that were not imported, sent back to the unit: the row number, the row's cells
 * under the roster's own header, the rule codes and the reasons. The original cells keep their header,
 * so a unit can correct this file and upload it again: the import ignores the three added columns.
 */
public final class RejectsFile {

    public static final String ROW_HEADER = "行号 row";
    public static final String CODES_HEADER = "错误代码 codes";
    public static final String REASONS_HEADER = "错误说明 reasons";

    /** One rejected row: its number in the roster, its cells as read, and every rule it broke. */
    public record Line(int rowNumber, List<String> cells, List<String> codes, List<String> reasons) {
    }

    private RejectsFile() {
    }

    /** UTF-8 with a byte order mark, so that Excel shows the Chinese text; CRLF as RFC 4180 asks. */
    public static byte[] csv(List<String> rosterHeader, List<Line> lines) {
        StringBuilder text = new StringBuilder("\uFEFF");
        appendRecord(text, header(rosterHeader));
        for (Line line : lines) {
            appendRecord(text, cells(line, rosterHeader.size()));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** All cells as text, as they came, so that IDs and cards keep every digit. */
    public static byte[] xlsx(List<String> rosterHeader, List<Line> lines) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("未导入 rejects");
            CellStyle text = workbook.createCellStyle();
            DataFormat format = workbook.createDataFormat();
            text.setDataFormat(format.getFormat("@"));
            write(sheet.createRow(0), header(rosterHeader), text);
            int index = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(index++);
                write(row, cells(line, rosterHeader.size()), text);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a rejects workbook in memory", e);
        }
    }

    private static List<String> header(List<String> rosterHeader) {
        List<String> header = new ArrayList<>();
        header.add(ROW_HEADER);
        header.addAll(rosterHeader);
        header.add(CODES_HEADER);
        header.add(REASONS_HEADER);
        return header;
    }

    private static List<String> cells(Line line, int rosterColumns) {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(line.rowNumber()));
        for (int i = 0; i < rosterColumns; i++) {
            cells.add(i < line.cells().size() ? line.cells().get(i) : "");
        }
        cells.add(String.join(" ", line.codes()));
        cells.add(String.join("；", line.reasons()));
        return cells;
    }

    private static void write(Row row, List<String> cells, CellStyle text) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellStyle(text);
            cell.setCellValue(cells.get(i));
        }
    }

    private static void appendRecord(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(SpreadsheetText.csvField(cells.get(i)));
        }
        text.append("\r\n");
    }
}

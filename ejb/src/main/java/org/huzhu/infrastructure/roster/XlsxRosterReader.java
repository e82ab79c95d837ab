package org.huzhu.infrastructure.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.huzhu.domain.model.member.roster.RosterLayout;
import org.huzhu.domain.model.member.roster.RosterRow;
import org.huzhu.domain.model.shared.InvalidValueException;

/**
 * The first sheet of an XLSX roster, read as a stream of XML rows rather than as a workbook, so that a
 * large sheet never becomes a large object tree. Cells come out as text the way the sheet shows them:
 * dates as {@code 2026-01-01}, whole numbers without {@code .0}. An ID or card typed as a number has
 * lost its last digits in Excel already; the rules then report it as wrong.
 */
final class XlsxRosterReader implements RosterReader {

    static final String FILE_RULE = "ROSTER_FILE";

    private final OPCPackage workbook;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final InputStream sheetData;
    private final XMLStreamReader sheet;
    private final RosterLayout layout;
    private int lastRowNumber;

    XlsxRosterReader(byte[] content) {
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(content));
            XSSFReader reader = new XSSFReader(workbook);
            strings = reader.getSharedStringsTable();
            styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            sheetData = sheets.next();
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            sheet = factory.createXMLStreamReader(sheetData);
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            throw new InvalidValueException(FILE_RULE, "无法读取该 XLSX 文件", "the XLSX file cannot be read");
        }
        RosterRow header = row();
        if (header == null) {
            throw new InvalidValueException(FILE_RULE, "名单文件是空的", "the roster file is empty");
        }
        this.layout = RosterLayout.of(header.cells());
    }

    @Override
    public RosterLayout layout() {
        return layout;
    }

    @Override
    public Optional<RosterRow> next() {
        for (RosterRow row = row(); row != null; row = row()) {
            if (!row.isBlank()) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The next {@code <row>} of the sheet, or null after the last. */
    private RosterRow row() {
        try {
            while (sheet.hasNext()) {
                if (sheet.next() == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                    String number = sheet.getAttributeValue(null, "r");
                    lastRowNumber = number == null ? lastRowNumber + 1 : Integer.parseInt(number);
                    return new RosterRow(lastRowNumber, cells());
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new InvalidValueException(FILE_RULE, "XLSX 文件在第 " + (lastRowNumber + 1) + " 行附近损坏",
                    "the XLSX file is damaged near row " + (lastRowNumber + 1));
        }
    }

    /** The cells of the current row up to its end tag; cells the sheet leaves out are empty. */
    private List<String> cells() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(sheet.getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(sheet.getLocalName())) {
                String reference = sheet.getAttributeValue(null, "r");
                int column = reference == null ? cells.size() : columnIndex(reference);
                String type = sheet.getAttributeValue(null, "t");
                String style = sheet.getAttributeValue(null, "s");
                String value = cellValue(type, style);
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value);
            }
        }
        return cells;
    }

    /** Reads the current {@code <c>} to its end: its value ({@code <v>}) or inline text ({@code <is><t>}). */
    private String cellValue(String type, String style) throws XMLStreamException {
        StringBuilder raw = new StringBuilder();
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(sheet.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT
                    && ("v".equals(sheet.getLocalName()) || "t".equals(sheet.getLocalName()))) {
                raw.append(sheet.getElementText());
            }
        }
        String value = raw.toString();
        if (value.isEmpty()) {
            return "";
        }
        return switch (type == null ? "n" : type) {
            case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "n" -> number(value, style);
            case "d" -> value.length() >= 10 ? value.substring(0, 10) : value;
            default -> value;  // inlineStr, str (a formula's text), b, e
        };
    }

    private String number(String value, String style) {
        double number = Double.parseDouble(value);
        if (style != null && !style.isEmpty()) {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                    && DateUtil.isValidExcelDate(number)) {
                return DateUtil.getLocalDateTime(number).toLocalDate().toString();
            }
        }
        return new BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    /** {@code AB12} → 27: letters in base 26, A = 0. */
    private static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }

    @Override
    public void close() {
        try {
            sheet.close();
            sheetData.close();
        } catch (XMLStreamException | IOException e) {
            // closing an in-memory stream cannot fail in a way that matters
        }
        workbook.revert();
    }
}

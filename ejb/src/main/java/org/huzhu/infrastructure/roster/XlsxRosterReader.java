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
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.huzhu.domain.model.member.roster.RosterLayout;
import org.huzhu.domain.model.member.roster.RosterRow;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.xml.sax.SAXException;

/**
 * The first sheet of an XLSX roster, read as a stream of XML rows rather than as a workbook, so that a
 * large sheet never becomes a large object tree. Cells come out as text the way the sheet shows them:
 * dates as {@code 2026-01-01}, whole numbers without {@code .0}. A hostile file meets POI's zip-bomb guards and
 * the caps on parts, rows, columns and cell length below, and is refused as a file ({@code ROSTER_FILE}). An ID or card typed as a number has
 * lost its last digits in Excel already; the rules then report it as wrong.
 */
final class XlsxRosterReader implements RosterReader {

    static final String FILE_RULE = "ROSTER_FILE";
    /** A unit's roster has a few thousand rows and fifteen columns; a sheet far beyond is no roster. */
    static final int MAX_ROWS = 200_000;
    static final int MAX_COLUMNS = 64;
    static final int MAX_CELL_CHARS = 1_000;
    /** The inflated size of any one part of the file (a sheet of 200,000 rows is about 100 MB of XML). */
    static final long MAX_PART_BYTES = 128L * 1024 * 1024;
    /** The shared-strings table is the one part held in memory whole. */
    static final int MAX_SHARED_STRINGS_BYTES = 16 * 1024 * 1024;
    /** Parts larger than this are inflated into temporary files rather than into the heap. */
    private static final int PARTS_IN_MEMORY_BYTES = 1024 * 1024;

    static {
        // POI's own guards, process-wide: a part that inflates more than 100 times (a zip bomb) or beyond
        // MAX_PART_BYTES fails to read, and large parts go to temporary files. Huzhu reads no other zip files.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMaxFileCount(1_000);
        ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(PARTS_IN_MEMORY_BYTES);
    }

    /** Woodstox, WildFly's StAX parser, can refuse a text node beyond a length while it reads it. */
    private static final String WOODSTOX_MAX_TEXT_LENGTH = "com.ctc.wstx.maxTextLength";

    private final OPCPackage workbook;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final InputStream sheetData;
    private final XMLStreamReader sheet;
    private final RosterLayout layout;
    private int lastRowNumber;
    private int rowsRead;

    /** @param withLayout whether to read the header as a roster's (false only to check the file's limits) */
    XlsxRosterReader(byte[] content, boolean withLayout) {
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(content));
            XSSFReader reader = new XSSFReader(workbook);
            strings = sharedStrings(workbook);
            styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            sheetData = sheets.next();
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            if (factory.isPropertySupported(WOODSTOX_MAX_TEXT_LENGTH)) {
                factory.setProperty(WOODSTOX_MAX_TEXT_LENGTH, MAX_CELL_CHARS * 4);
            }
            sheet = factory.createXMLStreamReader(sheetData);
        } catch (IOException | OpenXML4JException | XMLStreamException | SAXException | RuntimeException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException(FILE_RULE, "无法读取该 XLSX 文件", "the XLSX file cannot be read");
        }
        RosterRow header = row();
        if (header == null) {
            throw new InvalidValueException(FILE_RULE, "名单文件是空的", "the roster file is empty");
        }
        this.layout = withLayout ? RosterLayout.of(header.cells()) : null;
    }

    /** The workbook's shared strings, read-only and at most {@link #MAX_SHARED_STRINGS_BYTES} of XML; null if it has none. */
    private static SharedStrings sharedStrings(OPCPackage workbook) throws IOException, SAXException, OpenXML4JException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            byte[] xml = in.readNBytes(MAX_SHARED_STRINGS_BYTES + 1);
            if (xml.length > MAX_SHARED_STRINGS_BYTES) {
                throw tooLarge("文本表超过 " + MAX_SHARED_STRINGS_BYTES / (1024 * 1024) + " MB",
                        "its shared strings exceed " + MAX_SHARED_STRINGS_BYTES / (1024 * 1024) + " MB");
            }
            return new ReadOnlySharedStringsTable(new ByteArrayInputStream(xml));
        }
    }

    private static InvalidValueException tooLarge(String whatZh, String whatEn) {
        return new InvalidValueException(FILE_RULE, "XLSX 文件超出名单的限度：" + whatZh, "the XLSX file is no roster: " + whatEn);
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
                    if (++rowsRead > MAX_ROWS || lastRowNumber > MAX_ROWS) {
                        throw tooLarge("超过 " + MAX_ROWS + " 行", "more than " + MAX_ROWS + " rows");
                    }
                    return new RosterRow(lastRowNumber, cells());
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
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
                if (column >= MAX_COLUMNS) {
                    throw tooLarge("第 " + lastRowNumber + " 行超过 " + MAX_COLUMNS + " 列",
                            "row " + lastRowNumber + " has more than " + MAX_COLUMNS + " columns");
                }
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
                withinCellLimit(raw.append(sheet.getElementText()));
            }
        }
        String value = raw.toString();
        if (value.isEmpty()) {
            return "";
        }
        return withinCellLimit(switch (type == null ? "n" : type) {
            case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "n" -> number(value, style);
            case "d" -> value.length() >= 10 ? value.substring(0, 10) : value;
            default -> value;  // inlineStr, str (a formula's text), b, e
        }).toString();
    }

    /** The text of a cell as read so far, or its value from the shared strings, if it is within the limit. */
    private CharSequence withinCellLimit(CharSequence text) {
        if (text.length() > MAX_CELL_CHARS) {
            throw tooLarge("第 " + lastRowNumber + " 行有超过 " + MAX_CELL_CHARS + " 个字符的单元格",
                    "row " + lastRowNumber + " has a cell of more than " + MAX_CELL_CHARS + " characters");
        }
        return text;
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
        BigDecimal exact = new BigDecimal(value).stripTrailingZeros();
        // 1E+999999999 as plain digits would be a billion characters: such a cell stays as written, and the rules refuse it.
        return Math.abs(exact.scale()) > MAX_CELL_CHARS ? value : exact.toPlainString();
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

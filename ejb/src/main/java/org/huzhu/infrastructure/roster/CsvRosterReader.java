package org.huzhu.infrastructure.roster;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.member.roster.RosterLayout;
import org.huzhu.domain.model.member.roster.RosterRow;
import org.huzhu.domain.model.shared.InvalidValueException;

/**
 * A CSV roster (RFC 4180: quoted cells may hold commas, quotes and line breaks). Excel in China saves CSV
 * in GB18030 (its "ANSI"), WPS and newer Excel in UTF-8, often with a byte order mark: text that is valid
 * UTF-8 is read as UTF-8, anything else as GB18030. A header with tabs and no commas means tab-separated
 * text, which Excel's "Unicode text" export makes. A record's row number counts records, as a spreadsheet
 * shows them, not lines. Rows, columns and the length of a record are capped as an XLSX roster's are.
 */
final class CsvRosterReader implements RosterReader {

    static final Charset GB18030 = Charset.forName("GB18030");
    /** A record of a roster's columns is a few hundred characters. */
    static final int MAX_RECORD_CHARS = XlsxRosterReader.MAX_COLUMNS * XlsxRosterReader.MAX_CELL_CHARS;

    private final String text;
    private final char separator;
    private final RosterLayout layout;
    private int position;
    private int rowNumber;

    /** @param withLayout whether to read the header as a roster's (false only to check the file's limits) */
    CsvRosterReader(byte[] content, boolean withLayout) {
        String decoded = decode(content);
        this.text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        int endOfHeader = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String headerLine = text.substring(0, endOfHeader);
        this.separator = headerLine.indexOf('\t') >= 0 && headerLine.indexOf(',') < 0 ? '\t' : ',';
        List<String> header = record();
        if (header == null) {
            throw new InvalidValueException(XlsxRosterReader.FILE_RULE, "名单文件是空的", "the roster file is empty");
        }
        this.layout = withLayout ? RosterLayout.of(header) : null;
    }

    static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    @Override
    public RosterLayout layout() {
        return layout;
    }

    @Override
    public Optional<RosterRow> next() {
        for (List<String> cells = record(); cells != null; cells = record()) {
            RosterRow row = new RosterRow(rowNumber, cells);
            if (!row.isBlank()) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The next record's cells, or null at the end of the text. */
    private List<String> record() {
        if (position >= text.length()) {
            return null;
        }
        if (++rowNumber > XlsxRosterReader.MAX_ROWS) {
            throw beyondLimits("超过 " + XlsxRosterReader.MAX_ROWS + " 行", "more than " + XlsxRosterReader.MAX_ROWS + " rows");
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int start = position;
        while (position < text.length()) {
            if (position - start > MAX_RECORD_CHARS || cells.size() >= XlsxRosterReader.MAX_COLUMNS) {
                // An unclosed quote would otherwise make the rest of the file one cell.
                throw beyondLimits("第 " + rowNumber + " 行过长或列数过多",
                        "row " + rowNumber + " is too long or has too many columns");
            }
            char c = text.charAt(position++);
            if (quoted) {
                if (c == '"' && position < text.length() && text.charAt(position) == '"') {
                    cell.append('"');
                    position++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static InvalidValueException beyondLimits(String whatZh, String whatEn) {
        return new InvalidValueException(XlsxRosterReader.FILE_RULE, "名单文件超出限度：" + whatZh,
                "the roster file is beyond its limits: " + whatEn);
    }

    @Override
    public void close() {
        // the text is in memory; nothing to release
    }
}

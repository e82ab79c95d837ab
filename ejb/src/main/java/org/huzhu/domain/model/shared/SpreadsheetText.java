package org.huzhu.domain.model.shared;

/**
 * Text that people will open in a spreadsheet. Excel, WPS and LibreOffice run a cell that starts with
 * {@code = + - @}, a tab or a carriage return as a formula (CSV injection), so such text is refused where
 * people type it and neutralised, with a leading apostrophe, in every CSV file Huzhu writes.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet would take this text for a formula. */
    public static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * One field of an RFC 4180 record: a would-be formula gets a leading apostrophe, and a field with a comma,
     * quote or line break is quoted, so a value can neither run in a spreadsheet nor shift the columns.
     * Any other text is written as it is.
     */
    public static String csvField(String value) {
        String safe = startsLikeFormula(value) ? "'" + value : value;
        boolean needsQuotes = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return needsQuotes ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}

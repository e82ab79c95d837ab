package org.huzhu.infrastructure.roster;

import java.util.Optional;
import org.huzhu.domain.model.member.roster.RosterLayout;
import org.huzhu.domain.model.member.roster.RosterRow;
import org.huzhu.domain.model.shared.InvalidValueException;

/**
 * Reads a roster row by row, without holding more than the file itself in memory: row 1 is the header,
 * blank rows are passed over.
 */
public interface RosterReader extends AutoCloseable {

    /** Zip files (XLSX) start with these bytes; anything else is read as CSV. */
    byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /**
     * @throws org.huzhu.domain.model.shared.InvalidValueException {@code ROSTER_HEADER} or {@code ROSTER_FILE}
     *                                                             when the file is no readable roster
     */
    static RosterReader open(byte[] content) {
        return open(content, true);
    }

    private static RosterReader open(byte[] content, boolean withLayout) {
        return isZip(content) ? new XlsxRosterReader(content, withLayout) : new CsvRosterReader(content, withLayout);
    }

    private static boolean isZip(byte[] content) {
        boolean zip = content.length >= ZIP_MAGIC.length;
        for (int i = 0; zip && i < ZIP_MAGIC.length; i++) {
            zip = content[i] == ZIP_MAGIC[i];
        }
        return zip;
    }

    /**
     * Reads a roster through to its last row at upload, so that a file the reader cannot read or that is beyond
     * its limits (a zip bomb, a million rows, an unclosed quote that makes the rest of the file one cell) is
     * refused then, not in the job. The header is not judged here: a header the roster rules refuse is the
     * job's to report, with the rows.
     *
     * @throws InvalidValueException {@code ROSTER_FILE} when the file is no readable roster
     */
    static void requireReadable(byte[] content) {
        try (RosterReader reader = open(content, false)) {
            while (reader.next().isPresent()) {
                // every row is read once, so that every limit is met now
            }
        }
    }

    RosterLayout layout();

    /** The next row that is not blank, or empty at the end. */
    Optional<RosterRow> next();

    @Override
    void close();
}

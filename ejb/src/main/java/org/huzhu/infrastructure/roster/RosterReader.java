package org.huzhu.infrastructure.roster;

import java.util.Optional;
import org.huzhu.domain.model.member.roster.RosterLayout;
import org.huzhu.domain.model.member.roster.RosterRow;

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
        boolean zip = content.length >= ZIP_MAGIC.length;
        for (int i = 0; zip && i < ZIP_MAGIC.length; i++) {
            zip = content[i] == ZIP_MAGIC[i];
        }
        return zip ? new XlsxRosterReader(content) : new CsvRosterReader(content);
    }

    RosterLayout layout();

    /** The next row that is not blank, or empty at the end. */
    Optional<RosterRow> next();

    @Override
    void close();
}

package org.huzhu.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import org.huzhu.domain.model.letter.PrintBatch;
import org.huzhu.domain.model.letter.PrintBatchRepository;
import org.huzhu.domain.model.letter.PrintedLetter;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.domain.model.shared.MaskedName;
import org.huzhu.domain.model.shared.Streamed;

/**
 * Print batches over JDBC: a run's letters are those of the payouts that carry the run ({@code payout.settlement_run},
 * indexed), so no link beyond V3 and V4 is needed; the unit is the member's. PDFs are streamed on the non-JTA data
 * source, as the letters step's cursor is: the download outlives any transaction.
 */
@ApplicationScoped
public class JdbcPrintBatchRepository extends SqlRepository implements PrintBatchRepository {

    private static final String RUNS_LETTERS = """
            FROM letter l
            JOIN payout p ON p.id = l.payout_id
            JOIN member m ON m.id = l.member_id
            JOIN unit u ON u.id = m.unit_id
            WHERE p.settlement_run = ? AND l.superseded_by IS NULL""";

    /** A PDF is about 100 KB: a few per round trip keep the memory of a batch of any size to a megabyte or so. */
    private static final int PDFS_PER_FETCH = 8;

    @Resource(lookup = DataSources.HUZHU_STREAMING)
    private DataSource streaming;

    JdbcPrintBatchRepository() {
        super("print batches");
    }

    @Override
    public List<PrintBatch> batchesOf(long run) {
        return sql().list("SELECT u.code, u.name, count(*) " + RUNS_LETTERS + " GROUP BY u.code, u.name ORDER BY u.code",
                rs -> new PrintBatch(rs.getString(1), rs.getString(2), rs.getInt(3)), run);
    }

    @Override
    public List<PrintedLetter> lettersOf(long run, String unitCode) {
        return sql().list("SELECT l.id, l.letter_no, m.member_no, m.name " + RUNS_LETTERS
                        + " AND u.code = ? ORDER BY m.member_no, l.letter_no",
                rs -> new PrintedLetter(rs.getLong(1), LetterNumber.parse(rs.getString(2)), rs.getString(3),
                        MaskedName.of(rs.getString(4))), run, unitCode);
    }

    /** The ids in the cover's order, numbered by {@code WITH ORDINALITY}, so that the rows come back in that order. */
    @Override
    public Streamed<byte[]> pdfsOf(List<PrintedLetter> letters) {
        long[] ids = letters.stream().mapToLong(PrintedLetter::letterId).toArray();
        return StreamedRows.open(streaming, "print batch letters", """
                SELECT l.pdf FROM unnest(?::bigint[]) WITH ORDINALITY AS wanted (id, position)
                JOIN letter l ON l.id = wanted.id
                ORDER BY wanted.position""", PDFS_PER_FETCH, rs -> rs.getBytes(1), (Object) ids);
    }
}

package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.letter.IssuedLetter;
import org.huzhu.domain.model.letter.LetterKind;
import org.huzhu.domain.model.letter.LetterOfPayout;
import org.huzhu.domain.model.letter.LetterRepository;
import org.huzhu.domain.model.letter.LetterSummary;
import org.huzhu.domain.model.letter.NewLetter;
import org.huzhu.domain.model.shared.LetterNumber;

/**
 * The register of letters in table {@code letter} (V4), over JDBC: an insert that must yield to
 * a concurrent one for the same payout needs {@code ON CONFLICT}, and the PDFs are plain bytes.
 * The connections come from the JTA data source, so every call joins the caller's transaction.
 */
@ApplicationScoped
public class JdbcLetterRepository extends SqlRepository implements LetterRepository {

    private static final String COLUMNS = """
            l.letter_no, l.kind, l.subject_no, m.member_no, l.pdf, l.sha256, l.code_hash, l.issued_at, l.superseded_by
            FROM letter l JOIN member m ON m.id = l.member_id""";

    JdbcLetterRepository() {
        super("letter register");
    }

    @Override
    public Optional<LetterNumber> numberForPayout(long payoutId) {
        return sql().one("SELECT letter_no FROM letter WHERE payout_id = ? AND superseded_by IS NULL",
                JdbcLetterRepository::letterNumber, payoutId);
    }

    @Override
    public Optional<LetterNumber> currentFor(String subjectNumber) {
        return sql().one("SELECT letter_no FROM letter WHERE subject_no = ? AND superseded_by IS NULL",
                JdbcLetterRepository::letterNumber, subjectNumber);
    }

    /**
     * {@code ON CONFLICT … DO NOTHING} on the unique index of current letters (V17) waits for a
     * concurrent insert of the same payout to commit and then inserts nothing, without an error that
     * would doom the caller's transaction; the following select (a new snapshot under READ
     * COMMITTED) sees the winner.
     */
    @Override
    public LetterNumber addUnlessPayoutHasOne(NewLetter letter) {
        String insert = """
                INSERT INTO letter (letter_no, kind, subject_no, payout_id, member_id, pdf, sha256, code_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (payout_id) WHERE superseded_by IS NULL DO NOTHING""";
        int inserted = sql().update(insert, columnsOf(letter));
        if (inserted == 1) {
            return letter.number();
        }
        return numberForPayout(letter.payoutId()).orElseThrow(() -> new IllegalStateException(
                "payout " + letter.payoutId() + " has a letter that cannot be read back"));
    }

    @Override
    public Optional<LetterOfPayout> ofPayout(LetterNumber number) {
        return sql().one("SELECT letter_no, kind, payout_id, member_id, superseded_by FROM letter WHERE letter_no = ?",
                rs -> new LetterOfPayout(LetterNumber.parse(rs.getString(1)), LetterKind.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getLong(4), supersededBy(rs, 5)), number.value());
    }

    /**
     * One statement, so that the payout is never seen without a current letter or with two: the update marks the
     * old letter (and locks it: a concurrent re-issue waits, then finds it superseded and updates nothing), and the
     * insert adds the successor only for the row the update returned. The foreign key from {@code superseded_by} is
     * checked at the end of the statement, when the successor exists; the unique index of current letters no longer
     * counts the old letter once this statement has updated it.
     */
    @Override
    public boolean supersede(LetterNumber superseded, NewLetter successor) {
        String supersedeAndInsert = """
                WITH old AS (
                    UPDATE letter SET superseded_by = ? WHERE letter_no = ? AND superseded_by IS NULL
                    RETURNING payout_id)
                INSERT INTO letter (letter_no, kind, subject_no, payout_id, member_id, pdf, sha256, code_hash)
                SELECT ?, ?, ?, ?, ?, ?, ?, ? FROM old""";
        List<Object> parameters = new ArrayList<>(List.of(successor.number().value(), superseded.value()));
        parameters.addAll(List.of(columnsOf(successor)));
        return sql().update(supersedeAndInsert, parameters.toArray()) == 1;
    }

    private static Object[] columnsOf(NewLetter letter) {
        return new Object[] {letter.number().value(), letter.kind().name(), letter.subjectNumber(), letter.payoutId(),
                letter.memberId(), letter.pdf(), letter.sha256(), letter.codeDigest()};
    }

    @Override
    public Optional<IssuedLetter> find(LetterNumber number) {
        return sql().one("SELECT " + COLUMNS + " WHERE l.letter_no = ?", JdbcLetterRepository::issuedLetter,
                number.value());
    }

    /** Two letters never share a SHA-256 in practice; should they, the first issued answers. */
    @Override
    public Optional<IssuedLetter> findBySha256(String sha256) {
        return sql().one("SELECT " + COLUMNS + " WHERE l.sha256 = ? ORDER BY l.id LIMIT 1",
                JdbcLetterRepository::issuedLetter, sha256);
    }

    @Override
    public List<LetterSummary> lettersOf(String memberNumber) {
        String select = """
                SELECT l.letter_no, l.kind, l.subject_no, l.issued_at, l.superseded_by
                FROM letter l JOIN member m ON m.id = l.member_id
                WHERE m.member_no = ? ORDER BY l.issued_at DESC, l.id DESC""";
        return sql().list(select, rs -> new LetterSummary(LetterNumber.parse(rs.getString(1)),
                LetterKind.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(),
                supersededBy(rs, 5)), memberNumber);
    }

    private static IssuedLetter issuedLetter(ResultSet rs) throws SQLException {
        return new IssuedLetter(LetterNumber.parse(rs.getString(1)), LetterKind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getBytes(5), rs.getString(6), rs.getBytes(7),
                rs.getTimestamp(8).toInstant(), supersededBy(rs, 9));
    }

    private static Optional<LetterNumber> supersededBy(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).map(LetterNumber::parse);
    }

    private static LetterNumber letterNumber(ResultSet rs) throws SQLException {
        return LetterNumber.parse(rs.getString(1));
    }
}

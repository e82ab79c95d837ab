package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.letter.IssuedLetter;
import org.huzhu.domain.model.letter.LetterKind;
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
        return sql().one("SELECT letter_no FROM letter WHERE payout_id = ?", JdbcLetterRepository::letterNumber,
                payoutId);
    }

    @Override
    public Optional<LetterNumber> currentFor(String subjectNumber) {
        return sql().one("SELECT letter_no FROM letter WHERE subject_no = ? AND superseded_by IS NULL",
                JdbcLetterRepository::letterNumber, subjectNumber);
    }

    /**
     * {@code ON CONFLICT (payout_id) DO NOTHING} waits for a concurrent insert of the same payout
     * to commit and then inserts nothing, without an error that would doom the caller's
     * transaction; the following select (a new snapshot under READ COMMITTED) sees the winner.
     */
    @Override
    public LetterNumber addUnlessPayoutHasOne(NewLetter letter) {
        String insert = """
                INSERT INTO letter (letter_no, kind, subject_no, payout_id, member_id, pdf, sha256, code_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (payout_id) DO NOTHING""";
        int inserted = sql().update(insert, letter.number().value(), letter.kind().name(), letter.subjectNumber(),
                letter.payoutId(), letter.memberId(), letter.pdf(), letter.sha256(), letter.codeDigest());
        if (inserted == 1) {
            return letter.number();
        }
        return numberForPayout(letter.payoutId()).orElseThrow(() -> new IllegalStateException(
                "payout " + letter.payoutId() + " has a letter that cannot be read back"));
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
                SELECT l.letter_no, l.kind, l.subject_no, l.issued_at
                FROM letter l JOIN member m ON m.id = l.member_id
                WHERE m.member_no = ? ORDER BY l.issued_at DESC, l.id DESC""";
        return sql().list(select, rs -> new LetterSummary(LetterNumber.parse(rs.getString(1)),
                LetterKind.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant()), memberNumber);
    }

    private static IssuedLetter issuedLetter(ResultSet rs) throws SQLException {
        return new IssuedLetter(LetterNumber.parse(rs.getString(1)), LetterKind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getBytes(5), rs.getString(6), rs.getBytes(7),
                rs.getTimestamp(8).toInstant(), Optional.ofNullable(rs.getString(9)).map(LetterNumber::parse));
    }

    private static LetterNumber letterNumber(ResultSet rs) throws SQLException {
        return LetterNumber.parse(rs.getString(1));
    }
}

package org.huzhu.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
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
public class JdbcLetterRepository implements LetterRepository {

    private static final String COLUMNS = """
            l.letter_no, l.kind, l.subject_no, m.member_no, l.pdf, l.sha256, l.code_hash, l.issued_at, l.superseded_by
            FROM letter l JOIN member m ON m.id = l.member_id""";

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Override
    public Optional<LetterNumber> numberForPayout(long payoutId) {
        return queryOne("SELECT letter_no FROM letter WHERE payout_id = ?",
                statement -> statement.setLong(1, payoutId), rs -> LetterNumber.parse(rs.getString(1)));
    }

    @Override
    public Optional<LetterNumber> currentFor(String subjectNumber) {
        return queryOne("SELECT letter_no FROM letter WHERE subject_no = ? AND superseded_by IS NULL",
                statement -> statement.setString(1, subjectNumber), rs -> LetterNumber.parse(rs.getString(1)));
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
        int inserted = update(insert, statement -> {
            statement.setString(1, letter.number().value());
            statement.setString(2, letter.kind().name());
            statement.setString(3, letter.subjectNumber());
            statement.setLong(4, letter.payoutId());
            statement.setLong(5, letter.memberId());
            statement.setBytes(6, letter.pdf());
            statement.setString(7, letter.sha256());
            statement.setBytes(8, letter.codeDigest());
        });
        if (inserted == 1) {
            return letter.number();
        }
        return numberForPayout(letter.payoutId()).orElseThrow(() -> new IllegalStateException(
                "payout " + letter.payoutId() + " has a letter that cannot be read back"));
    }

    @Override
    public Optional<IssuedLetter> find(LetterNumber number) {
        return queryOne("SELECT " + COLUMNS + " WHERE l.letter_no = ?",
                statement -> statement.setString(1, number.value()), JdbcLetterRepository::issuedLetter);
    }

    /** Two letters never share a SHA-256 in practice; should they, the first issued answers. */
    @Override
    public Optional<IssuedLetter> findBySha256(String sha256) {
        return queryOne("SELECT " + COLUMNS + " WHERE l.sha256 = ? ORDER BY l.id LIMIT 1",
                statement -> statement.setString(1, sha256), JdbcLetterRepository::issuedLetter);
    }

    @Override
    public List<LetterSummary> lettersOf(String memberNumber) {
        String select = """
                SELECT l.letter_no, l.kind, l.subject_no, l.issued_at
                FROM letter l JOIN member m ON m.id = l.member_id
                WHERE m.member_no = ? ORDER BY l.issued_at DESC, l.id DESC""";
        return query(select, statement -> statement.setString(1, memberNumber), rs -> new LetterSummary(
                LetterNumber.parse(rs.getString(1)), LetterKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getTimestamp(4).toInstant()));
    }

    private static IssuedLetter issuedLetter(ResultSet rs) throws SQLException {
        return new IssuedLetter(LetterNumber.parse(rs.getString(1)), LetterKind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getBytes(5), rs.getString(6), rs.getBytes(7),
                rs.getTimestamp(8).toInstant(), Optional.ofNullable(rs.getString(9)).map(LetterNumber::parse));
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> queryOne(String sql, Parameters parameters, Row<T> row) {
        return query(sql, parameters, row).stream().findFirst();
    }

    private <T> List<T> query(String sql, Parameters parameters, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("letter register: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("letter register: " + e.getMessage(), e);
        }
    }
}

package org.huzhu.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.huzhu.domain.model.grant.GrantKind;
import org.huzhu.domain.model.letter.DecidedGrant;
import org.huzhu.domain.model.letter.LetterSubjects;
import org.huzhu.domain.model.letter.PayeeOnRecord;
import org.huzhu.domain.model.letter.SettledPayout;
import org.huzhu.domain.model.letter.UnletteredPayout;
import org.huzhu.domain.model.payout.PayoutKind;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.Streamed;

/**
 * The letters step's reads of payouts over JDBC: the payout with its claim, member and plan, or with its grant and
 * run, as the register holds them, and a streaming cursor over a run's payouts that have no letter yet.
 */
@ApplicationScoped
public class JdbcLetterSubjects extends SqlRepository implements LetterSubjects {

    private static final String UNLETTERED = """
            SELECT p.id, p.member_id FROM payout p
            WHERE p.settlement_run = ? AND p.kind = ? AND mod(p.id, ?) = ? AND p.id > ?
              AND NOT EXISTS (SELECT 1 FROM letter l WHERE l.payout_id = p.id)
            ORDER BY p.id""";

    private static final String SETTLED_PAYOUT = """
            SELECT c.claim_no, pl.name, e.shares, p.payable, p.breakdown::text, c.incident_date, c.admission_date,
                   c.discharge_date, c.diagnosis_code, m.name, m.id_number, m.bank_card
            FROM payout p
            JOIN claim c ON c.id = p.claim_id
            JOIN member m ON m.id = p.member_id
            JOIN enrollment e ON e.id = p.enrollment_id
            JOIN plan pl ON pl.code = p.plan_code
            WHERE p.id = ?""";

    private static final String DECIDED_GRANT = """
            SELECT g.grant_no, g.kind, g.year, g.burden, g.unscaled_amount, p.payable, p.breakdown::text, r.budget,
                   m.name, m.id_number, m.bank_card
            FROM payout p
            JOIN hardship_grant g ON g.id = p.grant_id
            JOIN grant_run r ON r.id = g.grant_run_id
            JOIN member m ON m.id = p.member_id
            WHERE p.id = ?""";

    /** Ids only: a few hundred per round trip keep memory flat however large the run. */
    private static final int FETCH_SIZE = 500;

    JdbcLetterSubjects() {
        super("letter subjects");
    }

    // A cursor on a JTA connection would close at the first chunk commit (see ApprovedClaimReader).
    @Resource(lookup = DataSources.HUZHU_STREAMING)
    private DataSource streaming;

    @Override
    public Streamed<UnletteredPayout> unlettered(long run, PayoutKind payoutKind, int partition, int partitions,
                                                 long after) {
        return StreamedRows.open(streaming, "unlettered payouts", UNLETTERED, FETCH_SIZE,
                rs -> new UnletteredPayout(rs.getLong(1), rs.getLong(2)), run, payoutKind.name(), partitions, partition,
                after);
    }

    @Override
    public SettledPayout settledPayout(long payoutId) {
        return sql().one(SETTLED_PAYOUT, rs -> new SettledPayout(rs.getString(1), rs.getString(2), rs.getInt(3),
                        Money.of(rs.getBigDecimal(4)), PayoutBreakdownJson.explanation(rs.getString(5)),
                        date(rs, 6), date(rs, 7), date(rs, 8), rs.getString(9),
                        new PayeeOnRecord(rs.getString(10), rs.getString(11), rs.getString(12))), payoutId)
                .orElseThrow(() -> new IllegalStateException("payout " + payoutId + " is not a claim's payout"));
    }

    @Override
    public DecidedGrant decidedGrant(long payoutId) {
        return sql().one(DECIDED_GRANT, rs -> new DecidedGrant(rs.getString(1), GrantKind.valueOf(rs.getString(2)),
                        rs.getInt(3), money(rs, 4), money(rs, 5), money(rs, 6),
                        GrantBreakdownJson.basis(rs.getString(7)), money(rs, 8),
                        new PayeeOnRecord(rs.getString(9), rs.getString(10), rs.getString(11))), payoutId)
                .orElseThrow(() -> new IllegalStateException("payout " + payoutId + " is not a grant's payout"));
    }

    @Override
    public LocalDate storedOn(long payoutId) {
        return sql().one("SELECT (created_at AT TIME ZONE ?)::date FROM payout WHERE id = ?", rs -> date(rs, 1),
                        BusinessDate.ZONE.getId(), payoutId)
                .orElseThrow(() -> new IllegalStateException("there is no payout " + payoutId));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Money money(ResultSet rs, int column) throws SQLException {
        return Money.of(rs.getBigDecimal(column));
    }
}

package org.huzhu.interfaces.letters.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.PayoutBreakdownJson;

/** The settlement letter of a claim's payout: reads the payout, claim, member and plan, and drafts the letter. */
@Named("SettlementLetterProcessor")
@Dependent
public class SettlementLetterProcessor extends PayoutLetterProcessor {

    private static final String SETTLED_PAYOUT = """
            SELECT c.claim_no, pl.name, e.shares, p.payable, p.breakdown::text, c.incident_date, c.admission_date,
                   c.discharge_date, c.diagnosis_code, m.name, m.id_number, m.bank_card
            FROM payout p
            JOIN claim c ON c.id = p.claim_id
            JOIN member m ON m.id = p.member_id
            JOIN enrollment e ON e.id = p.enrollment_id
            JOIN plan pl ON pl.code = p.plan_code
            WHERE p.id = ?""";

    @Override
    protected PayoutLetter letterFor(Connection connection, UnletteredPayout payout, PaymentDates paymentDates)
            throws SQLException {
        SettledPayout settled = read(connection, payout.payoutId());
        return new PayoutLetter(payout.payoutId(), payout.memberId(),
                settled.draft(paymentDates.expectedFor(settled.payable())));
    }

    private static SettledPayout read(Connection connection, long payoutId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SETTLED_PAYOUT)) {
            select.setLong(1, payoutId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("payout " + payoutId + " is not a claim's payout");
                }
                return new SettledPayout(rs.getString(1), rs.getString(2), rs.getInt(3),
                        Money.of(rs.getBigDecimal(4)), PayoutBreakdownJson.explanation(rs.getString(5)),
                        date(rs, 6), date(rs, 7), date(rs, 8), rs.getString(9),
                        new PayeeOnRecord(rs.getString(10), rs.getString(11), rs.getString(12)));
            }
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}

package org.huzhu.interfaces.letters.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.huzhu.domain.model.grant.GrantKind;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.GrantBreakdownJson;

/**
 * The grant letter of a grant's or condolence's payout: reads the payout, grant, run and member, and drafts the
 * letter.
 */
@Named("GrantLetterProcessor")
@Dependent
public class GrantLetterProcessor extends PayoutLetterProcessor {

    private static final String DECIDED_GRANT = """
            SELECT g.grant_no, g.kind, g.year, g.burden, g.unscaled_amount, p.payable, p.breakdown::text, r.budget,
                   m.name, m.id_number, m.bank_card
            FROM payout p
            JOIN hardship_grant g ON g.id = p.grant_id
            JOIN grant_run r ON r.id = g.grant_run_id
            JOIN member m ON m.id = p.member_id
            WHERE p.id = ?""";

    @Override
    protected PayoutLetter letterFor(Connection connection, UnletteredPayout payout, PaymentDates paymentDates)
            throws SQLException {
        DecidedGrant grant = read(connection, payout.payoutId());
        return new PayoutLetter(payout.payoutId(), payout.memberId(),
                grant.draft(paymentDates.expectedFor(grant.amount())));
    }

    private static DecidedGrant read(Connection connection, long payoutId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(DECIDED_GRANT)) {
            select.setLong(1, payoutId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("payout " + payoutId + " is not a grant's payout");
                }
                return new DecidedGrant(rs.getString(1), GrantKind.valueOf(rs.getString(2)), rs.getInt(3),
                        money(rs, 4), money(rs, 5), money(rs, 6), GrantBreakdownJson.basis(rs.getString(7)),
                        money(rs, 8), new PayeeOnRecord(rs.getString(9), rs.getString(10), rs.getString(11)));
            }
        }
    }

    private static Money money(ResultSet rs, int column) throws SQLException {
        return Money.of(rs.getBigDecimal(column));
    }
}

package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.huzhu.application.PayoutQuery;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.DataSources;
import org.huzhu.infrastructure.persistence.PayoutBreakdownJson;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultPayoutQuery implements PayoutQuery {

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Override
    public Optional<PayoutView> findByClaimNo(String claimNo) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT p.payable, p.breakdown::text, p.created_at, r.payment_file_id
                     FROM payout p JOIN claim c ON c.id = p.claim_id
                     LEFT JOIN payment_row r ON r.payout_id = p.id
                     WHERE c.claim_no = ?""")) {
            select.setString(1, claimNo);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long file = rs.getLong(4);
                return Optional.of(new PayoutView(claimNo, Money.of(rs.getBigDecimal(1)).toPlainString(),
                        PayoutBreakdownJson.explanation(rs.getString(2)), rs.getTimestamp(3).toInstant(),
                        rs.wasNull() ? Optional.empty() : Optional.of(file)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the payout of claim " + claimNo, e);
        }
    }
}

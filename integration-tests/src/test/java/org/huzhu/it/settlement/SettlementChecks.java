package org.huzhu.it.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.huzhu.domain.model.payout.ClaimToSettle;
import org.huzhu.domain.model.payout.ClaimedBenefit;
import org.huzhu.domain.model.payout.PeriodUsage;
import org.huzhu.domain.model.payout.Settlement;
import org.huzhu.domain.model.payout.SettlementCalculator;
import org.huzhu.domain.model.payout.SettlementTerms;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Money;

/**
 * What a run over {@link SettlementFixtures#manyInpatientClaims} must have stored, computed without the server:
 * the domain calculator settling the claims one by one in order, and the payment file those payouts make.
 */
final class SettlementChecks {

    static final String HEADER = "序号,收款人姓名,银行卡号,开户银行,金额,用途,业务编号\r\n";

    private SettlementChecks() {
    }

    /** Claim number → payable as stored; fails if a claim has more than one payout. */
    static Map<String, String> payouts(SettlementFixtures fixtures, List<String> claims) throws SQLException {
        Map<String, String> payouts = new HashMap<>();
        try (PreparedStatement select = fixtures.connection().prepareStatement("""
                SELECT c.claim_no, p.payable, count(*) OVER (PARTITION BY c.id)
                FROM claim c JOIN payout p ON p.claim_id = c.id WHERE c.claim_no = ANY (?)""")) {
            select.setArray(1, fixtures.connection().createArrayOf("varchar", claims.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    assertEquals(1, rs.getInt(3), "one payout for " + rs.getString(1));
                    payouts.put(rs.getString(1), Money.of(rs.getBigDecimal(2)).toPlainString());
                }
            }
        }
        return payouts;
    }

    /** Claim number → payable, settled by the domain calculator alone, one by one in settlement order. */
    static Map<String, String> settledOneByOne(SettlementFixtures fixtures, List<String> claims) throws SQLException {
        List<ClaimToSettle> toSettle = new ArrayList<>();
        try (PreparedStatement select = fixtures.connection().prepareStatement("""
                SELECT c.claim_no, m.member_no, e.id, e.coverage_start, e.coverage_end, e.shares, c.incident_date,
                       c.admission_date, c.discharge_date, i.policy_self_paid, i.out_of_policy
                FROM claim c JOIN member m ON m.id = c.member_id JOIN enrollment e ON e.id = c.enrollment_id
                JOIN claim_invoice i ON i.claim_id = c.id WHERE c.claim_no = ANY (?)""")) {
            select.setArray(1, fixtures.connection().createArrayOf("varchar", claims.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    toSettle.add(new ClaimToSettle(rs.getString(1), rs.getString(2), rs.getLong(3),
                            new CoveragePeriod(date(rs, 4), date(rs, 5)), rs.getInt(6), date(rs, 7),
                            new ClaimedBenefit.InpatientStay(date(rs, 8), date(rs, 9),
                                    Money.of(rs.getBigDecimal(10)), Money.of(rs.getBigDecimal(11)))));
                }
            }
        }
        assertEquals(claims.size(), toSettle.size());
        Map<String, String> payables = new HashMap<>();
        for (Settlement settlement : new SettlementCalculator(SettlementTerms.defaults())
                .settleInOrder(toSettle, PeriodUsage::none)) {
            payables.put(settlement.claimNumber(), settlement.payable().toPlainString());
        }
        assertNotEquals(1, payables.values().stream().distinct().count(), "the claims pay different amounts");
        return payables;
    }

    /** The payment file of exactly these payouts: those above 0 in order of claim number, then the trailer. */
    static String expectedPaymentFile(SettlementFixtures fixtures, Map<String, String> payables) throws SQLException {
        Map<String, String> paid = new TreeMap<>();
        payables.forEach((claim, payable) -> {
            if (Money.parse(payable).isPositive()) {
                paid.put(claim, payable);
            }
        });
        StringBuilder file = new StringBuilder(HEADER);
        Money total = Money.ZERO;
        int sequence = 0;
        try (PreparedStatement payee = fixtures.connection().prepareStatement(
                "SELECT m.name, m.bank_card, m.bank_name FROM claim c JOIN member m ON m.id = c.member_id WHERE c.claim_no = ?")) {
            for (Map.Entry<String, String> claim : paid.entrySet()) {
                payee.setString(1, claim.getKey());
                try (ResultSet rs = payee.executeQuery()) {
                    rs.next();
                    file.append(++sequence).append(',').append(rs.getString(1)).append(',').append(rs.getString(2))
                            .append(',').append(rs.getString(3)).append(',').append(claim.getValue())
                            .append(",互助金,").append(claim.getKey()).append("\r\n");
                }
                total = total.plus(Money.parse(claim.getValue()));
            }
        }
        return file.append("合计,").append(sequence).append(',').append(total.toPlainString()).append("\r\n").toString();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getDate(column).toLocalDate();
    }
}

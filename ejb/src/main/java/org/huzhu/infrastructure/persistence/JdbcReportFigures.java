package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.report.ReportFigures;
import org.huzhu.domain.model.report.ReportPeriod;
import org.huzhu.domain.model.report.Tally;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.Money;

/** The report's aggregate queries over enrolments, payouts, grants and claims. */
@ApplicationScoped
public class JdbcReportFigures extends SqlRepository implements ReportFigures {

    /**
     * Claim payouts that moved money, settled on a day of [?, ?] (the run's date, not the wall clock of the insert):
     * a payout of 0 pays nobody.
     */
    private static final String PAID_CLAIMS = "kind = 'CLAIM' AND payable > 0 AND settled_on BETWEEN ? AND ?";

    private static final String ENROLMENTS = """
            SELECT count(DISTINCT (member_id, extract(YEAR FROM coverage_start))),
                   count(*),
                   coalesce(sum(contribution) FILTER (WHERE payer <> 'UNION'), 0),
                   count(DISTINCT member_id) FILTER (WHERE payer = 'UNION'),
                   count(*) FILTER (WHERE payer = 'UNION'),
                   coalesce(sum(contribution) FILTER (WHERE payer = 'UNION'), 0)
            FROM enrollment WHERE coverage_start BETWEEN ? AND ?""";

    /**
     * By plan, then (plan_code null) over all plans, so that a member paid by two plans is one person. The grand
     * total row comes even when nothing was paid, with a null sum.
     */
    private static final String CLAIMS_PAID = """
            SELECT plan_code, count(DISTINCT member_id), count(*), coalesce(sum(payable), 0)
            FROM payout WHERE %s
            GROUP BY GROUPING SETS ((plan_code), ())""".formatted(PAID_CLAIMS);

    private static final String MONTHLY_PAYOUTS = """
            SELECT to_char(settled_on, 'YYYY-MM'), plan_code, sum(payable)
            FROM payout WHERE %s
            GROUP BY 1, 2""".formatted(PAID_CLAIMS);

    /**
     * A grant is the run's decision, so it belongs to the day of its run: the grants of 2012 decided by a run on
     * 2013-01-10 are figures of January 2013.
     */
    private static final String GRANTS = """
            SELECT g.kind, count(DISTINCT g.member_id), count(*), sum(g.amount)
            FROM hardship_grant g JOIN grant_run r ON r.id = g.grant_run_id
            WHERE r.run_date BETWEEN ? AND ?
            GROUP BY g.kind""";

    /** Claims submitted in [?, ?) by status, and of them those open (?) past their due date on ?. */
    private static final String CLAIMS_BY_STATUS = """
            SELECT status, count(*),
                   count(*) FILTER (WHERE status = ANY (?) AND due_date < ?)
            FROM claim WHERE submitted_at >= ? AND submitted_at < ?
            GROUP BY status""";

    public JdbcReportFigures() {
        super("report figures");
    }

    @Override
    public Enrolments enrolments(ReportPeriod period) {
        return sql().one(ENROLMENTS, rs -> new Enrolments(rs.getLong(1), rs.getLong(2), Money.of(rs.getBigDecimal(3)),
                new Tally(rs.getLong(4), rs.getLong(5), Money.of(rs.getBigDecimal(6)))),
                period.from(), period.to()).orElseThrow();
    }

    /** One row of {@link #CLAIMS_PAID}: a plan's tally, or (plan null) the total. */
    private record PlanTally(PlanCode plan, Tally tally) {
    }

    @Override
    public ClaimsPaid claimsPaid(ReportPeriod period) {
        List<PlanTally> rows = sql().list(CLAIMS_PAID, rs -> new PlanTally(
                rs.getString(1) == null ? null : PlanCode.valueOf(rs.getString(1)), tally(rs)),
                period.from(), period.to());
        Tally total = Tally.NONE;
        Map<PlanCode, Tally> byPlan = new EnumMap<>(PlanCode.class);
        for (PlanTally row : rows) {
            if (row.plan() == null) {
                total = row.tally();
            } else {
                byPlan.put(row.plan(), row.tally());
            }
        }
        return new ClaimsPaid(total, byPlan);
    }

    /** One row of a grouping query: what it is grouped by, and its value. */
    private record Group<K, V>(K key, V value) {
    }

    @Override
    public Map<String, Tally> grants(ReportPeriod period) {
        Map<String, Tally> grants = new HashMap<>();
        sql().list(GRANTS, rs -> new Group<>(rs.getString(1), tally(rs)), period.from(), period.to())
                .forEach(group -> grants.put(group.key(), group.value()));
        return grants;
    }

    @Override
    public ClaimsSubmitted claimsSubmitted(ReportPeriod period, LocalDate today) {
        OffsetDateTime start = period.from().atStartOfDay(BusinessDate.ZONE).toOffsetDateTime();
        OffsetDateTime end = period.to().plusDays(1).atStartOfDay(BusinessDate.ZONE).toOffsetDateTime();
        String[] open = ClaimStatus.where(ClaimStatus::isOpen).stream().map(Enum::name).toArray(String[]::new);
        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        long overdue = 0;
        for (Group<ClaimStatus, long[]> group : sql().list(CLAIMS_BY_STATUS, rs -> new Group<>(
                ClaimStatus.valueOf(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3)}),
                open, today, start, end)) {
            byStatus.put(group.key(), group.value()[0]);
            overdue += group.value()[1];
        }
        return new ClaimsSubmitted(byStatus, overdue);
    }

    @Override
    public Map<YearMonth, Map<PlanCode, Money>> monthlyPayouts(ReportPeriod period) {
        Map<YearMonth, Map<PlanCode, Money>> paid = new HashMap<>();
        sql().list(MONTHLY_PAYOUTS, rs -> new Group<>(List.of(rs.getString(1), rs.getString(2)),
                        Money.of(rs.getBigDecimal(3))), period.from(), period.to())
                .forEach(group -> paid.computeIfAbsent(YearMonth.parse(group.key().get(0)),
                        month -> new EnumMap<>(PlanCode.class)).put(PlanCode.valueOf(group.key().get(1)), group.value()));
        return paid;
    }

    /** Columns 2 to 4 of a row: people, count and amount. */
    private static Tally tally(ResultSet rs) throws SQLException {
        return new Tally(rs.getLong(2), rs.getLong(3), Money.of(rs.getBigDecimal(4)));
    }
}

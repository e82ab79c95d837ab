package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.huzhu.application.ReportService;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.report.ReportPeriod;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * Each figure is one aggregate query, so a county's 100,000 enrolments never travel to Java; Java only puts
 * the plans and months with nothing in them back as zeros, in catalogue order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultReportService implements ReportService {

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

    private static final String CLAIMS_BY_STATUS = """
            SELECT status, count(*),
                   count(*) FILTER (WHERE status IN ('SUBMITTED', 'VALIDATED') AND due_date < ?)
            FROM claim WHERE submitted_at >= ? AND submitted_at < ?
            GROUP BY status""";

    private static final Tally NONE = new Tally(0, 0, Money.ZERO);

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Override
    public Summary summary(ReportPeriod period) {
        OffsetDateTime start = period.from().atStartOfDay(BusinessDate.ZONE).toOffsetDateTime();
        OffsetDateTime end = period.to().plusDays(1).atStartOfDay(BusinessDate.ZONE).toOffsetDateTime();
        try (Connection connection = dataSource.getConnection()) {
            long enrolmentYears;
            long enrolments;
            Money contributions;
            Tally freeCover;
            try (ResultSet rs = query(connection, ENROLMENTS, period.from(), period.to())) {
                rs.next();
                enrolmentYears = rs.getLong(1);
                enrolments = rs.getLong(2);
                contributions = Money.of(rs.getBigDecimal(3));
                freeCover = new Tally(rs.getLong(4), rs.getLong(5), Money.of(rs.getBigDecimal(6)));
            }

            Map<PlanCode, Tally> byPlan = new EnumMap<>(PlanCode.class);
            Tally claimsPaid = NONE;
            try (ResultSet rs = query(connection, CLAIMS_PAID, period.from(), period.to())) {
                while (rs.next()) {
                    Tally tally = new Tally(rs.getLong(2), rs.getLong(3), Money.of(rs.getBigDecimal(4)));
                    if (rs.getString(1) == null) {
                        claimsPaid = tally;
                    } else {
                        byPlan.put(PlanCode.valueOf(rs.getString(1)), tally);
                    }
                }
            }
            List<PlanPayouts> claimsPaidByPlan = new ArrayList<>();
            for (PlanCode plan : PlanCode.values()) {
                claimsPaidByPlan.add(new PlanPayouts(plan.name(), plan.chineseName(), byPlan.getOrDefault(plan, NONE)));
            }

            Map<String, Tally> grants = grants(connection, period);

            Map<ClaimStatus, Long> statusCounts = new EnumMap<>(ClaimStatus.class);
            long overdue = 0;
            try (ResultSet rs = query(connection, CLAIMS_BY_STATUS, BusinessDate.today(), start, end)) {
                while (rs.next()) {
                    statusCounts.put(ClaimStatus.valueOf(rs.getString(1)), rs.getLong(2));
                    overdue += rs.getLong(3);
                }
            }
            List<StatusCount> claimsByStatus = new ArrayList<>();
            for (ClaimStatus status : ClaimStatus.values()) {
                claimsByStatus.add(new StatusCount(status, statusCounts.getOrDefault(status, 0L)));
            }

            return new Summary(period, enrolmentYears, enrolments, contributions, claimsPaid, claimsPaidByPlan,
                    grants.getOrDefault("GRANT", NONE), grants.getOrDefault("CONDOLENCE", NONE), freeCover,
                    claimsByStatus, overdue, monthlyPayouts(connection, period));
        } catch (SQLException e) {
            throw new IllegalStateException("summing the figures of " + period, e);
        }
    }

    private static Map<String, Tally> grants(Connection connection, ReportPeriod period) throws SQLException {
        Map<String, Tally> grants = new HashMap<>();
        try (ResultSet rs = query(connection, GRANTS, period.from(), period.to())) {
            while (rs.next()) {
                grants.put(rs.getString(1), new Tally(rs.getLong(2), rs.getLong(3), Money.of(rs.getBigDecimal(4))));
            }
        }
        return grants;
    }

    /** Every month the period touches, every plan in catalogue order, zero where nothing was paid. */
    private static List<MonthlyPayout> monthlyPayouts(Connection connection, ReportPeriod period) throws SQLException {
        Map<String, Money> paid = new HashMap<>();
        try (ResultSet rs = query(connection, MONTHLY_PAYOUTS, period.from(), period.to())) {
            while (rs.next()) {
                paid.put(rs.getString(1) + " " + rs.getString(2), Money.of(rs.getBigDecimal(3)));
            }
        }
        List<MonthlyPayout> series = new ArrayList<>();
        for (YearMonth month = period.firstMonth(); !month.isAfter(period.lastMonth()); month = month.plusMonths(1)) {
            for (PlanCode plan : PlanCode.values()) {
                series.add(new MonthlyPayout(month, plan.name(), paid.getOrDefault(month + " " + plan.name(), Money.ZERO)));
            }
        }
        return series;
    }

    /** The statement closes with its result set's connection; the caller closes the result set. */
    private static ResultSet query(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        statement.closeOnCompletion();
        return statement.executeQuery();
    }
}

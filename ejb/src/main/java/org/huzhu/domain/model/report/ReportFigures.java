package org.huzhu.domain.model.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Money;

/**
 * The union's figures of a period as the stored records sum them (SPEC.md §10): each is one aggregate query, so a
 * county's enrolments never travel to Java. Plans, statuses and months with nothing in them are left out.
 */
public interface ReportFigures {

    /**
     * @param enrolmentYears members enrolled, counted once a plan year
     * @param freeCover      enrolments the union paid for
     */
    record Enrolments(long enrolmentYears, long enrolments, Money contributions, Tally freeCover) {
    }

    /** Claim payouts that moved money, over all plans (a member paid by two plans is one person) and by plan. */
    record ClaimsPaid(Tally total, Map<PlanCode, Tally> byPlan) {
    }

    /** Claims submitted in the period by status, and how many of them are overdue on the day asked. */
    record ClaimsSubmitted(Map<ClaimStatus, Long> byStatus, long overdue) {
    }

    Enrolments enrolments(ReportPeriod period);

    ClaimsPaid claimsPaid(ReportPeriod period);

    /** Hardship grants decided by runs of the period, by kind ({@code GRANT}, {@code CONDOLENCE}). */
    Map<String, Tally> grants(ReportPeriod period);

    ClaimsSubmitted claimsSubmitted(ReportPeriod period, LocalDate today);

    /** Claim payouts that moved money by month and plan. */
    Map<YearMonth, Map<PlanCode, Money>> monthlyPayouts(ReportPeriod period);
}

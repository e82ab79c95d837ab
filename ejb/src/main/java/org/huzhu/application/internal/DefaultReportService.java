package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huzhu.application.ReportService;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.report.ReportFigures;
import org.huzhu.domain.model.report.ReportPeriod;
import org.huzhu.domain.model.report.Tally;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.Money;

/**
 * Each figure is one aggregate query ({@link ReportFigures}), so a county's 100,000 enrolments never travel to Java;
 * Java only puts the plans and months with nothing in them back as zeros, in catalogue order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultReportService implements ReportService {

    @Inject
    private ReportFigures figures;

    @Override
    public Summary summary(ReportPeriod period) {
        ReportFigures.Enrolments enrolled = figures.enrolments(period);
        ReportFigures.ClaimsPaid paid = figures.claimsPaid(period);
        List<PlanPayouts> claimsPaidByPlan = new ArrayList<>();
        for (PlanCode plan : PlanCode.values()) {
            claimsPaidByPlan.add(new PlanPayouts(plan.name(), plan.chineseName(),
                    paid.byPlan().getOrDefault(plan, Tally.NONE)));
        }
        Map<String, Tally> grants = figures.grants(period);
        ReportFigures.ClaimsSubmitted submitted = figures.claimsSubmitted(period, BusinessDate.today());
        List<StatusCount> claimsByStatus = new ArrayList<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            claimsByStatus.add(new StatusCount(status, submitted.byStatus().getOrDefault(status, 0L)));
        }
        return new Summary(period, enrolled.enrolmentYears(), enrolled.enrolments(), enrolled.contributions(),
                paid.total(), claimsPaidByPlan, grants.getOrDefault("GRANT", Tally.NONE),
                grants.getOrDefault("CONDOLENCE", Tally.NONE), enrolled.freeCover(), claimsByStatus,
                submitted.overdue(), monthlyPayouts(period));
    }

    /** Every month the period touches, every plan in catalogue order, zero where nothing was paid. */
    private List<MonthlyPayout> monthlyPayouts(ReportPeriod period) {
        Map<YearMonth, Map<PlanCode, Money>> paid = figures.monthlyPayouts(period);
        List<MonthlyPayout> series = new ArrayList<>();
        for (YearMonth month = period.firstMonth(); !month.isAfter(period.lastMonth()); month = month.plusMonths(1)) {
            for (PlanCode plan : PlanCode.values()) {
                series.add(new MonthlyPayout(month, plan.name(),
                        paid.getOrDefault(month, Map.of()).getOrDefault(plan, Money.ZERO)));
            }
        }
        return series;
    }
}

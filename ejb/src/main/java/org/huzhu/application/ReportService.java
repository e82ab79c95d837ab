package org.huzhu.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.report.ReportPeriod;
import org.huzhu.domain.model.report.Tally;
import org.huzhu.domain.model.shared.Money;

/**
 * The union's figures for a period (SPEC.md §10), each summed by the database. What each figure counts is
 * written down in docs/reports.md; in short, a figure belongs to the period by the day its record took effect:
 * an enrolment's coverage start, a claim payout's creation day, a grant's run date, a claim's submission day
 * (Asia/Shanghai).
 */
public interface ReportService {

    Summary summary(ReportPeriod period);


    record PlanPayouts(String planCode, String planName, Tally tally) {
    }

    record StatusCount(ClaimStatus status, long claims) {
    }

    /** One month's claim payouts of one plan; every month and plan of the period is present, zero or not. */
    record MonthlyPayout(YearMonth month, String planCode, Money amount) {
    }

    /**
     * @param enrolmentYears   参保人次: members enrolled, once per member and year of coverage start however many
     *                         plans they joined (a member whose cover starts in two years of the period counts twice)
     * @param enrolments       参保笔数: enrolments whose coverage starts in the period, one per member and plan, free
     *                         cover included
     * @param contributions    筹集保障金: their contributions, free cover (payer UNION) excluded
     * @param claimsPaid       理赔人数 and 支付金额 over all plans; people are counted once however many plans paid
     * @param freeCover        赠送: UNION-paid enrolments; amount is the contribution the members would have paid
     * @param overdueClaims    of the claims submitted in the period, those still SUBMITTED or VALIDATED after their
     *                         1-3-10 due date
     */
    record Summary(ReportPeriod period, long enrolmentYears, long enrolments, Money contributions, Tally claimsPaid,
            List<PlanPayouts> claimsPaidByPlan, Tally grants, Tally condolences, Tally freeCover,
            List<StatusCount> claimsByStatus, long overdueClaims, List<MonthlyPayout> monthlyPayouts) {

        public Summary {
            claimsPaidByPlan = List.copyOf(claimsPaidByPlan);
            claimsByStatus = List.copyOf(claimsByStatus);
            monthlyPayouts = List.copyOf(monthlyPayouts);
        }

        /**
         * The figures as the county's table lists them, in Chinese: the page, the JSON and the XLSX all show
         * these rows, so the three cannot disagree.
         */
        public List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            rows.add(Row.count("参保", "参保人次", enrolmentYears));
            rows.add(Row.count("参保", "参保笔数（按保障计划）", enrolments));
            rows.add(Row.money("参保", "筹集保障金（元）", contributions));
            rows.add(Row.count("赠送", "赠送人数", freeCover.people()));
            rows.add(Row.money("赠送", "赠送保障金额（元）", freeCover.amount()));
            addTally(rows, "理赔", "理赔", "支付金额（元）", claimsPaid);
            for (PlanPayouts plan : claimsPaidByPlan) {
                addTally(rows, "理赔 · " + plan.planName(), "理赔", "支付金额（元）", plan.tally());
            }
            addTally(rows, "困难帮扶", "救助", "救助金额（元）", grants);
            addTally(rows, "困难帮扶", "慰问", "慰问金额（元）", condolences);
            for (StatusCount status : claimsByStatus) {
                rows.add(Row.count("理赔件数", status.status().label(), status.claims()));
            }
            rows.add(Row.count("理赔件数", "逾期未办结（1-3-10）", overdueClaims));
            return rows;
        }

        private static void addTally(List<Row> rows, String section, String what, String amountItem, Tally tally) {
            rows.add(Row.count(section, what + "人数", tally.people()));
            rows.add(Row.count(section, what + "笔数", tally.count()));
            rows.add(Row.money(section, amountItem, tally.amount()));
        }
    }

    /** One line of the table: a count, or an amount of money (two decimals). */
    record Row(String section, String item, BigDecimal value, boolean money) {

        static Row count(String section, String item, long count) {
            return new Row(section, item, BigDecimal.valueOf(count), false);
        }

        static Row money(String section, String item, Money amount) {
            // Money keeps no trailing zeros; the table shows fen, 90.00 not 90.
            return new Row(section, item, amount.amount().setScale(2, RoundingMode.HALF_UP), true);
        }
    }
}

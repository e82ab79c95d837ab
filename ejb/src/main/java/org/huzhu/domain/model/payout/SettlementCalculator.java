package org.huzhu.domain.model.payout;

import static org.huzhu.domain.model.shared.ChineseAmounts.bound;
import static org.huzhu.domain.model.shared.ChineseAmounts.percent;
import static org.huzhu.domain.model.shared.ChineseAmounts.yuan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.huzhu.domain.model.payout.ClaimedBenefit.AccidentDeath;
import org.huzhu.domain.model.payout.ClaimedBenefit.AccidentDisability;
import org.huzhu.domain.model.payout.ClaimedBenefit.AccidentMedical;
import org.huzhu.domain.model.payout.ClaimedBenefit.AllowanceStay;
import org.huzhu.domain.model.payout.ClaimedBenefit.CriticalIllness;
import org.huzhu.domain.model.payout.ClaimedBenefit.FemaleDiagnosis;
import org.huzhu.domain.model.payout.ClaimedBenefit.InpatientStay;
import org.huzhu.domain.model.shared.Money;

/**
 * Settles approved claims of one plan version (SPEC.md §6). Exact arithmetic throughout; only each claim's
 * payable is rounded, half-up to the fen.
 * <p>
 * A claim's settlement depends only on the claim and on what the earlier settled claims of its member, plan and
 * period used ({@link PeriodUsage}). A batch job therefore gets the same payouts however it partitions members,
 * as long as each member's claims are settled in {@link ClaimToSettle#SETTLEMENT_ORDER}.
 */
public final class SettlementCalculator {

    private final SettlementTerms terms;

    public SettlementCalculator(SettlementTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /**
     * Settles {@code claims} in settlement order, whatever order they come in.
     *
     * @param usedBeforeRun what the claims settled in earlier runs used, per member, plan and period; asked
     *                      once per key, when its first claim comes up, so it may be a database query
     * @return the settlements in settlement order
     */
    public List<Settlement> settleInOrder(Collection<ClaimToSettle> claims,
            Function<SettlementKey, PeriodUsage> usedBeforeRun) {
        Set<String> claimNumbers = new HashSet<>();
        Map<SettlementKey, PeriodUsage> usage = new HashMap<>();
        List<Settlement> settlements = new ArrayList<>(claims.size());
        for (ClaimToSettle claim : claims.stream().sorted(ClaimToSettle.SETTLEMENT_ORDER).toList()) {
            if (!claimNumbers.add(claim.claimNumber())) {
                throw new IllegalArgumentException("claim " + claim.claimNumber() + " given twice");
            }
            PeriodUsage before = usage.computeIfAbsent(claim.key(), usedBeforeRun);
            Settlement settlement = settle(claim, before);
            usage.put(claim.key(), before.plus(settlement.usage()));
            settlements.add(settlement);
        }
        return settlements;
    }

    /**
     * Settles one claim after the earlier settled claims of its member, plan and period.
     *
     * @throws IllegalArgumentException if {@code usedBefore} belongs to another member, plan or period, or the
     *                                  claim cannot be settled (a FEMALE diagnosis inside the waiting period)
     */
    public Settlement settle(ClaimToSettle claim, PeriodUsage usedBefore) {
        if (!claim.key().equals(usedBefore.key())) {
            throw new IllegalArgumentException(
                    "claim " + claim.claimNumber() + " of " + claim.key() + " settled on the usage of " + usedBefore.key());
        }
        return switch (claim.benefit()) {
            case InpatientStay stay -> inpatient(claim, stay, usedBefore);
            case AllowanceStay stay -> allowance(claim, stay, usedBefore);
            case CriticalIllness ignored -> critical(claim, usedBefore);
            case FemaleDiagnosis diagnosis -> female(claim, diagnosis, usedBefore);
            case AccidentDeath death -> accidentLumpSum(claim, death.accidentDate(),
                    terms.accident().deathPerShare(), "意外身故", usedBefore);
            case AccidentDisability disability -> disability(claim, disability, usedBefore);
            case AccidentMedical medical -> accidentMedical(claim, medical, usedBefore);
        };
    }

    private Settlement inpatient(ClaimToSettle claim, InpatientStay stay, PeriodUsage before) {
        SettlementTerms.Inpatient inpatient = terms.inpatient();
        Money base = stay.policySelfPaid();
        Money deductibleLeft = inpatient.deductiblePerPeriod().minus(before.deductibleUsed()).atLeastZero();
        Money deductibleUsed = base.min(deductibleLeft);
        Money placed = base.minus(deductibleUsed);
        List<BandResult> bands = inpatient.bands().place(before.placedOnBands(), placed);

        Calculation calculation = new Calculation(claim);
        calculation.measuredOn(base, deductibleUsed);
        calculation.line("住院 " + stay.admission() + " 至 " + stay.discharge() + "，政策范围内自付 " + yuan(base) + " 元");
        if (stay.outOfPolicy().isPositive()) {
            calculation.line("政策范围外费用 " + yuan(stay.outOfPolicy()) + " 元不在互助范围内");
        }
        calculation.line(deductibleLine(inpatient.deductiblePerPeriod(), before.deductibleUsed(), deductibleUsed));
        calculation.line("扣除起付线后 " + yuan(placed) + " 元，计入本期累计 " + yuan(before.placedOnBands())
                + " 至 " + yuan(before.placedOnBands().plus(placed)) + " 元");
        calculation.bands(bands);
        calculation.perShare(sumOfResults(bands));
        calculation.limit(LimitReason.BASE, base);
        calculation.periodCap(inpatient.periodCapPerShare(), before);
        return calculation.conclude(payable -> ClaimUsage.ofBands(deductibleUsed, placed, payable), false);
    }

    private Settlement allowance(ClaimToSettle claim, AllowanceStay stay, PeriodUsage before) {
        SettlementTerms.Allowance allowance = terms.allowance();
        long paidDays = Math.max(0, stay.days() - allowance.unpaidDays());

        Calculation calculation = new Calculation(claim);
        calculation.line("住院 " + stay.admission() + " 至 " + stay.discharge() + "，共 " + stay.days() + " 天，前 "
                + allowance.unpaidDays() + " 天不计津贴，计 " + paidDays + " 天");
        calculation.line("每天 " + yuan(allowance.perDayPerShare()) + " 元");
        calculation.perShare(allowance.perDayPerShare().times(paidDays));
        calculation.periodCap(allowance.periodCapPerShare(), before);
        return calculation.conclude(ClaimUsage::ofCap, false);
    }

    private Settlement critical(ClaimToSettle claim, PeriodUsage before) {
        Calculation calculation = new Calculation(claim);
        calculation.line("重大疾病互助金");
        calculation.perShare(terms.critical().perShare());
        calculation.oncePerEnrolment(before);
        return calculation.conclude(ClaimUsage::ofOnceOnlyBenefit, false);
    }

    private Settlement female(ClaimToSettle claim, FemaleDiagnosis diagnosis, PeriodUsage before) {
        SettlementTerms.Female female = terms.female();
        long daysSinceStart = claim.coverage().daysFromStartTo(claim.incidentDate());
        if (!diagnosis.renewal() && daysSinceStart < female.earlyBenefitFromDay()) {
            throw new IllegalArgumentException("claim " + claim.claimNumber() + ": diagnosed " + daysSinceStart
                    + " days after coverage start, inside the waiting period (V04)");
        }
        boolean early = !diagnosis.renewal() && daysSinceStart < female.fullBenefitFromDay();

        Calculation calculation = new Calculation(claim);
        calculation.line(diagnosis.renewal()
                ? "续保，视同确诊日距保障起始日满 " + female.fullBenefitFromDay() + " 天"
                : "确诊日距保障起始日 " + daysSinceStart + " 天");
        if (early) {
            calculation.line("不满 " + female.fullBenefitFromDay() + " 天，" + diagnosis.kind().chineseName()
                    + "按 " + yuan(female.earlyPerShare()) + " 元每份给付");
            calculation.perShare(female.earlyPerShare());
        } else {
            calculation.line(diagnosis.kind().chineseName());
            calculation.perShare(diagnosis.kind() == FemaleDiagnosisKind.CARCINOMA_IN_SITU
                    ? female.inSituPerShare()
                    : female.listedCancerPerShare());
        }
        calculation.oncePerEnrolment(before);
        return calculation.conclude(ClaimUsage::ofOnceOnlyBenefit, true);
    }

    private Settlement disability(ClaimToSettle claim, AccidentDisability disability, PeriodUsage before) {
        SettlementTerms.Accident accident = terms.accident();
        BigDecimal rate = accident.disabilityRate(disability.grade());
        return accidentLumpSum(claim, disability.accidentDate(), accident.disabilityBasePerShare().times(rate),
                "意外伤残 " + disability.grade() + " 级，按 " + yuan(accident.disabilityBasePerShare()) + " 元的 "
                        + percent(rate) + " 给付",
                before);
    }

    /**
     * Death and disability. SPEC.md says death pays less any disability already paid for the accident; a second
     * disability of the same accident (a re-assessed grade) is treated alike, so one accident never pays more
     * than its highest lump-sum benefit.
     */
    private Settlement accidentLumpSum(ClaimToSettle claim, LocalDate accidentDate, Money perShare,
            String benefitLine, PeriodUsage before) {
        Money paidForAccident = before.accidentLumpSumPaid(accidentDate);

        Calculation calculation = new Calculation(claim);
        calculation.line("意外事故日期 " + accidentDate + "，" + benefitLine);
        calculation.perShare(perShare);
        if (paidForAccident.isPositive()) {
            calculation.line("同一意外事故已给付 " + yuan(paidForAccident) + " 元");
            calculation.limit(LimitReason.SAME_ACCIDENT_ALREADY_PAID,
                    calculation.amountForShares().minus(paidForAccident).atLeastZero());
        }
        return calculation.conclude(payable -> ClaimUsage.ofAccidentLumpSum(accidentDate, payable), false);
    }

    private Settlement accidentMedical(ClaimToSettle claim, AccidentMedical medical, PeriodUsage before) {
        SettlementTerms.Accident accident = terms.accident();
        Money base = medical.selfPaid();
        Money excess = base.min(accident.medicalExcessPerClaim());
        List<BandResult> bands = accident.medicalBands().place(Money.ZERO, base.minus(excess));

        Calculation calculation = new Calculation(claim);
        calculation.measuredOn(base, excess);
        calculation.line("意外医疗费用 " + yuan(base) + " 元（政策范围内自付 " + yuan(medical.policySelfPaid())
                + " 元，政策范围外 " + yuan(medical.outOfPolicy()) + " 元）");
        calculation.line("每次免赔 " + yuan(excess) + " 元");
        calculation.bands(bands);
        calculation.notMultipliedByShares(sumOfResults(bands));
        calculation.periodCap(accident.medicalPeriodCapPerShare(), before);
        return calculation.conclude(ClaimUsage::ofCap, false);
    }

    private static String deductibleLine(Money deductible, Money usedBefore, Money usedNow) {
        StringBuilder line = new StringBuilder("起付线 ").append(yuan(deductible)).append(" 元");
        if (usedBefore.isPositive()) {
            line.append("，本期此前已扣除 ").append(yuan(usedBefore)).append(" 元");
        }
        if (!usedNow.equals(deductible)) {
            line.append("，本次扣除 ").append(yuan(usedNow)).append(" 元");
        }
        return line.toString();
    }

    private static Money sumOfResults(List<BandResult> bands) {
        return bands.stream().map(BandResult::result).reduce(Money.ZERO, Money::plus);
    }

    private static String bandLine(BandResult band) {
        String range;
        if (band.upperBoundIfAny().isEmpty()) {
            range = band.lowerBound().isZero() ? "" : bound(band.lowerBound()) + " 元以上部分 ";
        } else if (band.lowerBound().isZero()) {
            range = bound(band.upperBound()) + " 元以下部分 ";
        } else {
            range = bound(band.lowerBound()) + " 至 " + bound(band.upperBound()) + " 元部分 ";
        }
        return range + yuan(band.amountInBand()) + " 元，按 " + percent(band.rate()) + " 计 "
                + yuan(band.result()) + " 元";
    }

    /** The steps of one claim's settlement, gathered in the order a letter explains them. */
    private static final class Calculation {
        private final ClaimToSettle claim;
        private final List<String> lines = new ArrayList<>();
        private final List<AppliedLimit> limits = new ArrayList<>();
        private List<BandResult> bands = List.of();
        private Money base = Money.ZERO;
        private Money deductibleUsed = Money.ZERO;
        private Money amountPerShare;
        private Money amountForShares;

        Calculation(ClaimToSettle claim) {
            this.claim = claim;
        }

        void line(String line) {
            lines.add(line);
        }

        void bands(List<BandResult> placed) {
            bands = placed;
            placed.forEach(band -> line(bandLine(band)));
        }

        void measuredOn(Money costs, Money deductible) {
            base = costs;
            deductibleUsed = deductible;
        }

        void perShare(Money amount) {
            amountPerShare = amount;
            amountForShares = amount.times(claim.shares());
            line("每份 " + yuan(amount) + " 元 × " + claim.shares() + " 份 = " + yuan(amountForShares) + " 元");
        }

        /** ACCIDENT medical: shares raise the period cap, not the rate. */
        void notMultipliedByShares(Money amount) {
            amountPerShare = amount;
            amountForShares = amount;
        }

        Money amountForShares() {
            return amountForShares;
        }

        void limit(LimitReason reason, Money amountLeft) {
            limits.add(new AppliedLimit(reason, amountLeft));
        }

        void periodCap(Money capPerShare, PeriodUsage before) {
            Money cap = capPerShare.times(claim.shares());
            Money left = cap.minus(before.capUsed()).atLeastZero();
            line("本期封顶线 " + yuan(cap) + " 元（每份 " + yuan(capPerShare) + " 元），此前已给付 "
                    + yuan(before.capUsed()) + " 元，剩余 " + yuan(left) + " 元");
            limit(LimitReason.PERIOD_CAP, left);
        }

        void oncePerEnrolment(PeriodUsage before) {
            if (before.onceOnlyBenefitPaid()) {
                limit(LimitReason.BENEFIT_ALREADY_PAID, Money.ZERO);
            }
        }

        /**
         * Holds the amount to every limit, rounds it and records what the claim used.
         *
         * @param endsEnrolmentWhenPaid whether paying this benefit ends the enrolment
         */
        Settlement conclude(Function<Money, ClaimUsage> usageOfPayable, boolean endsEnrolmentWhenPaid) {
            Money exact = amountForShares;
            LimitReason limitedBy = LimitReason.NONE;
            for (AppliedLimit limit : limits) {
                if (limit.amountLeft().compareTo(exact) < 0) {
                    exact = limit.amountLeft();
                    limitedBy = limit.reason();
                }
            }
            Money payable = exact.roundedToFen();
            if (!payable.equals(exact)) {
                line("计算结果 " + yuan(exact) + " 元，四舍五入至分");
            }
            line(limitedBy.chineseText() + "，应付 " + yuan(payable) + " 元");
            boolean endsEnrolment = endsEnrolmentWhenPaid && payable.isPositive();
            if (endsEnrolment) {
                line("给付后本保障终止");
            }
            PayoutBreakdown breakdown = new PayoutBreakdown(claim.plan(), claim.shares(), base, deductibleUsed,
                    bands, amountPerShare, amountForShares, limits, limitedBy, exact, lines);
            return new Settlement(claim.claimNumber(), claim.enrolmentId(), claim.key(), payable, endsEnrolment,
                    breakdown, usageOfPayable.apply(payable));
        }
    }
}

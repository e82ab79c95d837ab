package org.huzhu.domain.model.payout;

import static org.huzhu.domain.model.payout.Claims.allowanceStay;
import static org.huzhu.domain.model.payout.Claims.claim;
import static org.huzhu.domain.model.payout.Claims.day;
import static org.huzhu.domain.model.payout.Claims.death;
import static org.huzhu.domain.model.payout.Claims.disability;
import static org.huzhu.domain.model.payout.Claims.inpatientStay;
import static org.huzhu.domain.model.payout.Claims.medical;
import static org.huzhu.domain.model.payout.Claims.newEnrolmentDiagnosis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.huzhu.domain.model.payout.ClaimedBenefit.CriticalIllness;
import org.huzhu.domain.model.payout.ClaimedBenefit.FemaleDiagnosis;
import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SettlementCalculatorTest {

    private final SettlementCalculator calculator = new SettlementCalculator(SettlementTerms.defaults());

    private List<Settlement> settle(ClaimToSettle... claims) {
        return calculator.settleInOrder(List.of(claims), PeriodUsage::none);
    }

    private static void assertPayable(String expected, LimitReason limitedBy, Settlement settlement) {
        assertEquals(Money.parse(expected), settlement.payable(), settlement.claimNumber());
        assertEquals(limitedBy, settlement.breakdown().limitedBy(), settlement.claimNumber());
    }

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }

    @Nested
    class Inpatient {

        /** SPEC.md §6, worked examples: 2 shares, claims A, B, C in that order. */
        @Test
        void workedExamplesOfTheSpecification() {
            List<Settlement> settled = settle(
                    claim("HZ2026000003", "M1", 2, day(5, 1), inpatientStay(day(5, 1), "5000.00")),
                    claim("HZ2026000001", "M1", 2, day(2, 1), inpatientStay(day(2, 1), "8000.00")),
                    claim("HZ2026000002", "M1", 2, day(3, 1), inpatientStay(day(3, 1), "20000.00")));

            Settlement a = settled.get(0);
            assertEquals("HZ2026000001", a.claimNumber());
            assertEquals(yuan("500"), a.breakdown().deductibleUsed());
            assertEquals(List.of(new BandResult(Money.ZERO, yuan("10000"), new BigDecimal("0.50"), yuan("7500"),
                    yuan("3750"))), a.breakdown().bands());
            assertEquals(yuan("7500"), a.breakdown().amountForShares());
            assertEquals(yuan("30000"), a.breakdown().capLeftBefore().orElseThrow());
            assertPayable("7500.00", LimitReason.NONE, a);

            Settlement b = settled.get(1);
            assertEquals(Money.ZERO, b.breakdown().deductibleUsed());
            assertEquals(yuan("11750"), b.breakdown().amountPerShare());
            assertEquals(yuan("23500"), b.breakdown().amountForShares());
            assertEquals(yuan("22500"), b.breakdown().capLeftBefore().orElseThrow());
            assertPayable("20000.00", LimitReason.BASE, b);

            Settlement c = settled.get(2);
            assertEquals(List.of(
                    new BandResult(yuan("10000"), yuan("30000"), new BigDecimal("0.60"), yuan("2500"), yuan("1500")),
                    new BandResult(yuan("30000"), null, new BigDecimal("0.70"), yuan("2500"), yuan("1750"))),
                    c.breakdown().bands());
            assertEquals(yuan("6500"), c.breakdown().amountForShares());
            assertEquals(yuan("2500"), c.breakdown().capLeftBefore().orElseThrow());
            assertPayable("2500.00", LimitReason.PERIOD_CAP, c);
        }

        @Test
        void explanationOfClaimA() {
            Settlement a = settle(claim("HZ2026000001", "M1", 2, day(2, 1), inpatientStay(day(2, 1), "8000.00")))
                    .getFirst();

            assertEquals(List.of(
                    "住院 2026-02-01 至 2026-02-08，政策范围内自付 8,000.00 元",
                    "起付线 500.00 元",
                    "扣除起付线后 7,500.00 元，计入本期累计 0.00 至 7,500.00 元",
                    "10,000 元以下部分 7,500.00 元，按 50% 计 3,750.00 元",
                    "每份 3,750.00 元 × 2 份 = 7,500.00 元",
                    "本期封顶线 30,000.00 元（每份 15,000.00 元），此前已给付 0.00 元，剩余 30,000.00 元",
                    "按计算金额给付，应付 7,500.00 元"),
                    a.breakdown().explanation());
        }

        /** After A, B and C the cap of 2 × 15,000 is used: 7,500 + 20,000 + 2,500 = 30,000. */
        @Test
        void claimAfterTheCapIsUsedSettlesToZeroAndSaysWhy() {
            Settlement d = settle(
                    claim("HZ2026000001", "M1", 2, day(2, 1), inpatientStay(day(2, 1), "8000.00")),
                    claim("HZ2026000002", "M1", 2, day(3, 1), inpatientStay(day(3, 1), "20000.00")),
                    claim("HZ2026000003", "M1", 2, day(5, 1), inpatientStay(day(5, 1), "5000.00")),
                    claim("HZ2026000004", "M1", 2, day(6, 1), inpatientStay(day(6, 1), "1000.00"))).getLast();

            assertPayable("0.00", LimitReason.PERIOD_CAP, d);
            assertEquals(Money.ZERO, d.breakdown().capLeftBefore().orElseThrow());
            assertTrue(d.breakdown().explanation().contains("以本期封顶线剩余额度为限，应付 0.00 元"));
        }

        /**
         * 1 share, base 40,500: deductible 500, placed 40,000 = 10,000 × 50% + 20,000 × 60% + 10,000 × 70%
         * = 5,000 + 12,000 + 7,000 = 24,000; the cap of 15,000 limits.
         */
        @Test
        void oneClaimAcrossAllThreeBandsIsHeldToTheCap() {
            Settlement settled = settle(claim("HZ2026000001", "M1", 1, day(4, 1), inpatientStay(day(4, 1), "40500.00")))
                    .getFirst();

            assertEquals(List.of(yuan("10000"), yuan("20000"), yuan("10000")),
                    settled.breakdown().bands().stream().map(BandResult::amountInBand).toList());
            assertEquals(List.of(yuan("5000"), yuan("12000"), yuan("7000")),
                    settled.breakdown().bands().stream().map(BandResult::result).toList());
            assertEquals(yuan("24000"), settled.breakdown().amountForShares());
            assertPayable("15000.00", LimitReason.PERIOD_CAP, settled);
        }

        /** Base 1,234.57 − 500 = 734.57 × 50% = 367.285, rounded half-up only at the end: 367.29. */
        @Test
        void onlyThePayableIsRoundedHalfUp() {
            Settlement settled = settle(claim("HZ2026000001", "M1", 1, day(4, 1), inpatientStay(day(4, 1), "1234.57")))
                    .getFirst();

            assertEquals(Money.of(new BigDecimal("367.285")), settled.breakdown().payableBeforeRounding());
            assertPayable("367.29", LimitReason.NONE, settled);
            assertTrue(settled.breakdown().explanation().contains("计算结果 367.285 元，四舍五入至分"));
        }

        /** Out-of-policy costs are not covered: (1,500 − 500) × 50% = 500, whatever the 2,000 out of policy. */
        @Test
        void outOfPolicyCostsAreNotCovered() {
            Settlement settled = settle(claim("HZ2026000001", "M1", 1, day(4, 1), new ClaimedBenefit.InpatientStay(
                    day(4, 1), day(4, 9), yuan("1500.00"), yuan("2000.00")))).getFirst();

            assertEquals(yuan("1500"), settled.breakdown().base());
            assertPayable("500.00", LimitReason.NONE, settled);
            assertTrue(settled.breakdown().explanation().contains("政策范围外费用 2,000.00 元不在互助范围内"));
        }

        /** Base 300 uses 300 of the deductible; the next claim, 1,000, uses the other 200: 800 × 50% = 400. */
        @Test
        void deductibleIsPerPeriodAcrossClaims() {
            List<Settlement> settled = settle(
                    claim("HZ2026000001", "M1", 3, day(4, 1), inpatientStay(day(4, 1), "300.00")),
                    claim("HZ2026000002", "M1", 3, day(5, 1), inpatientStay(day(5, 1), "1000.00")));

            assertPayable("0.00", LimitReason.NONE, settled.get(0));
            assertEquals(yuan("200"), settled.get(1).breakdown().deductibleUsed());
            assertPayable("1000.00", LimitReason.BASE, settled.get(1));
            assertEquals(yuan("1200"), settled.get(1).breakdown().amountForShares());
            assertTrue(settled.get(1).breakdown().explanation()
                    .contains("起付线 500.00 元，本期此前已扣除 300.00 元，本次扣除 200.00 元"));
        }
    }

    @Nested
    class Allowance {

        /** SPEC.md §6: (15 − 3) × 40 = 480.00. */
        @Test
        void workedExampleOfTheSpecification() {
            Settlement settled = settle(claim("HZ2026000001", "M1", 1, day(3, 1), allowanceStay(day(3, 1), day(3, 16))))
                    .getFirst();

            assertPayable("480.00", LimitReason.NONE, settled);
        }

        @Test
        void stayOfThreeDaysPaysNothing() {
            Settlement settled = settle(claim("HZ2026000001", "M1", 2, day(3, 1), allowanceStay(day(3, 1), day(3, 4))))
                    .getFirst();

            assertPayable("0.00", LimitReason.NONE, settled);
        }

        /**
         * 2 shares, cap 14,400. Jan 10 – Apr 13 is 93 days: 90 × 40 × 2 = 7,200. May 1 – Aug 9 is 100 days:
         * 97 × 80 = 7,760, 7,200 left. Sep 1 – Sep 11: 7 × 80 = 560, nothing left.
         */
        @Test
        void capIsReachedAcrossSeveralClaims() {
            List<Settlement> settled = settle(
                    claim("HZ2026000001", "M1", 2, day(1, 10), allowanceStay(day(1, 10), day(4, 13))),
                    claim("HZ2026000002", "M1", 2, day(5, 1), allowanceStay(day(5, 1), day(8, 9))),
                    claim("HZ2026000003", "M1", 2, day(9, 1), allowanceStay(day(9, 1), day(9, 11))));

            assertPayable("7200.00", LimitReason.NONE, settled.get(0));
            assertEquals(yuan("7760"), settled.get(1).breakdown().amountForShares());
            assertPayable("7200.00", LimitReason.PERIOD_CAP, settled.get(1));
            assertEquals(yuan("560"), settled.get(2).breakdown().amountForShares());
            assertPayable("0.00", LimitReason.PERIOD_CAP, settled.get(2));
        }
    }

    @Nested
    class Critical {

        @Test
        void paysOncePerEnrolment() {
            List<Settlement> settled = settle(
                    claim("HZ2026000001", "M1", 3, day(6, 1), new CriticalIllness()),
                    claim("HZ2026000002", "M1", 3, day(8, 1), new CriticalIllness()));

            assertPayable("30000.00", LimitReason.NONE, settled.get(0));
            assertPayable("0.00", LimitReason.BENEFIT_ALREADY_PAID, settled.get(1));
            assertFalse(settled.get(0).endsEnrolment());
        }
    }

    @Nested
    class Female {

        /** SPEC.md §6: new enrolment from 2026-01-01, 2 shares, C50.9 on 2026-02-15 (d = 45): 1,000.00. */
        @Test
        void workedExampleOfTheSpecification() {
            List<Settlement> settled = settle(
                    claim("HZ2026000001", "F1", 2, day(2, 15), newEnrolmentDiagnosis(FemaleDiagnosisKind.LISTED_CANCER)),
                    claim("HZ2026000002", "F1", 2, day(9, 1), newEnrolmentDiagnosis(FemaleDiagnosisKind.LISTED_CANCER)));

            assertPayable("1000.00", LimitReason.NONE, settled.get(0));
            assertTrue(settled.get(0).endsEnrolment());
            assertTrue(settled.get(0).breakdown().explanation().contains("确诊日距保障起始日 45 天"));
            assertPayable("0.00", LimitReason.BENEFIT_ALREADY_PAID, settled.get(1));
            assertFalse(settled.get(1).endsEnrolment());
        }

        /** d = 59 (2026-03-01) still pays 500 per share; d = 60 (2026-03-02) pays the full benefits. */
        @Test
        void earlyBenefitEndsAtDaySixty() {
            assertPayable("500.00", LimitReason.NONE, settleOne("F1", 1, day(3, 1), FemaleDiagnosisKind.LISTED_CANCER));
            assertPayable("500.00", LimitReason.NONE, settleOne("F1", 1, day(1, 31), FemaleDiagnosisKind.CARCINOMA_IN_SITU));
            assertPayable("15000.00", LimitReason.NONE, settleOne("F1", 1, day(3, 2), FemaleDiagnosisKind.LISTED_CANCER));
        }

        /** In situ 2,000 × 3 = 6,000; listed cancer 15,000 × 3 = 45,000. */
        @Test
        void inSituAndListedCancerPayTheirOwnAmounts() {
            assertPayable("6000.00", LimitReason.NONE, settleOne("F1", 3, day(7, 1), FemaleDiagnosisKind.CARCINOMA_IN_SITU));
            assertPayable("45000.00", LimitReason.NONE, settleOne("F1", 3, day(7, 1), FemaleDiagnosisKind.LISTED_CANCER));
        }

        @Test
        void renewalCountsAsDaySixtyOrLater() {
            Settlement settled = calculatorSettles(claim("HZ2026000001", "F1", 1, day(1, 11),
                    new FemaleDiagnosis(FemaleDiagnosisKind.LISTED_CANCER, true)));

            assertPayable("15000.00", LimitReason.NONE, settled);
        }

        @Test
        void diagnosisInsideTheWaitingPeriodIsNotSettled() {
            assertThrows(IllegalArgumentException.class,
                    () -> settleOne("F1", 1, day(1, 30), FemaleDiagnosisKind.LISTED_CANCER));
        }

        private Settlement settleOne(String member, int shares, LocalDate diagnosed, FemaleDiagnosisKind kind) {
            return calculatorSettles(claim("HZ2026000001", member, shares, diagnosed, newEnrolmentDiagnosis(kind)));
        }
    }

    @Nested
    class Accident {

        /**
         * 2 shares. Grade 3: (11 − 3) × 10% × 50,000 × 2 = 80,000. Death of the same accident: 100,000 − 80,000
         * = 20,000. Death after another accident pays in full.
         */
        @Test
        void deathAfterDisabilityOfTheSameAccidentPaysTheDifference() {
            List<Settlement> settled = settle(
                    claim("HZ2026000001", "M1", 2, day(3, 5), disability(day(3, 5), 3)),
                    claim("HZ2026000002", "M1", 2, day(3, 5), death(day(3, 5))),
                    claim("HZ2026000003", "M2", 2, day(3, 5), disability(day(3, 5), 3)),
                    claim("HZ2026000004", "M2", 2, day(6, 1), death(day(6, 1))));

            assertPayable("80000.00", LimitReason.NONE, settled.get(0));
            assertEquals(yuan("100000"), settled.get(1).breakdown().amountForShares());
            assertPayable("20000.00", LimitReason.SAME_ACCIDENT_ALREADY_PAID, settled.get(1));
            assertPayable("100000.00", LimitReason.NONE, settled.get(3));
        }

        /** Grade 1: 10 × 10% × 50,000 = 50,000; grade 10: 1 × 10% × 50,000 = 5,000; 1 share each. */
        @Test
        void disabilityGradesOneAndTen() {
            List<Settlement> settled = settle(
                    claim("HZ2026000001", "M1", 1, day(3, 5), disability(day(3, 5), 1)),
                    claim("HZ2026000002", "M2", 1, day(3, 5), disability(day(3, 5), 10)));

            assertPayable("50000.00", LimitReason.NONE, settled.get(0));
            assertPayable("5000.00", LimitReason.NONE, settled.get(1));
        }

        @Test
        void disabilityGradeBeyondTheTermsIsRefused() {
            assertThrows(IllegalArgumentException.class,
                    () -> settle(claim("HZ2026000001", "M1", 1, day(3, 5), disability(day(3, 5), 11))));
        }

        /** Base 60 + 30 = 90 is all excess: 0. */
        @Test
        void medicalBelowTheExcessPaysNothing() {
            Settlement settled = calculatorSettles(claim("HZ2026000001", "M1", 1, day(3, 5), medical(day(3, 5), "60.00", "30.00")));

            assertEquals(yuan("90"), settled.breakdown().deductibleUsed());
            assertPayable("0.00", LimitReason.NONE, settled);
        }

        /**
         * 1 share, cap 5,000. (3,000 + 1,100.50 − 100) × 80% = 3,200.40; (2,600 − 100) × 80% = 2,000 but only
         * 1,799.60 left; then nothing left.
         */
        @Test
        void medicalCapAcrossClaims() {
            List<Settlement> settled = settle(
                    claim("HZ2026000001", "M1", 1, day(3, 5), medical(day(3, 5), "3000.00", "1100.50")),
                    claim("HZ2026000002", "M1", 1, day(7, 9), medical(day(7, 9), "2600.00", "0.00")),
                    claim("HZ2026000003", "M1", 1, day(9, 9), medical(day(9, 9), "500.00", "0.00")));

            assertPayable("3200.40", LimitReason.NONE, settled.get(0));
            assertPayable("1799.60", LimitReason.PERIOD_CAP, settled.get(1));
            assertPayable("0.00", LimitReason.PERIOD_CAP, settled.get(2));
        }

        /** 2 shares: (7,100 − 100) × 80% = 5,600, not doubled; the cap is 10,000. */
        @Test
        void medicalSharesRaiseTheCapNotTheRate() {
            Settlement settled = calculatorSettles(claim("HZ2026000001", "M1", 2, day(3, 5), medical(day(3, 5), "7100.00", "0.00")));

            assertEquals(yuan("10000"), settled.breakdown().capLeftBefore().orElseThrow());
            assertPayable("5600.00", LimitReason.NONE, settled);
        }

        /** Death and disability do not use the medical cap: medical 1 share (5,100 − 100) × 80% = 4,000 after both. */
        @Test
        void lumpSumsDoNotUseTheMedicalCap() {
            List<Settlement> settled = settle(
                    claim("HZ2026000001", "M1", 1, day(3, 5), disability(day(3, 5), 5)),
                    claim("HZ2026000002", "M1", 1, day(3, 6), medical(day(3, 5), "5100.00", "0.00")));

            assertPayable("4000.00", LimitReason.NONE, settled.get(1));
        }
    }

    @Test
    void usageOfAnotherMemberIsRefused() {
        ClaimToSettle claim = claim("HZ2026000001", "M1", 1, day(3, 5), new CriticalIllness());
        PeriodUsage otherMembers = PeriodUsage.none(claim("HZ2026000002", "M2", 1, day(3, 5), new CriticalIllness()).key());

        assertThrows(IllegalArgumentException.class, () -> calculator.settle(claim, otherMembers));
    }

    @Test
    void claimGivenTwiceIsRefused() {
        ClaimToSettle claim = claim("HZ2026000001", "M1", 1, day(3, 5), new CriticalIllness());

        assertThrows(IllegalArgumentException.class, () -> settle(claim, claim));
    }

    private Settlement calculatorSettles(ClaimToSettle claim) {
        return calculator.settle(claim, PeriodUsage.none(claim.key()));
    }
}

package org.huzhu.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.domain.model.payout.ClaimToSettle;
import org.huzhu.domain.model.payout.ClaimedBenefit;
import org.huzhu.domain.model.payout.FemaleDiagnosisKind;
import org.huzhu.domain.model.payout.PeriodUsage;
import org.huzhu.domain.model.payout.Settlement;
import org.huzhu.domain.model.payout.SettlementCalculator;
import org.huzhu.domain.model.payout.SettlementTerms;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

/** The jsonb columns of settlement: plan terms as V1 seeds them, and the breakdown stored with a payout. */
class SettlementJsonTest {

    /** The terms that V1__foundation.sql seeds for a plan, as the database would hand them out. */
    private static String seededTerms(PlanCode plan) throws IOException {
        try (InputStream in = SettlementJsonTest.class.getResourceAsStream("/db/migration/V1__foundation.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher terms = Pattern.compile("\\('" + plan + "',[^\\n]*\\n\\s*'(\\{[^']*})'").matcher(sql);
            if (!terms.find()) {
                throw new AssertionError("no seeded terms for " + plan);
            }
            return terms.group(1);
        }
    }

    @Test
    void theSeededTermsOfEveryPlanAreTheDefaultCatalogue() throws IOException {
        SettlementTerms defaults = SettlementTerms.defaults();
        assertEquals(defaults.inpatient(), SettlementTermsJson.parse(PlanCode.INPATIENT, seededTerms(PlanCode.INPATIENT), 90).inpatient());
        assertEquals(defaults.allowance(), SettlementTermsJson.parse(PlanCode.ALLOWANCE, seededTerms(PlanCode.ALLOWANCE), 90).allowance());
        assertEquals(defaults.critical(), SettlementTermsJson.parse(PlanCode.CRITICAL, seededTerms(PlanCode.CRITICAL), 90).critical());
        assertEquals(defaults.female(), SettlementTermsJson.parse(PlanCode.FEMALE, seededTerms(PlanCode.FEMALE), 30).female());
        assertEquals(defaults.accident(), SettlementTermsJson.parse(PlanCode.ACCIDENT, seededTerms(PlanCode.ACCIDENT), 0).accident());
    }

    @Test
    void aPlanVersionsOwnNumbersAreTheOnesUsed() {
        SettlementTerms terms = SettlementTermsJson.parse(PlanCode.ALLOWANCE,
                "{\"daysNotPaid\": 2, \"perDayPerShare\": \"50\", \"capPerShare\": \"6000\"}", 90);
        assertEquals(new SettlementTerms.Allowance(2, Money.yuan(50), Money.yuan(6000)), terms.allowance());
    }

    @Test
    void theBreakdownKeepsItsExplanationLineByLine() {
        CoveragePeriod year = new CoveragePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        ClaimToSettle claim = new ClaimToSettle("HZ2026000001", "M00000001", 1, year, 2, LocalDate.of(2026, 2, 1),
                new ClaimedBenefit.InpatientStay(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 8),
                        Money.parse("8000.00"), Money.parse("120.00")));
        Settlement settlement = new SettlementCalculator(SettlementTerms.defaults())
                .settle(claim, PeriodUsage.none(claim.key()));

        String json = PayoutBreakdownJson.write(settlement.breakdown());

        assertEquals(settlement.breakdown().explanation(), PayoutBreakdownJson.explanation(json));
        assertEquals(Money.parse("7500.00"), settlement.payable());
    }

    @Test
    void femaleDiagnosesAreInSituOrListedCancersByTheirCode() {
        assertEquals(FemaleDiagnosisKind.LISTED_CANCER, FemaleDiagnosisKind.ofDiagnosis("C50.9"));
        assertEquals(FemaleDiagnosisKind.LISTED_CANCER, FemaleDiagnosisKind.ofDiagnosis("C58"));
        assertEquals(FemaleDiagnosisKind.CARCINOMA_IN_SITU, FemaleDiagnosisKind.ofDiagnosis("D05.1"));
        assertEquals(FemaleDiagnosisKind.CARCINOMA_IN_SITU, FemaleDiagnosisKind.ofDiagnosis("d07.3"));
        assertThrows(IllegalArgumentException.class, () -> FemaleDiagnosisKind.ofDiagnosis("D07.4"));
        assertThrows(IllegalArgumentException.class, () -> FemaleDiagnosisKind.ofDiagnosis("C59"));
        assertThrows(IllegalArgumentException.class, () -> FemaleDiagnosisKind.ofDiagnosis(null));
    }
}

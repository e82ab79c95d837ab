package org.huzhu.infrastructure.persistence;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import org.huzhu.domain.model.payout.RateBand;
import org.huzhu.domain.model.payout.RateBands;
import org.huzhu.domain.model.payout.SettlementTerms;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Money;

/**
 * Reads {@code plan_version.settlement_terms}: each plan version stores the terms of its own plan only (see
 * V1__foundation.sql). The calculator reads only the section of the claim's plan, so the other sections are
 * taken from {@link SettlementTerms#defaults()} and never used for that plan version's claims.
 */
public final class SettlementTermsJson {

    private SettlementTermsJson() {
    }

    /**
     * @param waitingDays {@code plan_version.waiting_days}: for FEMALE, the day from which a diagnosis is paid
     */
    public static SettlementTerms parse(PlanCode plan, String json, int waitingDays) {
        JsonObject terms;
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            terms = reader.readObject();
        }
        SettlementTerms d = SettlementTerms.defaults();
        return switch (plan) {
            case INPATIENT -> new SettlementTerms(new SettlementTerms.Inpatient(money(terms, "deductible"),
                    new RateBands(terms.getJsonArray("bands").getValuesAs(JsonObject.class).stream()
                            .map(band -> new RateBand(money(band, "from"), decimal(band, "rate"))).toList()),
                    money(terms, "capPerShare")),
                    d.allowance(), d.critical(), d.female(), d.accident());
            case ALLOWANCE -> new SettlementTerms(d.inpatient(), new SettlementTerms.Allowance(
                    terms.getInt("daysNotPaid"), money(terms, "perDayPerShare"), money(terms, "capPerShare")),
                    d.critical(), d.female(), d.accident());
            case CRITICAL -> new SettlementTerms(d.inpatient(), d.allowance(),
                    new SettlementTerms.Critical(money(terms, "benefitPerShare")), d.female(), d.accident());
            case FEMALE -> new SettlementTerms(d.inpatient(), d.allowance(), d.critical(),
                    new SettlementTerms.Female(waitingDays, terms.getInt("earlyDays"),
                            money(terms, "earlyBenefitPerShare"), money(terms, "inSituPerShare"),
                            money(terms, "cancerPerShare")),
                    d.accident());
            case ACCIDENT -> new SettlementTerms(d.inpatient(), d.allowance(), d.critical(), d.female(),
                    new SettlementTerms.Accident(money(terms, "deathPerShare"), money(terms, "disabilityBasePerShare"),
                            terms.getInt("disabilityGrades", d.accident().disabilityGrades()),
                            terms.containsKey("disabilityRatePerGrade") ? decimal(terms, "disabilityRatePerGrade")
                                    : d.accident().disabilityRatePerGrade(),
                            money(terms, "medicalExcess"), decimal(terms, "medicalRate"),
                            money(terms, "medicalCapPerShare")));
        };
    }

    private static Money money(JsonObject json, String name) {
        return Money.parse(json.getString(name));
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        return new BigDecimal(json.getString(name));
    }
}

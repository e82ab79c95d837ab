package org.huzhu.infrastructure.persistence;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.huzhu.domain.model.grant.Grant;
import org.huzhu.domain.model.grant.GrantCandidate;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.shared.Money;

/**
 * {@code payout.breakdown} of a grant payout: the grant and the member's figures the run decided it from, as they
 * were at that moment (later settlements and hardship files change them), so that the grant letter shows the
 * calculation that was made. Amounts are strings and keep every digit.
 */
public final class GrantBreakdownJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * The member's figures as the run saw them.
     *
     * @param selfPaid         policy self-paid + out-of-policy of the year's INPATIENT and ACCIDENT-medical claims
     * @param mutualAidPaid    the payouts on those claims
     * @param hardship         the hardship file valid on the run date
     * @param grantsPaidBefore hardship grants of the year paid by earlier runs
     */
    public record Basis(Money selfPaid, Money mutualAidPaid, HardshipLevel hardship, Money grantsPaidBefore) {

        /** B: what the member still bore after mutual aid. */
        public Money burden() {
            return selfPaid.minus(mutualAidPaid);
        }
    }

    private GrantBreakdownJson() {
    }

    public static String write(String grantNo, Grant grant, GrantCandidate member) {
        return JSON.createObjectBuilder()
                .add("grantNo", grantNo)
                .add("kind", grant.kind().name())
                .add("burden", exact(grant.burden()))
                .add("unscaledAmount", exact(grant.unscaledAmount()))
                .add("selfPaid", exact(member.selfPaid()))
                .add("mutualAidPaid", exact(member.mutualAidPaid()))
                .add("hardship", member.hardship().name())
                .add("grantsPaidBefore", exact(member.grantsPaidThisYear()))
                .build().toString();
    }

    public static Basis basis(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject breakdown = reader.readObject();
            return new Basis(money(breakdown, "selfPaid"), money(breakdown, "mutualAidPaid"),
                    HardshipLevel.valueOf(breakdown.getString("hardship")), money(breakdown, "grantsPaidBefore"));
        }
    }

    private static Money money(JsonObject breakdown, String name) {
        return Money.parse(breakdown.getString(name));
    }

    private static String exact(Money amount) {
        return amount.amount().toPlainString();
    }
}

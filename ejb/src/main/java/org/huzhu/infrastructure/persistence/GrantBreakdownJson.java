package org.huzhu.infrastructure.persistence;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.huzhu.domain.model.grant.Grant;
import org.huzhu.domain.model.grant.GrantBasis;
import org.huzhu.domain.model.grant.GrantCandidate;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.shared.Money;

/**
 * {@code payout.breakdown} of a grant payout: the grant and the member's figures the run decided it from
 * ({@link GrantBasis}). Amounts are strings and keep every digit.
 */
public final class GrantBreakdownJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private GrantBreakdownJson() {
    }

    public static String write(String grantNo, Grant grant, GrantCandidate member) {
        GrantBasis basis = GrantBasis.of(member);
        return JSON.createObjectBuilder()
                .add("grantNo", grantNo)
                .add("kind", grant.kind().name())
                .add("burden", exact(grant.burden()))
                .add("unscaledAmount", exact(grant.unscaledAmount()))
                .add("selfPaid", exact(basis.selfPaid()))
                .add("mutualAidPaid", exact(basis.mutualAidPaid()))
                .add("hardship", basis.hardship().name())
                .add("grantsPaidBefore", exact(basis.grantsPaidBefore()))
                .build().toString();
    }

    public static GrantBasis basis(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject breakdown = reader.readObject();
            return new GrantBasis(money(breakdown, "selfPaid"), money(breakdown, "mutualAidPaid"),
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

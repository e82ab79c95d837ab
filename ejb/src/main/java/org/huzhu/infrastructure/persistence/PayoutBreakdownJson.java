package org.huzhu.infrastructure.persistence;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import org.huzhu.domain.model.payout.AppliedLimit;
import org.huzhu.domain.model.payout.BandResult;
import org.huzhu.domain.model.payout.PayoutBreakdown;
import org.huzhu.domain.model.shared.Money;

/**
 * {@code payout.breakdown}: a {@link PayoutBreakdown} as JSON. Amounts are strings and keep every digit
 * (intermediate amounts are exact, not rounded), so a letter can show the calculation as it was made.
 */
public final class PayoutBreakdownJson {

    public static final String EXPLANATION = "explanation";

    private PayoutBreakdownJson() {
    }

    public static String write(PayoutBreakdown breakdown) {
        JsonArrayBuilder bands = JSON.createArrayBuilder();
        for (BandResult band : breakdown.bands()) {
            JsonObjectBuilder item = JSON.createObjectBuilder()
                    .add("from", exact(band.lowerBound()))
                    .add("rate", band.rate().toPlainString())
                    .add("amountInBand", exact(band.amountInBand()))
                    .add("result", exact(band.result()));
            band.upperBoundIfAny().ifPresent(upper -> item.add("to", exact(upper)));
            bands.add(item);
        }
        JsonArrayBuilder limits = JSON.createArrayBuilder();
        for (AppliedLimit limit : breakdown.limits()) {
            limits.add(JSON.createObjectBuilder().add("reason", limit.reason().name())
                    .add("amountLeft", exact(limit.amountLeft())));
        }
        return JSON.createObjectBuilder()
                .add("plan", breakdown.plan().name())
                .add("shares", breakdown.shares())
                .add("base", exact(breakdown.base()))
                .add("deductibleUsed", exact(breakdown.deductibleUsed()))
                .add("bands", bands)
                .add("amountPerShare", exact(breakdown.amountPerShare()))
                .add("amountForShares", exact(breakdown.amountForShares()))
                .add("limits", limits)
                .add("limitedBy", breakdown.limitedBy().name())
                .add("payableBeforeRounding", exact(breakdown.payableBeforeRounding()))
                .add(EXPLANATION, JSON.createArrayBuilder(breakdown.explanation()))
                .build().toString();
    }

    /** The calculation in Chinese, one step a line, from a stored breakdown. */
    public static List<String> explanation(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject breakdown = reader.readObject();
            return breakdown.getJsonArray(EXPLANATION).getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList();
        }
    }

    private static String exact(Money amount) {
        return amount.amount().toPlainString();
    }
}

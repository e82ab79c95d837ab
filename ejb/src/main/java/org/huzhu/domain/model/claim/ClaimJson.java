package org.huzhu.domain.model.claim;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.Violation;

/**
 * The stored JSON form of a claim version: the body in the field names of the HTTP API
 * (SPEC.md §11), so that a version reads back exactly as it was entered.
 */
public final class ClaimJson {

    private ClaimJson() {
    }

    public static String draft(ClaimDraft draft) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("memberNo", draft.memberNo())
                .add("planCode", draft.planCode().name())
                .add("cause", draft.cause().name())
                .add("incidentDate", draft.incidentDate().toString())
                .add("complexity", draft.complexity().name());
        addDate(body, "admissionDate", draft.admissionDate());
        addDate(body, "dischargeDate", draft.dischargeDate());
        addText(body, "hospital", draft.hospital());
        addText(body, "diagnosisCode", draft.diagnosisCode());
        if (draft.accidentOutcome() != null) {
            body.add("accidentOutcome", draft.accidentOutcome().name());
        }
        if (draft.disabilityGrade() != null) {
            body.add("disabilityGrade", draft.disabilityGrade());
        }
        JsonArrayBuilder invoices = JSON.createArrayBuilder();
        for (Invoice invoice : draft.invoices()) {
            invoices.add(JSON.createObjectBuilder()
                    .add("number", invoice.number())
                    .add("total", money(invoice.total()))
                    .add("fundPaid", money(invoice.fundPaid()))
                    .add("policySelfPaid", money(invoice.policySelfPaid()))
                    .add("outOfPolicy", money(invoice.outOfPolicy())));
        }
        body.add("invoices", invoices);
        JsonArrayBuilder documents = JSON.createArrayBuilder();
        draft.documents().forEach(code -> documents.add(code.name()));
        body.add("documents", documents);
        return body.build().toString();
    }

    public static String violations(List<Violation> violations) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (Violation violation : violations) {
            list.add(JSON.createObjectBuilder()
                    .add("code", violation.code())
                    .add("field", violation.field())
                    .add("messageZh", violation.messageZh())
                    .add("messageEn", violation.messageEn()));
        }
        return list.build().toString();
    }

    public static List<Violation> readViolations(String json) {
        List<Violation> violations = new ArrayList<>();
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonValue value : array) {
                JsonObject item = value.asJsonObject();
                violations.add(new Violation(item.getString("code"), item.getString("field"),
                        item.getString("messageZh"), item.getString("messageEn")));
            }
        }
        return violations;
    }

    private static String money(Money amount) {
        return amount.roundedToFen().toPlainString();
    }

    private static void addDate(JsonObjectBuilder body, String name, LocalDate date) {
        if (date != null) {
            body.add(name, date.toString());
        }
    }

    private static void addText(JsonObjectBuilder body, String name, String text) {
        if (text != null) {
            body.add(name, text);
        }
    }
}

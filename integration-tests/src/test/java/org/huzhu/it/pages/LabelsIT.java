package org.huzhu.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.huzhu.domain.model.claim.Cause;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;

/** {@code GET /labels}: every signed-in role reads the domain's own words for the API's codes. */
class LabelsIT extends AgainstTheServer {

    @Test
    void everySignedInRoleReadsTheWordsAndNobodyElse() {
        ApiClient anonymous = ApiClient.anonymous(base);
        assertEquals(401, anonymous.get("labels").status());
        for (String role : List.of("clerk", "reviewer", "finance", "admin")) {
            assertEquals(200, anonymous.as(TestUsers.create(anonymous, role)).get("labels").status(), role);
        }
        ApiClient clerk = anonymous.as(TestUsers.create(anonymous, "clerk"));
        Fixtures.Registered member = new Fixtures(clerk).registered(new Fixtures(clerk).unit(), "标签会员", false);
        assertEquals(200, anonymous.as(member.signedIn(anonymous)).get("labels").status());
    }

    @Test
    void theWordsAreTheDomainsInItsOrder() {
        ApiClient anonymous = ApiClient.anonymous(base);
        ApiClient clerk = anonymous.as(TestUsers.create(anonymous, "clerk"));
        JsonObject labels = clerk.get("labels").json();

        assertEquals(words(ClaimStatus.values(), ClaimStatus::label), map(labels, "status"));
        assertEquals(List.copyOf(words(ClaimStatus.values(), ClaimStatus::label).keySet()),
                List.copyOf(map(labels, "status").keySet()), "in the domain's order, which the pages' selects keep");
        assertEquals("已受理", map(labels, "status").get("VALIDATED"), "the domain's word, not the pages' old 校验通过");
        assertEquals(words(PlanCode.values(), PlanCode::chineseName), map(labels, "plan"));
        assertEquals(words(Cause.values(), Cause::label), map(labels, "cause"));
        assertEquals(words(AccidentOutcome.values(), AccidentOutcome::label), map(labels, "outcome"));
        assertEquals(words(Payer.values(), Payer::label), map(labels, "payer"));
        assertEquals(words(DocumentCode.values(), DocumentCode::label), map(labels, "document"));
        assertEquals("已完成", map(labels, "jobStatus").get("COMPLETED"));

        JsonObject accident = labels.getJsonObject("requiredDocuments").getJsonObject("ACCIDENT");
        assertEquals(List.of("ID_COPY", "ACCIDENT_CERT"), strings(accident, "always"));
        assertEquals(List.of("DEATH_CERT", "HOUSEHOLD_CANCELLATION"),
                strings(accident.getJsonObject("byAccidentOutcome"), "DEATH"));

        JsonObject inEnglish = clerk.send(clerk.request("labels").header("Accept-Language", "en").GET())
                .json();
        assertEquals(labels, inEnglish, "the domain's words are Chinese only, whatever the caller's language");
    }

    private static <E extends Enum<E>> Map<String, String> words(E[] constants, Function<E, String> word) {
        Map<String, String> words = new LinkedHashMap<>();
        Arrays.stream(constants).forEach(constant -> words.put(constant.name(), word.apply(constant)));
        return words;
    }

    /** A kind of labels as read, in the order the answer has them. */
    private static Map<String, String> map(JsonObject labels, String kind) {
        Map<String, String> words = new LinkedHashMap<>();
        labels.getJsonObject(kind).forEach((code, word) -> words.put(code, ((JsonString) word).getString()));
        return words;
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}

package org.huzhu.it.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /me/claims} on the real server: a member whose claims the union took through every state reads each
 * one's steps in order with their dates, the reasons, the promised date and the letter, and the card their money goes
 * to, masked; only their own claims, and another member's claim is 404 to them.
 */
class MyClaimsIT extends AgainstTheServer {

    /** Made once for the class: settling and answering the bank is the slow part. */
    private static MemberWithClaims scenario;

    private MemberWithClaims scenario() throws Exception {
        if (scenario == null) {
            scenario = MemberWithClaims.make(base);
        }
        return scenario;
    }

    @Test
    void aMemberReadsEachOfTheirClaimsStepByStepWithReasonsDueDateAndLetter() throws Exception {
        MemberWithClaims scenario = scenario();
        ApiClient member = ApiClient.anonymous(base).as(scenario.member());

        ApiClient.Answer answer = Fixtures.expect(200, member.get("me/claims"));
        JsonObject page = answer.json();
        List<JsonObject> claims = page.getJsonArray("claims").getValuesAs(JsonObject.class);
        assertEquals(scenario.newestFirst(), claims.stream().map(claim -> claim.getString("claimNo")).toList(),
                "their own claims, newest first, and no one else's");
        Map<String, JsonObject> byNumber = claims.stream()
                .collect(Collectors.toMap(claim -> claim.getString("claimNo"), Function.identity()));

        JsonObject rejected = byNumber.get(scenario.rejected());
        assertEquals(List.of("SUBMITTED", "REJECTED"), statuses(rejected));
        List<String> rules = details(rejected, 1);
        assertTrue(rules.stream().anyMatch(rule -> rule.startsWith("V03 ")), rules::toString);
        assertTrue(rules.stream().anyMatch(rule -> rule.startsWith("V07 ")), rules::toString);
        assertTrue(rules.stream().allMatch(rule -> rule.length() > 5), "each rule in words: " + rules);
        assertTrue(rejected.getString("next").contains("重新提交"), rejected::toString);

        JsonObject declined = byNumber.get(scenario.declined());
        assertEquals(List.of("SUBMITTED", "VALIDATED", "DECLINED"), statuses(declined));
        assertEquals(List.of(MemberWithClaims.DECLINE_REASON), details(declined, 2));
        assertFalse(declined.containsKey("next"), "nothing to wait for: " + declined);

        JsonObject paid = byNumber.get(scenario.paid());
        assertEquals(List.of("SUBMITTED", "VALIDATED", "APPROVED", "SETTLED", "PAID"), statuses(paid));
        assertEquals(List.of("应付互助金 " + paid.getString("payable") + " 元"), details(paid, 3));
        assertTrue(paid.getString("letterNo").matches("L\\d{11}"), paid::toString);
        assertInOrderInBeijingTime(paid);

        JsonObject failed = byNumber.get(scenario.failed());
        assertEquals(List.of("SUBMITTED", "VALIDATED", "APPROVED", "SETTLED", "PAYMENT_FAILED"), statuses(failed));
        List<String> why = details(failed, 4);
        assertTrue(why.getFirst().contains(MemberWithClaims.BANK_REASON), why::toString);
        assertTrue(why.getLast().contains("更正收款信息"), "and what to do: " + why);
        assertTrue(failed.getString("letterNo").matches("L\\d{11}"), failed::toString);
        assertFalse(failed.getString("letterNo").equals(paid.getString("letterNo")));

        JsonObject open = byNumber.get(scenario.open());
        assertEquals(List.of("SUBMITTED", "VALIDATED"), statuses(open));
        assertEquals(scenario.dueDate().toString(), open.getString("dueDate"), "the promise of the 1-3-10 rule");
        assertTrue(open.getString("next").contains(scenario.dueDate().toString()), open::toString);
        assertNull(open.get("letterNo"));
        for (JsonObject claim : claims) {
            assertEquals("INPATIENT", claim.getString("planCode"));
            assertTrue(claim.containsKey("dueDate"), claim::toString);
        }

        JsonObject payee = page.getJsonObject("payee");
        String card = scenario.bankCard();
        assertEquals("**** " + card.substring(card.length() - 4), payee.getString("maskedCard"));
        assertEquals("中国工商银行", payee.getString("bankName"));
        assertFalse(answer.text().contains(card), "never the whole card");
    }

    @Test
    void aMemberSeesOnlyTheirOwnAndAnotherMembersClaimIsNotFoundForThem() throws Exception {
        MemberWithClaims scenario = scenario();
        ApiClient member = ApiClient.anonymous(base).as(scenario.member());

        assertEquals(404, member.get("claims/" + scenario.otherMembersClaim()).status(),
                "another member's claim looks like one that does not exist");
        assertEquals(200, member.get("claims/" + scenario.paid()).status(), "their own opens");
        List<String> listed = member.get("me/claims").json().getJsonArray("claims").getValuesAs(JsonObject.class)
                .stream().map(claim -> claim.getString("claimNo")).toList();
        assertFalse(listed.contains(scenario.otherMembersClaim()), listed::toString);
    }

    private static List<String> statuses(JsonObject claim) {
        return claim.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("status")).toList();
    }

    private static List<String> details(JsonObject claim, int step) {
        return claim.getJsonArray("steps").getJsonObject(step).getJsonArray("details").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
    }

    /** Every step dated, as the API writes instants (Beijing's offset), and never before the step it follows. */
    private static void assertInOrderInBeijingTime(JsonObject claim) {
        List<String> dates = claim.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("at")).toList();
        for (int i = 0; i < dates.size(); i++) {
            assertTrue(dates.get(i).endsWith("+08:00"), dates::toString);
            if (i > 0) {
                assertFalse(OffsetDateTime.parse(dates.get(i)).isBefore(OffsetDateTime.parse(dates.get(i - 1))),
                        dates::toString);
            }
        }
    }
}

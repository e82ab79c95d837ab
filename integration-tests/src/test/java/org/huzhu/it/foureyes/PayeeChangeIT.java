package org.huzhu.it.foureyes;

import static java.time.LocalDate.of;
import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import org.huzhu.it.settlement.SettlementFixtures;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change of payee while money is on its way to the member waits for a second person (SPEC.md §1, §4): the payment
 * file pays the confirmed card until reviewer or finance, never the requester, confirms the new one; every change is
 * audited before → after, masked.
 */
class PayeeChangeIT extends AgainstTheServer {

    private ApiClient clerk;
    private ApiClient reviewerAndClerk;
    private ApiClient reviewer;
    private ApiClient finance;
    private Jobs settlement;
    private SettlementFixtures fixtures;

    @BeforeEach
    void settleWhatOthersLeftApproved() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        clerk = api.as(TestUsers.create(api, "clerk"));
        reviewerAndClerk = StaffWithTwoRoles.reviewerAndClerk(api);
        reviewer = api.as(TestUsers.create(api, "reviewer"));
        finance = api.as(TestUsers.create(api, "finance"));
        settlement = new Jobs(finance);
        fixtures = new SettlementFixtures();
        settlement.run("{}");
    }

    @AfterEach
    void closeFixtures() throws SQLException {
        fixtures.close();
    }

    @Test
    void aNewCardForAMemberWithAnApprovedClaimIsPaidOnlyOnceAnotherPersonConfirmedIt() throws Exception {
        DatabaseFixtures.Member member = fixtures.member("周八", "MALE");
        DatabaseFixtures.Enrolment enrolment = fixtures.enrol(member, "ALLOWANCE", 1, of(2026, 1, 1), false);
        String approved = fixtures.stay(enrolment, of(2026, 3, 1), of(2026, 3, 16), "300.00");
        String newCard = TestPeople.bankCard();

        JsonObject requested = expect(202, reviewerAndClerk.put("members/" + member.memberNo() + "/bank-card",
                "{\"bankCard\": \"" + newCard + "\", \"bankName\": \"中国建设银行\"}")).json();
        assertEquals("PENDING", requested.getString("status"), requested::toString);
        long changeId = requested.getJsonNumber("changeId").longValue();
        assertEquals(member.bankCard(), cardOnRecord(member), "the member keeps the confirmed card");

        ApiClient.Answer pending = reviewer.get("payee-changes?status=PENDING");
        assertEquals(200, pending.status(), pending::toString);
        JsonObject listed = pending.json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(item -> item.getJsonNumber("id").longValue() == changeId).findFirst().orElseThrow();
        assertEquals(member.memberNo(), listed.getString("memberNo"));
        assertEquals("周八 " + masked(member.bankCard()) + " 中国工商银行", listed.getString("current"));
        assertEquals("周八 " + masked(newCard) + " 中国建设银行", listed.getString("requested"));
        assertFalse(pending.text().contains(newCard) || pending.text().contains(member.bankCard()), "cards masked");
        assertEquals(403, clerk.get("payee-changes?status=PENDING").status(), "clerks do not decide payee changes");
        assertEquals(403, clerk.post("payee-changes/" + changeId + "/confirm", "{}").status());

        settlement.run("{}");
        assertEquals(member.bankCard(), fixtures.text("SELECT bank_card FROM payment_row WHERE reference = ?", approved),
                "the payment file pays the confirmed card while the new one waits");

        ApiClient.Answer ownConfirmation = reviewerAndClerk.post("payee-changes/" + changeId + "/confirm", "{}");
        assertEquals(409, ownConfirmation.status(), ownConfirmation::toString);
        assertTrue(ownConfirmation.json().getString("type").endsWith("four-eyes"), ownConfirmation::toString);
        assertEquals(member.bankCard(), cardOnRecord(member));

        JsonObject confirmed = expect(200, finance.post("payee-changes/" + changeId + "/confirm",
                "{\"reason\": \"会员本人到柜台核实\"}")).json();
        assertEquals("CONFIRMED", confirmed.getString("status"));
        assertEquals(200, finance.get("payee-changes").status(), "finance lists them too");
        assertEquals(newCard, cardOnRecord(member));
        assertEquals(409, reviewer.post("payee-changes/" + changeId + "/refuse", "{\"reason\": \"迟了\"}").status(),
                "decided once");

        String next = fixtures.stay(enrolment, of(2026, 5, 1), of(2026, 5, 16), "300.00");
        settlement.run("{}");
        assertEquals(newCard, fixtures.text("SELECT bank_card FROM payment_row WHERE reference = ?", next),
                "the next payment file pays the confirmed new card");
        assertEquals("中国建设银行", fixtures.text("SELECT bank_name FROM payment_row WHERE reference = ?", next));

        String audit = fixtures.text("""
                SELECT string_agg(entity_type || ' ' || action || ' ' || coalesce(reason, ''), ' | ' ORDER BY id)
                FROM audit_log WHERE (entity_type = 'MEMBER' AND entity_ref = ?)
                                  OR (entity_type = 'PAYEE_CHANGE' AND entity_ref = ?)""",
                member.memberNo(), String.valueOf(changeId));
        assertTrue(audit.contains("PAYEE_CHANGE REQUEST " + member.memberNo() + "：周八 " + masked(member.bankCard())
                + " 中国工商银行 → 周八 " + masked(newCard) + " 中国建设银行"), audit);
        assertTrue(audit.contains("MEMBER PAYEE_CHANGE 周八 " + masked(member.bankCard()) + " 中国工商银行 → 周八 "
                + masked(newCard) + " 中国建设银行"), audit);
        assertTrue(audit.contains("PAYEE_CHANGE CONFIRM 会员本人到柜台核实"), audit);
        assertFalse(audit.contains(newCard) || audit.contains(member.bankCard()), "the audit trail holds masked cards: " + audit);
    }

    @Test
    void aRefusedChangeLeavesThePayeeAndAMemberWithNothingOnItsWayIsChangedAtOnce() throws Exception {
        DatabaseFixtures.Member member = fixtures.member("吴九", "FEMALE");
        fixtures.stay(fixtures.enrol(member, "ALLOWANCE", 1, of(2026, 1, 1), false), of(2026, 3, 1), of(2026, 3, 16),
                "300.00");
        String refusedCard = TestPeople.bankCard();
        long changeId = expect(202, clerk.put("members/" + member.memberNo() + "/bank-card",
                "{\"bankCard\": \"" + refusedCard + "\", \"bankName\": \"中国银行\"}")).json()
                .getJsonNumber("changeId").longValue();
        ApiClient.Answer another = clerk.put("members/" + member.memberNo() + "/bank-card",
                "{\"bankCard\": \"" + TestPeople.bankCard() + "\", \"bankName\": \"中国银行\"}");
        assertEquals(409, another.status(), "one pending change at a time: " + another);
        assertTrue(another.json().getString("type").endsWith("payee-change-pending"), another::toString);

        assertEquals(400, reviewer.post("payee-changes/" + changeId + "/refuse", "{}").status(), "a refusal says why");
        assertEquals("REFUSED", expect(200, reviewer.post("payee-changes/" + changeId + "/refuse",
                "{\"reason\": \"与会员本人核实不符\"}")).json().getString("status"));
        assertEquals(member.bankCard(), cardOnRecord(member));
        assertEquals(409, finance.post("payee-changes/" + changeId + "/confirm", "{}").status());

        DatabaseFixtures.Member idle = fixtures.member("郑十", "MALE");
        String card = TestPeople.bankCard();
        JsonObject applied = expect(200, clerk.put("members/" + idle.memberNo() + "/bank-card",
                "{\"bankCard\": \"" + card + "\", \"bankName\": \"中国农业银行\"}")).json();
        assertEquals("APPLIED", applied.getString("status"));
        assertEquals(card, cardOnRecord(idle));
        assertEquals(1, fixtures.count("""
                SELECT count(*) FROM audit_log WHERE entity_type = 'MEMBER' AND entity_ref = ? AND action = 'PAYEE_CHANGE'
                AND reason = ?""", idle.memberNo(), "郑十 " + masked(idle.bankCard()) + " 中国工商银行 → 郑十 "
                + masked(card) + " 中国农业银行"));
    }

    private String cardOnRecord(DatabaseFixtures.Member member) throws SQLException {
        return fixtures.text("SELECT bank_card FROM member WHERE id = ?", member.id());
    }

    private static String masked(String card) {
        return "**** " + card.substring(card.length() - 4);
    }
}

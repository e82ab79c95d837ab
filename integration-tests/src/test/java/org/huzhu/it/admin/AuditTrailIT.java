package org.huzhu.it.admin;

import static org.huzhu.it.intake.ClaimIntakeIT.inpatientClaim;
import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /audit}: what admin and clerks did, found by entity, reference, actor and Beijing day; who may read it. */
class AuditTrailIT extends AgainstTheServer {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Set<String> MONEY = Set.of("CLAIM", "PAYEE_CHANGE", "BUDGET");

    private ApiClient api;
    private ApiClient admin;
    private ApiClient finance;

    @BeforeEach
    void signIn() {
        api = ApiClient.anonymous(base);
        finance = api.as(TestUsers.create(api, "finance"));
        admin = api.as(TestUsers.admin(api));
    }

    @Test
    void anAccountCreatedIsFoundByEntityReferenceActorAndDay() {
        String username = TestUsers.create(api, "clerk").username();

        List<JsonObject> created = items(expect(200, admin.get("audit?entity=ACCOUNT&ref=" + username)).json());
        assertEquals(List.of("CREATE", "CHANGE_PASSWORD"), created.stream().map(e -> e.getString("action")).toList()
                .reversed(), "the admin created it, then its holder chose a password: newest first");
        assertEquals("admin", created.getLast().getString("actor"));
        assertEquals(username, created.getFirst().getString("actor"));
        assertEquals(TODAY, OffsetDateTime.parse(created.getFirst().getString("at")).toLocalDate(), "in Beijing time");

        String byAdminToday = "audit?entity=ACCOUNT&ref=" + username + "&actor=admin&from=" + TODAY + "&to=" + TODAY;
        assertEquals(1, items(expect(200, admin.get(byAdminToday)).json()).size(), "every filter holds: AND");
        assertTrue(items(expect(200, admin.get("audit?ref=" + username + "&from=" + TODAY.plusDays(1))).json())
                .isEmpty(), "nothing from tomorrow on");
        assertTrue(items(expect(200, admin.get("audit?ref=" + username + "&to=" + TODAY.minusDays(1))).json())
                .isEmpty(), "nothing up to yesterday");
    }

    @Test
    void aClaimEnteredAndApprovedIsReadNewestFirstAPageAtATime() {
        TestUsers.Credentials clerkUser = TestUsers.create(api, "clerk");
        ApiClient clerk = api.as(clerkUser);
        ApiClient reviewer = api.as(TestUsers.create(api, "reviewer"));
        Fixtures fixtures = new Fixtures(clerk);
        String member = fixtures.member(false);
        fixtures.enrol(member, "INPATIENT", 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        String claimNo = expect(201, clerk.post("claims", inpatientClaim(member, "2026-06-01", "2026-06-03",
                "2026-06-10", TestPeople.unique("INV"), "1000.00", "600.00", "300.00", "100.00")))
                .json().getString("claimNo");
        expect(200, reviewer.post("claims/" + claimNo + "/approve", "{\"reason\": \"资料齐全\"}"));

        List<JsonObject> claim = items(expect(200, admin.get("audit?entity=CLAIM&ref=" + claimNo)).json());
        assertEquals("APPROVED", claim.getFirst().getString("to"), "newest first: " + claim);
        assertEquals("VALIDATED", claim.getFirst().getString("from"));
        assertEquals("资料齐全", claim.getFirst().getString("reason"));
        for (int i = 1; i < claim.size(); i++) {
            assertFalse(OffsetDateTime.parse(claim.get(i).getString("at"))
                    .isAfter(OffsetDateTime.parse(claim.get(i - 1).getString("at"))), claim::toString);
        }

        String byClerk = "audit?actor=" + clerkUser.username();
        List<JsonObject> all = items(expect(200, admin.get(byClerk)).json());
        assertTrue(all.size() >= 3, "the member, the enrolment and the claim: " + all);
        JsonObject first = expect(200, admin.get(byClerk + "&size=1")).json();
        JsonObject second = expect(200, admin.get(byClerk + "&size=1&page=2")).json();
        assertTrue(first.getBoolean("hasMore"));
        assertEquals(1, first.getInt("size"));
        assertEquals(2, second.getInt("page"));
        assertEquals(all.subList(0, 2), List.of(items(first).getFirst(), items(second).getFirst()), "pages follow on");
        JsonObject last = expect(200, admin.get(byClerk + "&size=" + all.size())).json();
        assertFalse(last.getBoolean("hasMore"));
    }

    @Test
    void financeReadsTheMoneyEntitiesOnlyAndClerksNothing() {
        TestUsers.Credentials clerkUser = TestUsers.create(api, "clerk");
        ApiClient clerk = api.as(clerkUser);
        String member = new Fixtures(clerk).member(true);
        String claimNo = expect(201, clerk.post("claims", inpatientClaim(member, "2026-06-01", "2026-06-03",
                "2026-06-10", TestPeople.unique("INV"), "1000.00", "600.00", "300.00", "100.00")))
                .json().getString("claimNo");

        List<JsonObject> seen = items(expect(200, finance.get("audit?actor=" + clerkUser.username())).json());
        assertTrue(seen.stream().anyMatch(e -> e.getString("ref").equals(claimNo)), seen::toString);
        assertTrue(seen.stream().allMatch(e -> MONEY.contains(e.getString("entity"))), "no member rows: " + seen);
        assertTrue(items(expect(200, admin.get("audit?actor=" + clerkUser.username())).json()).stream()
                .anyMatch(e -> e.getString("entity").equals("MEMBER")), "admin sees the member registered");

        assertEquals(403, finance.get("audit?entity=ACCOUNT").status());
        assertEquals(Set.copyOf(MONEY), expect(200, finance.get("audit/entities")).json().keySet());
        assertEquals("账号", expect(200, admin.get("audit/entities")).json().getString("ACCOUNT"));
        assertEquals(403, clerk.get("audit").status());
        assertEquals(403, clerk.get("audit/entities").status());
    }

    @Test
    void badInputIsA400NamingTheField() {
        ApiClient.Answer badDate = admin.get("audit?from=2026-02-30");
        assertEquals(400, badDate.status(), badDate::toString);
        assertTrue(badDate.contentType().startsWith("application/problem+json"));
        assertEquals("from", badDate.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(Set.of("size", "page", "entity"), fields(admin.get("audit?size=201&page=x&entity=NOPE")));
        assertEquals(Set.of("from"), fields(admin.get("audit?from=2026-03-02&to=2026-03-01")));
    }

    /** Holidays are an admin change like any other: each one put is in the trail with its name. */
    @Test
    void aHolidayPutIsAudited() {
        LocalDate day = LocalDate.of(2990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        expect(201, admin.post("holidays", "{\"day\": \"%s\", \"name\": \"审计测试日\"}".formatted(day)));
        List<JsonObject> put = items(expect(200, admin.get("audit?entity=HOLIDAY&ref=" + day)).json());
        assertEquals("PUT", put.getFirst().getString("action"));
        assertEquals("审计测试日", put.getFirst().getString("reason"));
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static Set<String> fields(ApiClient.Answer answer) {
        assertEquals(400, answer.status(), answer::toString);
        return Set.copyOf(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList());
    }
}

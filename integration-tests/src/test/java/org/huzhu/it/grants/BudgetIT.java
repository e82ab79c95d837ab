package org.huzhu.it.grants;

import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hardship budget of a year, set by admin and spent by the hardship-grant job: the job takes what is left as its
 * default and refuses to exceed it. Year 2014 is this test's: no other grant test decides it.
 */
class BudgetIT extends AgainstTheServer {

    private static final int YEAR = 2014;
    private static final String BUDGET = "budgets/" + YEAR;

    private ApiClient admin;
    private ApiClient finance;
    private ApiClient clerk;

    @BeforeEach
    void signIn() {
        ApiClient api = ApiClient.anonymous(base);
        admin = api.as(TestUsers.admin(api));
        finance = api.as(TestUsers.create(api, "finance"));
        clerk = api.as(TestUsers.create(api, "clerk"));
    }

    @Test
    void aYearsBudgetIsSetRaisedSpentByTheGrantRunsAndNeverExceeded() throws Exception {
        assertBudget("5000.00", "0.00", "5000.00", expect(200, admin.put(BUDGET, "{\"amount\": \"5000.00\"}")).json());
        assertBudget("8000.00", "0.00", "8000.00", expect(200, admin.put(BUDGET, "{\"amount\": \"8000.00\"}")).json());

        Jobs jobs = new Jobs(finance, "hardship-grant");
        try (GrantFixtures fixtures = new GrantFixtures()) {
            fixtures.inpatient(fixtures.member("预算甲"), YEAR, "55000.00", "5000.00", "10000.00");  // B 50,000 → 5,000
            jobs.run("{\"year\": %d, \"runDate\": \"2015-01-15\"}".formatted(YEAR));
            assertEquals("8000.00", fixtures.text("SELECT budget::text FROM grant_run WHERE year = ?", YEAR),
                    "no budget given: the run takes all that is left");
        }
        assertBudget("8000.00", "5000.00", "3000.00", expect(200, finance.get(BUDGET)).json());

        ApiClient.Answer belowGranted = admin.put(BUDGET, "{\"amount\": \"4999.00\"}");
        assertEquals(409, belowGranted.status(), belowGranted::toString);
        assertTrue(belowGranted.contentType().startsWith("application/problem+json"));
        assertBudget("5000.00", "5000.00", "0.00", expect(200, admin.put(BUDGET, "{\"amount\": \"5000.00\"}")).json());
        expect(200, admin.put(BUDGET, "{\"amount\": \"6000.00\"}"));

        long before = jobs.newestExecution();
        ApiClient.Answer tooMuch = finance.post("jobs/hardship-grant", """
                {"year": %d, "budget": "1001.00", "runDate": "2015-02-15"}""".formatted(YEAR));
        assertEquals(409, tooMuch.status(), tooMuch::toString);
        assertTrue(tooMuch.json().getString("type").endsWith("budget-exceeded"), tooMuch::toString);
        assertEquals(before, jobs.newestExecution(), "no run started");

        List<String> audited = expect(200, finance.get("audit?entity=BUDGET&ref=" + YEAR)).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("actor") + " " + entry.getString("action") + " " + entry.getString("reason"))
                .toList();
        assertEquals(List.of("admin SET 5000.00 → 6000.00", "admin SET 8000.00 → 5000.00",
                "admin SET 5000.00 → 8000.00", "admin SET - → 5000.00"), audited, "the refused change is not there");
    }

    @Test
    void aYearWithoutABudgetRunsOnlyOnOneTyped() {
        ApiClient.Answer none = finance.post("jobs/hardship-grant", "{\"year\": 2013, \"runDate\": \"2014-01-15\"}");
        assertEquals(400, none.status(), none::toString);
        assertEquals("budget", none.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject unset = expect(200, finance.get("budgets/2013")).json();
        assertEquals(2013, unset.getInt("year"));
        assertTrue(!unset.containsKey("amount") && !unset.containsKey("left"), unset::toString);
    }

    @Test
    void onlyAdminSetsAndAdminAndFinanceRead() {
        assertEquals(403, finance.put("budgets/2011", "{\"amount\": \"1000.00\"}").status());
        assertEquals(403, clerk.get("budgets/2011").status());
        assertEquals(200, admin.get("budgets/2011").status());
        assertEquals(400, admin.put("budgets/2011", "{\"amount\": \"1000.50\"}").status(), "whole yuan");
        assertEquals(400, admin.get("budgets/abc").status());
        assertEquals(400, admin.put("budgets/1999", "{\"amount\": \"1000.00\"}").status());
    }

    private static void assertBudget(String amount, String granted, String left, JsonObject budget) {
        assertEquals(YEAR, budget.getInt("year"));
        assertEquals(List.of(amount, granted, left),
                List.of(budget.getString("amount"), budget.getString("granted"), budget.getString("left")), budget::toString);
    }
}

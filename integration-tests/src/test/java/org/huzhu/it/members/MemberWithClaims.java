package org.huzhu.it.members;

import static org.huzhu.it.intake.ClaimIntakeIT.inpatientClaim;
import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.huzhu.it.settlement.BankReturns;
import org.huzhu.it.settlement.SettlementFixtures;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;

/**
 * A registered member with a password of their own and one claim in each state a member can find a claim in, each
 * brought there the way the union does it: entered by a clerk (one fails its rules), declined or approved by a
 * reviewer, settled by the settlement job (which issues the letters), then answered by the bank, which pays one and
 * refuses the other. Also a second member with a claim of their own.
 *
 * @param open     validated, awaiting review, with {@code dueDate} promised
 * @param failed   settled, then refused by the bank with {@link #BANK_REASON}
 */
public record MemberWithClaims(TestUsers.Credentials member, String bankCard, String rejected, String declined, String paid,
                        String failed, String open, LocalDate dueDate, String otherMembersClaim) {

    public static final String DECLINE_REASON = "该次住院费用已由其他保险全额报销";
    public static final String BANK_REASON = "户名与账号不符";
    private static final LocalDate COVER_START = LocalDate.of(2026, 1, 1);

    /** The claims newest first, as the member's page lists them. */
    public List<String> newestFirst() {
        return List.of(open, failed, paid, declined, rejected);
    }

    public static MemberWithClaims make(URL base) throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        ApiClient clerk = api.as(TestUsers.create(api, "clerk"));
        ApiClient reviewer = api.as(TestUsers.create(api, "reviewer"));
        ApiClient finance = api.as(TestUsers.create(api, "finance"));
        Fixtures fixtures = new Fixtures(clerk);
        String unit = fixtures.unit();
        Fixtures.Registered registered = fixtures.registered(unit, "林晓燕", true);
        String memberNo = registered.memberNo();
        fixtures.enrol(memberNo, "INPATIENT", 1, COVER_START, COVER_START.plusYears(1).minusDays(1));

        // Stays from April on: the cover started on 1 January and an illness has 90 days of waiting (V04).
        // Before the cover started (V03), with parts that do not add up to the total (V07).
        String rejected = submit(clerk, memberNo, "2025-12-20", "2025-12-28", "1000.00", "600.00", "300.01", "100.00");
        String declined = submit(clerk, memberNo, "2026-04-01", "2026-04-10", "10000.00", "4000.00", "5000.00", "1000.00");
        expect(200, reviewer.post("claims/" + declined + "/decline", "{\"reason\": \"" + DECLINE_REASON + "\"}"));
        String paid = submit(clerk, memberNo, "2026-05-01", "2026-05-10", "10000.00", "4000.00", "5000.00", "1000.00");
        String failed = submit(clerk, memberNo, "2026-06-01", "2026-06-10", "12000.00", "4000.00", "7000.00", "1000.00");
        for (String approved : List.of(paid, failed)) {
            expect(200, reviewer.post("claims/" + approved + "/approve", "{\"reason\": \"资料齐全\"}"));
        }
        JsonObject open = intake(clerk, memberNo, "2026-07-01", "2026-07-10", "10000.00", "4000.00", "5000.00", "1000.00");
        assertEquals("VALIDATED", open.getString("status"), open::toString);

        String otherMember = fixtures.member(unit, "王建国", false);
        fixtures.enrol(otherMember, "INPATIENT", 1, COVER_START, COVER_START.plusYears(1).minusDays(1));
        String otherMembersClaim = submit(clerk, otherMember, "2026-04-01", "2026-04-10", "10000.00", "4000.00",
                "5000.00", "1000.00");

        try (SettlementFixtures database = new SettlementFixtures()) {
            settleAndAnswer(finance, database, failed);
            String card = database.text("SELECT bank_card FROM member WHERE member_no = ?", memberNo);
            return new MemberWithClaims(registered.signedIn(api), card, rejected, declined, paid, failed,
                    open.getString("claimNo"), LocalDate.parse(open.getString("dueDate")), otherMembersClaim);
        }
    }

    private static String submit(ApiClient clerk, String memberNo, String admission, String discharge, String total,
                                 String fundPaid, String policySelfPaid, String outOfPolicy) {
        return intake(clerk, memberNo, admission, discharge, total, fundPaid, policySelfPaid, outOfPolicy)
                .getString("claimNo");
    }

    /** An INPATIENT stay entered by the clerk: intake's answer. */
    private static JsonObject intake(ApiClient clerk, String memberNo, String admission, String discharge, String total,
                                     String fundPaid, String policySelfPaid, String outOfPolicy) {
        return expect(201, clerk.post("claims", inpatientClaim(memberNo, admission, admission, discharge,
                TestPeople.unique("INV"), total, fundPaid, policySelfPaid, outOfPolicy))).json();
    }

    /** Settles what is approved (these claims, and whatever else waits), then the bank pays all but {@code refused}. */
    private static void settleAndAnswer(ApiClient finance, SettlementFixtures database, String refused) throws Exception {
        JsonObject settlement = new Jobs(finance).run("{}");
        long paymentFile = settlement.getJsonArray("paymentFiles").getJsonObject(0).getJsonNumber("id").longValue();
        String returnFile = BankReturns.file(BankReturns.answering(BankReturns.rowsOf(database, paymentFile),
                Map.of(refused, BANK_REASON)));
        ApiClient.Answer uploaded = expect(201, finance.upload("return-files", "回盘.csv",
                returnFile.getBytes(StandardCharsets.UTF_8)));
        Jobs imports = new Jobs(finance, "payment-return-import");
        JsonObject imported = imports.await(imports.start("{\"fileId\": " + uploaded.json().getJsonNumber("fileId") + "}"));
        assertEquals("COMPLETED", imported.getString("status"), imported::toString);
        assertEquals("PAYMENT_FAILED", database.status(refused), "the bank refused " + refused);
    }
}

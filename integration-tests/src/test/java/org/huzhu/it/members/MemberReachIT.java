package org.huzhu.it.members;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.huzhu.it.settlement.SettlementFixtures;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.LoopbackClient;
import org.huzhu.it.support.PageSession;
import org.huzhu.it.support.RosterMembers;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's whole way, for the members most of the scheme's are: imported from a roster, with a phone on record and
 * no account. Their claim is settled by the nightly job, which issues the letter and posts its notice; the member
 * signs in with the code sent to their phone, follows the claim on its timeline, downloads the letter, and cannot
 * reach the letter of the member beside them.
 */
class MemberReachIT extends AgainstTheServer {

    @Test
    void aRosterMemberSignsInWithTheCodeSeesTheTimelineAndDownloadsOnlyTheirOwnLetter() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        Jobs jobs = new Jobs(api.as(TestUsers.create(api, "finance")));
        jobs.run("{}");  // what other tests left approved is settled first, so that this run holds only ours
        try (SettlementFixtures settlement = new SettlementFixtures(); RosterMembers roster = new RosterMembers()) {
            String phone = roster.freePhone();
            DatabaseFixtures.Member member = settlement.member("周文静", "FEMALE");
            roster.run("UPDATE member SET phone = ? WHERE id = ?", phone, member.id());
            DatabaseFixtures.Member neighbour = settlement.member("郑建华", "MALE");
            String claim = settlement.stay(settlement.enrol(member, "INPATIENT", 1, of(2026, 1, 1), true),
                    of(2026, 5, 3), of(2026, 5, 9), "6000.00");
            String neighboursClaim = settlement.stay(settlement.enrol(neighbour, "INPATIENT", 1, of(2026, 1, 1), true),
                    of(2026, 5, 3), of(2026, 5, 9), "6000.00");
            assertEquals(0, roster.count("SELECT count(*) FROM app_user WHERE username = ?", member.memberNo()),
                    "a roster's member has no account");

            jobs.run("{}");
            String letterNo = letterAbout(settlement, claim);
            String neighboursLetter = letterAbout(settlement, neighboursClaim);
            String notice = roster.text(
                    "SELECT text FROM outbox WHERE phone = ? AND kind = 'LETTER_ISSUED' ORDER BY id DESC LIMIT 1", phone);
            assertTrue(notice != null && notice.contains(letterNo), "the settlement's notice names the letter: " + notice);
            String idNumber = roster.text("SELECT id_number FROM member WHERE id = ?", member.id());
            assertFalse(notice.contains(idNumber) || notice.contains(member.bankCard()), "masked data only: " + notice);

            LoopbackClient client = LoopbackClient.onAnAddressOfItsOwn(base);
            assertEquals(202, client.postJson("sign-in/code", "{\"phone\": \"" + phone + "\"}").status());
            LoopbackClient.Answer signedIn = client.postJson("sign-in",
                    "{\"phone\": \"" + phone + "\", \"code\": \"" + roster.codeSentTo(phone) + "\"}");
            assertEquals(200, signedIn.status(), signedIn::toString);
            String cookie = signedIn.header("Set-Cookie").map(c -> c.substring(0, c.indexOf(';')))
                    .orElseThrow(() -> new AssertionError("no session cookie: " + signedIn));

            HttpResponse<String> myClaims = get("api/v1/me/claims", cookie, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, myClaims.statusCode(), myClaims::body);
            List<JsonObject> claims = Json.createReader(new StringReader(myClaims.body())).readObject()
                    .getJsonArray("claims").getValuesAs(JsonObject.class);
            assertEquals(List.of(claim), claims.stream().map(c -> c.getString("claimNo")).toList(), "only their own claim");
            JsonObject settled = claims.get(0);
            assertEquals(letterNo, settled.getString("letterNo"));
            assertEquals(List.of("SUBMITTED", "SETTLED"), settled.getJsonArray("steps").getValuesAs(JsonObject.class)
                    .stream().map(step -> step.getString("status")).toList(), settled::toString);

            HttpResponse<byte[]> own = get("api/v1/letters/" + letterNo, cookie, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, own.statusCode());
            assertTrue(new String(own.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "their signed letter");
            HttpResponse<byte[]> neighbours = get("api/v1/letters/" + neighboursLetter, cookie,
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(404, neighbours.statusCode(), "another member's letter is not theirs to see");
        }
    }

    private static String letterAbout(SettlementFixtures settlement, String claimNo) throws Exception {
        String letterNo = settlement.text("SELECT letter_no FROM letter WHERE subject_no = ? AND superseded_by IS NULL", claimNo);
        assertTrue(letterNo != null && letterNo.matches("L\\d{11}"), "the run issued the letter of " + claimNo);
        return letterNo;
    }

    private <T> HttpResponse<T> get(String path, String cookie, HttpResponse.BodyHandler<T> body) throws Exception {
        URI http = PageSession.httpBase(base);
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(http.resolve(path)).header("Cookie", cookie)
                    .header("Accept", "application/json, application/pdf").GET().build(), body);
        }
    }
}

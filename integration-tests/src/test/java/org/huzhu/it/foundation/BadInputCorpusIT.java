package org.huzhu.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.Deployments;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, item 5 over HTTP: a corpus of hostile and malformed requests (broken and truncated JSON, wrong types,
 * numbers too large, too small or with exponents, deep nesting, bodies over 64 KB with and without a length, invalid
 * UTF-8, control characters, spreadsheet formulas, zip and deflate bombs in XLSX and PDF uploads, hostile CSV,
 * malformed numbers in paths) against every endpoint that takes input. Each one is answered with a 4xx
 * {@code application/problem+json} (the verify page answers a hostile PDF as a file that is no letter), no row is
 * written in any table that input reaches, and the server's heap after a collection is as before the corpus.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusIT {

    /** Tables a request of the corpus could write to, counted before and after each case in one statement. */
    private static final List<String> TABLES = List.of("unit", "member", "enrollment", "claim", "claim_version",
            "claim_invoice", "claim_document", "uploaded_file", "return_file", "app_user", "holiday", "letter",
            "payout", "roster_import", "audit_log");
    /** What the corpus may leave on the heap: noise of caches and pools, far below one bomb's payload. */
    private static final long HEAP_GROWTH_BOUND = 48L * 1024 * 1024;
    private static final int KB = 1024;

    private static World world;
    private static long heapBefore;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.huzhuWith(HeapProbe.class);
    }

    @ArquillianResource
    private URL base;

    /** Who sends a case's request. */
    enum Caller { ANONYMOUS, CLERK, REVIEWER, FINANCE, ADMIN }

    /** What a case must get: a 4xx problem, or, for a file on the verify page, a "no letter" finding or a 4xx. */
    enum Expect { REFUSED, NO_LETTER }

    /**
     * One hostile request. Paths and bodies may name the world's records: {@code %UNIT%}, {@code %MEMBER%},
     * {@code %REJECTED%} (a claim that may be corrected), {@code %VALIDATED%} (a claim that may be reviewed).
     */
    record Case(String name, Caller caller, String method, String path, String contentType, byte[] body,
                boolean chunked, Map<String, String> headers, Expect expect) {

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    @Order(1)
    void theWorldAndTheHeapBeforeTheCorpus() throws Exception {
        world();
        heapBefore = heapAfterCollection();
        assertTrue(heapBefore > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Order(2)
    void isRefusedWithAProblemAndWritesNothing(Case hostile) throws Exception {
        World world = world();
        try (Rows rows = new Rows()) {
            Map<String, Long> before = rows.counts();
            ApiClient.Answer answer = world.send(hostile);
            Map<String, Long> after = rows.counts();
            assertTrue(answer.status() != 500 && answer.status() < 503 || answer.status() == 503, answer::toString);
            if (hostile.expect() == Expect.NO_LETTER && answer.status() == 200) {
                assertFalse(answer.json().getBoolean("issued"), answer::toString);
                assertFalse(answer.json().getBoolean("signatureValid"), answer::toString);
            } else {
                assertTrue(answer.status() >= 400 && answer.status() < 500 || answer.status() == 503,
                        () -> "expected a 4xx problem, got " + answer);
                assertTrue(answer.contentType().startsWith("application/problem+json"), answer::toString);
                assertFalse(answer.text().contains("Exception") || answer.text().contains("\tat "), answer::toString);
            }
            assertEquals(before, after, () -> "rows written by " + hostile.name() + ": " + answer);
        }
    }

    @Test
    @Order(3)
    void theHeapAfterTheCorpusIsAsBefore() throws Exception {
        long heapAfter = heapAfterCollection();
        // Printed for docs/security-input.md: what the corpus cost the server's memory.
        System.out.printf("BadInputCorpusIT: server heap after a collection %,d bytes before the corpus, %,d after%n",
                heapBefore, heapAfter);
        assertTrue(heapAfter - heapBefore < HEAP_GROWTH_BOUND,
                () -> "heap after collection grew from %,d to %,d bytes".formatted(heapBefore, heapAfter));
    }

    private long heapAfterCollection() {
        ApiClient.Answer answer = ApiClient.anonymous(base).send(ApiClient.anonymous(base).request("test-heap").GET());
        assertEquals(200, answer.status(), answer::toString);
        return Long.parseLong(answer.text().strip());
    }

    private synchronized World world() {
        if (world == null) {
            world = new World(base);
        }
        return world;
    }

    /** The staff, unit, member and claims that the corpus aims at, made as a clerk makes them. */
    static final class World {

        final Map<Caller, ApiClient> callers = new LinkedHashMap<>();
        final Map<String, String> names = new LinkedHashMap<>();

        World(URL base) {
            ApiClient anonymous = ApiClient.anonymous(base);
            callers.put(Caller.ANONYMOUS, anonymous);
            callers.put(Caller.CLERK, anonymous.as(TestUsers.create(anonymous, "clerk")));
            callers.put(Caller.REVIEWER, anonymous.as(TestUsers.create(anonymous, "reviewer")));
            callers.put(Caller.FINANCE, anonymous.as(TestUsers.create(anonymous, "finance")));
            callers.put(Caller.ADMIN, anonymous.as(TestUsers.admin(anonymous)));
            ApiClient clerk = callers.get(Caller.CLERK);
            Fixtures fixtures = new Fixtures(clerk);
            String unit = fixtures.unit();
            String member = fixtures.member(unit, "测试会员", false);
            fixtures.enrol(member, "INPATIENT", 2, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            names.put("%UNIT%", unit);
            names.put("%MEMBER%", member);
            // Before the cover began: rejected, so it may be corrected. The other passes the rules and awaits review;
            // the corpus only needs claims that exist, whatever their state, since every body sent them is refused.
            names.put("%REJECTED%", claim(clerk, member, "2025-12-20"));
            names.put("%VALIDATED%", claim(clerk, member, "2026-06-01"));
        }

        private static String claim(ApiClient clerk, String member, String incident) {
            ApiClient.Answer answer = Fixtures.expect(201, clerk.post("claims", Bodies.claim(Map.of())
                    .replace("%MEMBER%", member).replace("2026-06-01", incident)
                    .replace("BAD-INVOICE", TestPeople.unique("INV"))));
            return answer.json().getString("claimNo");
        }

        ApiClient.Answer send(Case hostile) {
            ApiClient api = callers.get(hostile.caller());
            byte[] body = hostile.body() == null ? null : named(hostile.body());
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : hostile.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                    : HttpRequest.BodyPublishers.ofByteArray(body);
            HttpRequest.Builder request = api.request(named(hostile.path())).method(hostile.method(), publisher);
            if (hostile.contentType() != null) {
                request.header("Content-Type", hostile.contentType());
            }
            hostile.headers().forEach(request::header);
            return api.send(request);
        }

        private String named(String text) {
            for (Map.Entry<String, String> name : names.entrySet()) {
                text = text.replace(name.getKey(), name.getValue());
            }
            return text;
        }

        /** Names are replaced in bodies that are UTF-8 text; other bytes (invalid UTF-8, files) pass as they are. */
        private byte[] named(byte[] body) {
            String text = new String(body, StandardCharsets.UTF_8);
            if (!text.contains("%") || !Arrays.equals(text.getBytes(StandardCharsets.UTF_8), body)) {
                return body;
            }
            return named(text).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Row counts of {@link #TABLES} in the test database. */
    private static final class Rows extends DatabaseFixtures {

        Rows() throws SQLException {
            super();
        }

        private static final String COUNTS = TABLES.stream().map(table -> "(SELECT count(*) FROM " + table + ")")
                .collect(Collectors.joining(" || ',' || ", "SELECT ", ""));

        Map<String, Long> counts() throws SQLException {
            String[] counted = text(COUNTS).split(",");
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < TABLES.size(); i++) {
                counts.put(TABLES.get(i), Long.parseLong(counted[i]));
            }
            return counts;
        }
    }

    // ---------------------------------------------------------------- the corpus

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        jsonEndpoints().forEach((endpoint, target) -> cases.addAll(brokenJson(endpoint, target)));
        cases.addAll(units());
        cases.addAll(members());
        cases.addAll(enrolments());
        cases.addAll(claims());
        cases.addAll(corrections());
        cases.addAll(reviews());
        cases.addAll(verifyByCode());
        cases.addAll(verifyFiles());
        cases.addAll(jobs());
        cases.addAll(rosterUploads());
        cases.addAll(otherUploads());
        cases.addAll(queries());
        return cases;
    }

    /** Where a JSON body goes, by who. */
    record Target(Caller caller, String method, String path) {
    }

    private static Map<String, Target> jsonEndpoints() {
        Map<String, Target> endpoints = new LinkedHashMap<>();
        endpoints.put("units", new Target(Caller.CLERK, "POST", "units"));
        endpoints.put("members", new Target(Caller.CLERK, "POST", "members"));
        endpoints.put("enrollments", new Target(Caller.CLERK, "POST", "enrollments"));
        endpoints.put("claims", new Target(Caller.CLERK, "POST", "claims"));
        endpoints.put("correction", new Target(Caller.CLERK, "PUT", "claims/%REJECTED%"));
        endpoints.put("approve", new Target(Caller.REVIEWER, "POST", "claims/%VALIDATED%/approve"));
        endpoints.put("decline", new Target(Caller.REVIEWER, "POST", "claims/%VALIDATED%/decline"));
        endpoints.put("bank-card", new Target(Caller.CLERK, "PUT", "members/%MEMBER%/bank-card"));
        endpoints.put("verify", new Target(Caller.ANONYMOUS, "POST", "verify"));
        endpoints.put("settlement job", new Target(Caller.FINANCE, "POST", "jobs/payout-settlement"));
        endpoints.put("users", new Target(Caller.ADMIN, "POST", "users"));
        endpoints.put("holidays", new Target(Caller.ADMIN, "POST", "holidays"));
        endpoints.put("password", new Target(Caller.CLERK, "POST", "me/password"));
        return endpoints;
    }

    /** The same broken bodies for every JSON endpoint: none of them is a request that anything could accept. */
    private static List<Case> brokenJson(String endpoint, Target target) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("an unclosed object", utf8("{"));
        bodies.put("a truncated field", utf8("{\"name\": \"测"));
        bodies.put("a trailing comma", utf8("{\"a\": 1,}"));
        bodies.put("single quotes", utf8("{'a': 1}"));
        bodies.put("a bare word", utf8("hello"));
        bodies.put("an array", utf8("[1, 2, 3]"));
        bodies.put("a number", utf8("1e999999999"));
        bodies.put("two objects", utf8("{} {}"));
        bodies.put("arrays nested 30,000 deep", utf8("[".repeat(30_000) + "]".repeat(30_000)));
        bodies.put("objects nested 10,000 deep", utf8("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
        bodies.put("invalid UTF-8", bytes(utf8("{\"name\": \""), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3}, utf8("\"}")));
        bodies.put("a NUL byte", utf8("{\"a\u0000\": 1"));
        bodies.put("65 KB of blanks", utf8("{" + " ".repeat(65 * KB) + "}"));
        List<Case> cases = new ArrayList<>();
        bodies.forEach((what, body) -> cases.add(new Case(endpoint + ": " + what, target.caller(), target.method(),
                target.path(), "application/json", body, false, Map.of(), Expect.REFUSED)));
        byte[] large = utf8("{\"name\": \"" + "甲".repeat(40 * KB) + "\"}");
        cases.add(new Case(endpoint + ": 120 KB with a length", target.caller(), target.method(), target.path(),
                "application/json", large, false, Map.of(), Expect.REFUSED));
        cases.add(new Case(endpoint + ": 120 KB chunked", target.caller(), target.method(), target.path(),
                "application/json", large, true, Map.of(), Expect.REFUSED));
        return cases;
    }

    private static List<Case> units() {
        Map<String, String> base = Map.of("code", "\"BADUNIT1\"", "name", "\"测试单位\"", "uscc", "\"" + TestPeople.creditCode() + "\"");
        return mutations("units", Caller.CLERK, "POST", "units", base, Map.ofEntries(
                Map.entry("code as a number", Map.of("code", "12345")),
                Map.entry("name as a list", Map.of("name", "[\"甲\"]")),
                Map.entry("name as an object", Map.of("name", "{}")),
                Map.entry("name as a formula", Map.of("name", "\"=HYPERLINK(\\\"http://x\\\",\\\"x\\\")\"")),
                Map.entry("name starting with +", Map.of("name", "\"+cmd|' /C calc'!A0\"")),
                Map.entry("name starting with @", Map.of("name", "\"@SUM(1+1)\"")),
                Map.entry("name starting with -", Map.of("name", "\"-2+3\"")),
                Map.entry("name with NUL", Map.of("name", "\"单位\\u0000名\"")),
                Map.entry("name with a bell", Map.of("name", "\"单位\\u0007\"")),
                Map.entry("name with a lone surrogate", Map.of("name", "\"单位\\ud800\"")),
                Map.entry("name of 201 characters", Map.of("name", "\"" + "甲".repeat(201) + "\"")),
                Map.entry("uscc with a wrong check character", Map.of("uscc", "\"91350100M000100Y4A\"")),
                Map.entry("uscc as a huge number", Map.of("uscc", "123456789012345678901234567890"))));
    }

    private static List<Case> members() {
        Map<String, String> base = Map.of("unitCode", "\"%UNIT%\"", "name", "\"张三\"",
                "idNumber", "\"" + TestPeople.residentId(LocalDate.of(1980, 1, 1), false) + "\"", "phone", "\"13800138000\"",
                "bankCard", "\"" + TestPeople.bankCard() + "\"", "bankName", "\"中国工商银行\"", "category", "\"EMPLOYEE\"");
        return mutations("members", Caller.CLERK, "POST", "members", base, Map.ofEntries(
                Map.entry("idNumber as a number", Map.of("idNumber", "110105194912310021")),
                Map.entry("idNumber with an exponent", Map.of("idNumber", "1.1e999999999")),
                Map.entry("bankCard as a huge exponent", Map.of("bankCard", "\"1e9999\"")),
                Map.entry("bankCard failing Luhn", Map.of("bankCard", "\"" + failingLuhn(TestPeople.bankCard()) + "\"")),
                Map.entry("phone as a number", Map.of("phone", "13800138000")),
                Map.entry("phone with letters", Map.of("phone", "\"1380013800O\"")),
                Map.entry("name as a formula", Map.of("name", "\"=1+1\"")),
                Map.entry("name with a tab then a formula", Map.of("name", "\"\\t=1+1\"")),
                Map.entry("bankName as a formula", Map.of("bankName", "\"@cmd\"")),
                Map.entry("name with a carriage return inside", Map.of("name", "\"张\\u0001三\"")),
                Map.entry("category unknown", Map.of("category", "\"BOSS\"")),
                Map.entry("hardship as a number", Map.of("hardship", "5")),
                Map.entry("freeCover as a string", Map.of("freeCover", "\"yes\"")),
                Map.entry("unitCode unknown", Map.of("unitCode", "\"NO-SUCH-UNIT-XYZ\"")),
                Map.entry("unitCode with a NUL", Map.of("unitCode", "\"U\\u0000\""))));
    }

    private static List<Case> enrolments() {
        Map<String, String> base = Map.of("memberNo", "\"%MEMBER%\"", "planCode", "\"ACCIDENT\"", "shares", "1",
                "coverageStart", "\"2027-01-01\"", "coverageEnd", "\"2027-12-31\"", "payer", "\"UNIT\"");
        return mutations("enrollments", Caller.CLERK, "POST", "enrollments", base, Map.ofEntries(
                Map.entry("shares with a huge exponent", Map.of("shares", "1e999999999")),
                Map.entry("shares with a tiny exponent", Map.of("shares", "1e-999999999")),
                Map.entry("shares of twenty digits", Map.of("shares", "99999999999999999999")),
                Map.entry("shares negative", Map.of("shares", "-1")),
                Map.entry("shares fractional", Map.of("shares", "1.5")),
                Map.entry("shares as a string", Map.of("shares", "\"2\"")),
                Map.entry("shares as true", Map.of("shares", "true")),
                Map.entry("shares above the plan's maximum", Map.of("shares", "6")),
                Map.entry("coverageStart impossible", Map.of("coverageStart", "\"2027-02-30\"")),
                Map.entry("coverageStart as a number", Map.of("coverageStart", "20270101")),
                Map.entry("coverageStart with a year of six digits", Map.of("coverageStart", "\"+999999-01-01\"")),
                Map.entry("coverageEnd before start", Map.of("coverageEnd", "\"2026-12-31\"")),
                Map.entry("coverageStart in year 0", Map.of("coverageStart", "\"0000-01-01\"")),
                Map.entry("coverageEnd in year 9999", Map.of("coverageEnd", "\"9999-12-31\"")),
                Map.entry("payer as a list", Map.of("payer", "[]")),
                Map.entry("memberNo as an object", Map.of("memberNo", "{}")),
                Map.entry("memberNo unknown", Map.of("memberNo", "\"M99999999\""))));
    }

    private static final Map<String, Map<String, String>> CLAIM_MUTATIONS = Map.ofEntries(
            Map.entry("total with a huge exponent", Map.of("invoices", invoice("\"1e9999\""))),
            Map.entry("total as a number with a huge exponent", Map.of("invoices", invoice("1e999999999"))),
            Map.entry("total with a tiny exponent", Map.of("invoices", invoice("1e-999999999"))),
            Map.entry("total of twenty digits", Map.of("invoices", invoice("\"12345678901234567890.00\""))),
            Map.entry("total as a number of twenty digits", Map.of("invoices", invoice("12345678901234567890.00"))),
            Map.entry("total in capitals with E", Map.of("invoices", invoice("\"1E+3\""))),
            Map.entry("total with three decimals", Map.of("invoices", invoice("\"0.001\""))),
            Map.entry("total NaN", Map.of("invoices", invoice("\"NaN\""))),
            Map.entry("total Infinity", Map.of("invoices", invoice("\"Infinity\""))),
            Map.entry("total negative", Map.of("invoices", invoice("\"-5.00\""))),
            Map.entry("total hexadecimal", Map.of("invoices", invoice("\"0x1F\""))),
            Map.entry("total with full-width digits", Map.of("invoices", invoice("\"１２３.００\""))),
            Map.entry("total as an object", Map.of("invoices", invoice("{}"))),
            Map.entry("total above the limit", Map.of("invoices", invoice("\"10000000.01\""))),
            Map.entry("invoices as an object", Map.of("invoices", "{}")),
            Map.entry("invoices of numbers", Map.of("invoices", "[1, 2]")),
            Map.entry("invoice number as a number", Map.of("invoices",
                    "[{\"number\": 5, \"total\": \"1.00\", \"fundPaid\": \"0\", \"policySelfPaid\": \"1.00\", \"outOfPolicy\": \"0\"}]")),
            Map.entry("hospital as a formula", Map.of("hospital", "\"=cmd|'/C calc'!A0\"")),
            Map.entry("hospital starting with -", Map.of("hospital", "\"-1+1\"")),
            Map.entry("hospital starting with +", Map.of("hospital", "\"+1\"")),
            Map.entry("hospital with NUL", Map.of("hospital", "\"医院\\u0000\"")),
            Map.entry("hospital with an escape character", Map.of("hospital", "\"医院\\u001b[31m\"")),
            Map.entry("diagnosisCode as a number", Map.of("diagnosisCode", "35.8")),
            Map.entry("documents as a string", Map.of("documents", "\"ID_COPY\"")),
            Map.entry("documents of numbers", Map.of("documents", "[1, 2]")),
            Map.entry("documents unknown", Map.of("documents", "[\"PASSPORT\"]")),
            Map.entry("disabilityGrade with a huge exponent", Map.of("disabilityGrade", "1e999999999")),
            Map.entry("disabilityGrade as a string", Map.of("disabilityGrade", "\"3\"")),
            Map.entry("disabilityGrade fractional", Map.of("disabilityGrade", "3.5")),
            Map.entry("incidentDate impossible", Map.of("incidentDate", "\"2026-13-01\"")),
            Map.entry("incidentDate with a sign", Map.of("incidentDate", "\"+2026-06-01\"")),
            Map.entry("incidentDate as a number", Map.of("incidentDate", "20260601")),
            Map.entry("incidentDate in year 0", Map.of("incidentDate", "\"0000-06-01\"")),
            Map.entry("dischargeDate in year 9999", Map.of("dischargeDate", "\"9999-12-31\"")),
            Map.entry("memberNo with NUL", Map.of("memberNo", "\"M\\u0000\"")),
            Map.entry("planCode as a number", Map.of("planCode", "1")),
            Map.entry("cause as true", Map.of("cause", "true")),
            Map.entry("complexity null", Map.of("complexity", "null")));

    private static List<Case> claims() {
        return mutations("claims", Caller.CLERK, "POST", "claims", Bodies.claimFields(), CLAIM_MUTATIONS);
    }

    private static List<Case> corrections() {
        List<Case> cases = new ArrayList<>(mutations("correction", Caller.CLERK, "PUT", "claims/%REJECTED%",
                Bodies.claimFields(), CLAIM_MUTATIONS));
        for (String number : List.of("XYZ", "HZ2026abc", "HZ0000000000", "HZ99999999999999999999", "%00",
                "HZ2026%0A000001", "..%2F..%2Fetc", "x".repeat(500), "%E7%94%B2")) {
            cases.add(new Case("correction of claim " + abbreviated(number), Caller.CLERK, "PUT", "claims/" + number,
                    "application/json", utf8(Bodies.claim(Map.of())), false, Map.of(), Expect.REFUSED));
        }
        return cases;
    }

    private static List<Case> reviews() {
        List<Case> cases = new ArrayList<>();
        for (String action : List.of("approve", "decline")) {
            for (String number : List.of("XYZ", "HZ2026abc", "HZ0000000000", "HZ99999999999999999999")) {
                cases.add(new Case(action + " of claim " + number, Caller.REVIEWER, "POST", "claims/" + number + "/" + action,
                        "application/json", utf8("{\"reason\": \"材料齐全\"}"), false, Map.of(), Expect.REFUSED));
            }
            Map<String, String> reasons = new LinkedHashMap<>();
            reasons.put("reason as a number", "{\"reason\": 5}");
            reasons.put("reason as a formula", "{\"reason\": \"=1+1\"}");
            reasons.put("reason with markup", "{\"reason\": \"<script>alert(1)</script>\"}");
            reasons.put("reason with NUL", "{\"reason\": \"\\u0000\"}");
            reasons.put("reason empty", "{\"reason\": \"\"}");
            reasons.put("reason of 10,000 characters", "{\"reason\": \"" + "理".repeat(10_000) + "\"}");
            reasons.forEach((what, body) -> cases.add(new Case(action + ": " + what, Caller.REVIEWER, "POST",
                    "claims/%VALIDATED%/" + action, "application/json", utf8(body), false, Map.of(), Expect.REFUSED)));
        }
        return cases;
    }

    private static List<Case> verifyByCode() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("nothing", "{}");
        bodies.put("letterNo of year 0000", "{\"letterNo\": \"L00000000000\", \"code\": \"ABCDEFGHJK\"}");
        bodies.put("letterNo of sequence 0", "{\"letterNo\": \"L20260000000\", \"code\": \"ABCDEFGHJK\"}");
        bodies.put("letterNo as a number", "{\"letterNo\": 20260000001, \"code\": \"ABCDEFGHJK\"}");
        bodies.put("letterNo with an exponent", "{\"letterNo\": 1e999999999, \"code\": \"ABCDEFGHJK\"}");
        bodies.put("letterNo too long", "{\"letterNo\": \"L2026000000012345\", \"code\": \"ABCDEFGHJK\"}");
        bodies.put("letterNo with full-width digits", "{\"letterNo\": \"L２０２６０００００01\", \"code\": \"ABCDEFGHJK\"}");
        bodies.put("code as a list", "{\"letterNo\": \"L20260000001\", \"code\": []}");
        bodies.put("code with NUL", "{\"letterNo\": \"L20260000001\", \"code\": \"\\u0000\"}");
        bodies.put("code missing", "{\"letterNo\": \"L20260000001\"}");
        List<Case> cases = new ArrayList<>();
        bodies.forEach((what, body) -> cases.add(new Case("verify: " + what, Caller.ANONYMOUS, "POST", "verify",
                "application/json", utf8(body), false, Map.of(), Expect.REFUSED)));
        // Without a type a body is bytes (application/octet-stream): an empty file, which is no letter.
        cases.add(new Case("verify: no body and no type", Caller.ANONYMOUS, "POST", "verify", null, null, false,
                Map.of(), Expect.NO_LETTER));
        cases.add(new Case("verify: text/plain", Caller.ANONYMOUS, "POST", "verify", "text/plain", utf8("L20260000001"),
                false, Map.of(), Expect.REFUSED));
        cases.add(new Case("verify: a form without a file", Caller.ANONYMOUS, "POST", "verify",
                "application/x-www-form-urlencoded", utf8("letterNo=L20260000001"), false, Map.of(), Expect.REFUSED));
        return cases;
    }

    private static List<Case> verifyFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("no bytes", new byte[0]);
        files.put("text", utf8("这不是通知书"));
        files.put("a PDF header only", utf8("%PDF-1.7"));
        files.put("a PDF header and garbage", bytes(utf8("%PDF-1.7\n"), pseudoRandom(64 * KB)));
        files.put("an XLSX", HostileFiles.xlsx(HostileFiles.sheet(""), null));
        files.put("a PDF whose object stream inflates to 200 MB", HostileFiles.pdfWithObjectStreamBomb(200));
        files.put("a PDF nested 100,000 deep", HostileFiles.pdfNestedArrays(100_000));
        files.put("a PDF with a stream longer than the file", HostileFiles.pdfWithLyingLength());
        files.put("a PDF with cyclic signature fields", HostileFiles.pdfWithCyclicFields());
        List<Case> cases = new ArrayList<>();
        files.forEach((what, file) -> {
            cases.add(new Case("verify file: " + what, Caller.ANONYMOUS, "POST", "verify", "application/pdf", file,
                    false, Map.of(), Expect.NO_LETTER));
            cases.add(multipart("verify form: " + what, Caller.ANONYMOUS, "verify", Map.of(), "file", "letter.pdf", file,
                    Expect.NO_LETTER));
        });
        cases.add(new Case("verify: a multipart body without a boundary", Caller.ANONYMOUS, "POST", "verify",
                "multipart/form-data", utf8("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n"),
                false, Map.of(), Expect.REFUSED));
        // RESTEasy takes a form that lacks its closing boundary as it came: a file of what arrived, here no letter.
        cases.add(new Case("verify: a multipart body that breaks off", Caller.ANONYMOUS, "POST", "verify",
                "multipart/form-data; boundary=x", utf8("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7"),
                false, Map.of(), Expect.NO_LETTER));
        cases.add(new Case("verify: a PDF over 10 MB", Caller.ANONYMOUS, "POST", "verify", "application/pdf",
                new byte[10 * KB * KB + 1], false, Map.of(), Expect.REFUSED));
        cases.add(new Case("verify: a PDF over 10 MB, chunked", Caller.ANONYMOUS, "POST", "verify", "application/pdf",
                new byte[10 * KB * KB + 1], true, Map.of(), Expect.REFUSED));
        return cases;
    }

    private static List<Case> jobs() {
        Map<String, String[]> bodies = new LinkedHashMap<>();
        bodies.put("hardship grant: budget with a huge exponent", new String[] {"hardship-grant", "{\"year\": 2026, \"budget\": \"1e999999999\"}"});
        bodies.put("hardship grant: budget as a number with a huge exponent", new String[] {"hardship-grant", "{\"year\": 2026, \"budget\": 1e999999999}"});
        bodies.put("hardship grant: budget of twenty digits", new String[] {"hardship-grant", "{\"year\": 2026, \"budget\": \"12345678901234567890.00\"}"});
        bodies.put("hardship grant: budget negative", new String[] {"hardship-grant", "{\"year\": 2026, \"budget\": \"-1.00\"}"});
        bodies.put("hardship grant: year with a huge exponent", new String[] {"hardship-grant", "{\"year\": 1e999999999, \"budget\": \"100.00\"}"});
        bodies.put("hardship grant: year as a string", new String[] {"hardship-grant", "{\"year\": \"2026\", \"budget\": \"100.00\"}"});
        bodies.put("hardship grant: year of ten digits", new String[] {"hardship-grant", "{\"year\": 2026000000, \"budget\": \"100.00\"}"});
        bodies.put("enrollment import: fileId with a huge exponent", new String[] {"enrollment-import", "{\"unitCode\": \"%UNIT%\", \"fileId\": 1e999999999}"});
        bodies.put("enrollment import: fileId negative", new String[] {"enrollment-import", "{\"unitCode\": \"%UNIT%\", \"fileId\": -1}"});
        bodies.put("enrollment import: unitCode as a formula", new String[] {"enrollment-import", "{\"unitCode\": \"=1+1\", \"fileId\": 1}"});
        bodies.put("payment return import: fileId of twenty digits", new String[] {"payment-return-import", "{\"fileId\": 99999999999999999999}"});
        bodies.put("payment return import: fileId unknown", new String[] {"payment-return-import", "{\"fileId\": 2147483647}"});
        bodies.put("settlement: runDate impossible", new String[] {"payout-settlement", "{\"runDate\": \"2026-02-30\"}"});
        bodies.put("settlement: runDate as a number", new String[] {"payout-settlement", "{\"runDate\": 20260101}"});
        bodies.put("settlement: runDate in the future", new String[] {"payout-settlement", "{\"runDate\": \"9999-12-31\"}"});
        bodies.put("settlement: dryRun as a string", new String[] {"payout-settlement", "{\"dryRun\": \"yes\"}"});
        bodies.put("an unknown job", new String[] {"no-such-job", "{}"});
        bodies.put("a job name with NUL", new String[] {"payout%00settlement", "{}"});
        List<Case> cases = new ArrayList<>();
        bodies.forEach((what, job) -> cases.add(new Case("jobs: " + what, Caller.FINANCE, "POST", "jobs/" + job[0],
                "application/json", utf8(job[1]), false, Map.of(), Expect.REFUSED)));
        for (String id : List.of("abc", "-1", "99999999999999999999", "1e9", "0x10")) {
            cases.add(new Case("jobs: execution " + id, Caller.FINANCE, "GET", "jobs/executions/" + id, null, null, false,
                    Map.of(), Expect.REFUSED));
            cases.add(new Case("jobs: restart of execution " + id, Caller.FINANCE, "POST", "jobs/executions/" + id + "/restart",
                    null, null, false, Map.of(), Expect.REFUSED));
        }
        return cases;
    }

    private static List<Case> rosterUploads() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("an XLSX whose sheet inflates to 300 MB", HostileFiles.xlsx(HostileFiles.blankSheet(300), null));
        files.put("an XLSX whose sheet inflates to 30 MB", HostileFiles.xlsx(HostileFiles.blankSheet(30), null));
        files.put("an XLSX with 20 MB of shared strings", HostileFiles.xlsx(HostileFiles.sheet(""), HostileFiles.hugeSharedStrings(20)));
        files.put("an XLSX of 250,000 rows", HostileFiles.xlsx(HostileFiles.manyRows(250_000), null));
        files.put("an XLSX with a cell in column XFD", HostileFiles.xlsx(HostileFiles.sheet(
                "<row r=\"2\"><c r=\"XFD2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), null));
        files.put("an XLSX with a cell of 100,000 characters", HostileFiles.xlsx(HostileFiles.sheet(
                HostileFiles.row(2, "甲".repeat(100_000))), null));
        files.put("an XLSX with an entity expansion", HostileFiles.xlsx(out -> {
            try {
                out.write(utf8("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&d;&d;&d;&d;&d;</t></is></c></row></sheetData></worksheet>"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, null));
        files.put("an XLSX with a shared string index past the table", HostileFiles.xlsx(HostileFiles.sheet(
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99999999</v></c></row>"), null));
        files.put("an XLSX with a row number past Excel's", HostileFiles.xlsx(HostileFiles.sheet(
                HostileFiles.row(2, "x").replace("r=\"2\"", "r=\"99999999999\"")), null));
        files.put("a zip header and garbage", bytes(new byte[] {'P', 'K', 3, 4}, pseudoRandom(32 * KB)));
        files.put("a zip without a workbook", zipOf("hello.txt", "hello"));
        files.put("an empty file", new byte[0]);
        files.put("a CSV with an unclosed quote over 100,000 characters",
                utf8(HostileFiles.ROSTER_HEADER + "\n\"张三," + "甲".repeat(100_000) + "\n"));
        files.put("a CSV of 250,000 rows", utf8(HostileFiles.ROSTER_HEADER + "\n" + "x\n".repeat(250_000)));
        files.put("a CSV row of 1,000 columns", utf8(HostileFiles.ROSTER_HEADER + "\n" + ",".repeat(1000) + "\n"));
        List<Case> cases = new ArrayList<>();
        files.forEach((what, file) -> cases.add(multipart("roster upload: " + what, Caller.CLERK, "files", Map.of(),
                "file", "roster.xlsx", file, Expect.REFUSED)));
        cases.add(multipart("roster upload: over 20 MB", Caller.CLERK, "files", Map.of(), "file", "roster.csv",
                new byte[20 * KB * KB + 1], Expect.REFUSED));
        cases.add(multipart("roster upload: no file part", Caller.CLERK, "files", Map.of("note", "x"), null, null, null,
                Expect.REFUSED));
        cases.add(new Case("roster upload: JSON instead of a form", Caller.CLERK, "POST", "files", "application/json",
                utf8("{\"file\": \"x\"}"), false, Map.of(), Expect.REFUSED));
        cases.add(new Case("roster upload: a form without a boundary", Caller.CLERK, "POST", "files", "multipart/form-data",
                utf8("--b\r\n\r\nx\r\n--b--\r\n"), false, Map.of(), Expect.REFUSED));
        return cases;
    }

    private static List<Case> otherUploads() {
        List<Case> cases = new ArrayList<>();
        cases.add(multipart("document: text instead of a scan", Caller.CLERK, "claims/%REJECTED%/documents",
                Map.of("code", "INVOICE"), "file", "scan.pdf", utf8("not a scan"), Expect.REFUSED));
        cases.add(multipart("document: an unknown code", Caller.CLERK, "claims/%REJECTED%/documents",
                Map.of("code", "=1+1"), "file", "scan.pdf", utf8("%PDF-1.7"), Expect.REFUSED));
        cases.add(multipart("document: no code", Caller.CLERK, "claims/%REJECTED%/documents",
                Map.of(), "file", "scan.pdf", utf8("%PDF-1.7"), Expect.REFUSED));
        cases.add(multipart("document: no file", Caller.CLERK, "claims/%REJECTED%/documents",
                Map.of("code", "INVOICE"), null, null, null, Expect.REFUSED));
        cases.add(multipart("document: of claim XYZ", Caller.CLERK, "claims/XYZ/documents",
                Map.of("code", "INVOICE"), "file", "scan.pdf", utf8("%PDF-1.7"), Expect.REFUSED));
        cases.add(multipart("document: of claim HZ2026abc", Caller.CLERK, "claims/HZ2026abc/documents",
                Map.of("code", "INVOICE"), "file", "scan.pdf", utf8("%PDF-1.7"), Expect.REFUSED));
        cases.add(multipart("document: over 10 MB", Caller.CLERK, "claims/%REJECTED%/documents",
                Map.of("code", "INVOICE"), "file", "scan.pdf", bytes(utf8("%PDF-1.7\n"), new byte[10 * KB * KB]), Expect.REFUSED));
        cases.add(multipart("return file: over 5 MB", Caller.FINANCE, "return-files", Map.of(), "file", "return.csv",
                new byte[5 * KB * KB + 1], Expect.REFUSED));
        cases.add(multipart("return file: no file", Caller.FINANCE, "return-files", Map.of("x", "y"), null, null, null,
                Expect.REFUSED));
        cases.add(new Case("units: a gzip bomb announced as gzip", Caller.CLERK, "POST", "units", "application/json",
                HostileFiles.gzipBomb(100), false, Map.of("Content-Encoding", "gzip"), Expect.REFUSED));
        return cases;
    }

    private static List<Case> queries() {
        Map<String, Caller> paths = new LinkedHashMap<>();
        paths.put("claims?status=NOPE", Caller.CLERK);
        paths.put("claims?status=%00", Caller.CLERK);
        paths.put("claims/HZ2026abc", Caller.CLERK);
        paths.put("claims/%25", Caller.CLERK);
        paths.put("members/%00", Caller.CLERK);
        paths.put("members/M%0D%0AX-Injected:%201", Caller.CLERK);
        paths.put("claims?q=%00", Caller.CLERK);
        paths.put("claims/HZ2026%1B000001", Caller.FINANCE);
        paths.put("members/" + "9".repeat(400), Caller.CLERK);
        paths.put("reports/summary?from=2026-02-30&to=2026-03-01", Caller.FINANCE);
        paths.put("reports/summary?from=%2B999999999-01-01&to=2026-03-01", Caller.FINANCE);
        paths.put("reports/summary.xlsx?from=0000-01-01&to=9999-12-31x", Caller.FINANCE);
        paths.put("reports/summary?from=0000-01-01&to=0001-12-31", Caller.FINANCE);
        paths.put("grants?year=abc", Caller.FINANCE);
        paths.put("grants?year=99999999999", Caller.FINANCE);
        paths.put("grants?year=1e9", Caller.FINANCE);
        paths.put("holidays?year=abc", Caller.ADMIN);
        paths.put("holidays?year=1000000000", Caller.ADMIN);
        paths.put("letters/L00000000000", Caller.FINANCE);
        paths.put("letters/XYZ", Caller.FINANCE);
        paths.put("imports/abc/rejects.csv", Caller.CLERK);
        paths.put("imports/99999999999999999999/rejects.xlsx", Caller.CLERK);
        paths.put("payment-files/abc", Caller.FINANCE);
        paths.put("return-files/-5", Caller.FINANCE);
        List<Case> cases = new ArrayList<>();
        paths.forEach((path, caller) -> cases.add(new Case("GET " + abbreviated(path), caller, "GET", path, null, null,
                false, Map.of(), Expect.REFUSED)));
        return cases;
    }

    // ---------------------------------------------------------------- helpers

    /** One case per mutation of a valid body: each replaces or adds fields (raw JSON values). */
    private static List<Case> mutations(String endpoint, Caller caller, String method, String path,
                                        Map<String, String> base, Map<String, Map<String, String>> mutations) {
        return mutations.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(mutation -> new Case(endpoint + ": " + mutation.getKey(), caller, method, path, "application/json",
                        utf8(Bodies.json(base, mutation.getValue())), false, Map.of(), Expect.REFUSED))
                .collect(Collectors.toList());
    }

    /** A card number whose last digit is off by one, so that its Luhn check fails. */
    private static String failingLuhn(String card) {
        int last = card.charAt(card.length() - 1) - '0';
        return card.substring(0, card.length() - 1) + (last + 1) % 10;
    }

    private static String invoice(String total) {
        return "[{\"number\": \"BAD-INVOICE\", \"total\": " + total
                + ", \"fundPaid\": \"0.00\", \"policySelfPaid\": \"1.00\", \"outOfPolicy\": \"0.00\"}]";
    }

    /** Valid bodies to mutate. */
    static final class Bodies {

        static Map<String, String> claimFields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("memberNo", "\"%MEMBER%\"");
            fields.put("planCode", "\"INPATIENT\"");
            fields.put("cause", "\"ILLNESS\"");
            fields.put("incidentDate", "\"2026-06-01\"");
            fields.put("admissionDate", "\"2026-06-01\"");
            fields.put("dischargeDate", "\"2026-06-10\"");
            fields.put("hospital", "\"县人民医院\"");
            fields.put("diagnosisCode", "\"K35.8\"");
            fields.put("invoices", "[{\"number\": \"BAD-INVOICE\", \"total\": \"8000.00\", \"fundPaid\": \"3000.00\","
                    + " \"policySelfPaid\": \"4000.00\", \"outOfPolicy\": \"1000.00\"}]");
            fields.put("documents", "[\"ID_COPY\", \"INVOICE\", \"EXPENSE_LIST\", \"DISCHARGE_SUMMARY\"]");
            fields.put("complexity", "\"SIMPLE\"");
            return fields;
        }

        static String claim(Map<String, String> changes) {
            return json(claimFields(), changes);
        }

        static String json(Map<String, String> base, Map<String, String> changes) {
            Map<String, String> fields = new LinkedHashMap<>(base);
            fields.putAll(changes);
            return fields.entrySet().stream().map(field -> "\"" + field.getKey() + "\": " + field.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }

    private static Case multipart(String name, Caller caller, String path, Map<String, String> fields, String filePart,
                                  String fileName, byte[] file, Expect expect) {
        String boundary = "----corpus" + Math.abs(name.hashCode());
        List<byte[]> parts = new ArrayList<>();
        fields.forEach((field, value) -> parts.add(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + field + "\"\r\n\r\n" + value + "\r\n")));
        if (filePart != null) {
            parts.add(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePart + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            parts.add(file);
            parts.add(utf8("\r\n"));
        }
        parts.add(utf8("--" + boundary + "--\r\n"));
        return new Case(name, caller, "POST", path, "multipart/form-data; boundary=" + boundary,
                bytes(parts.toArray(byte[][]::new)), false, Map.of(), expect);
    }

    private static byte[] zipOf(String name, String content) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(utf8(content));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] pseudoRandom(int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(13).nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[]... pieces) {
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            joined.writeBytes(piece);
        }
        return joined.toByteArray();
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 40) + "…(" + text.length() + " characters)" : text;
    }
}

package org.huzhu.it.letters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.huzhu.application.LetterIssuer;
import org.huzhu.domain.model.letter.CalculationLine;
import org.huzhu.domain.model.letter.KeyDate;
import org.huzhu.domain.model.letter.LetterDraft;
import org.huzhu.domain.model.letter.Payee;
import org.huzhu.domain.model.letter.SettlementLetterContent;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.user.PasswordHash;
import org.huzhu.infrastructure.pdf.PadesSigner;
import org.huzhu.infrastructure.pdf.SigningCredentials;
import org.huzhu.infrastructure.security.BcryptPasswordHasher;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Deployments;
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

/**
 * Letters end to end on the real EAR. First, inside the server: two members with member accounts,
 * a letter issued through {@link LetterIssuer} for member A, issued again (also by two calls at
 * once) without a second letter. Then over HTTP, as members, staff and anyone see it: the
 * download, checked by pdfsig and qpdf, and {@code POST /verify} with the letter, altered copies
 * and files that are no letter at all.
 * <p>
 * The database is new for each {@code ./huzhu test} run; the member numbers below are this
 * test's own.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LettersIT {

    private static final String MEMBER_A = "MLTR00001";
    private static final String MEMBER_B = "MLTR00002";
    private static final String PASSWORD = "letters-it-member-pw";
    /** Grant numbers of this test's own payouts: a letter needs a payout that exists. */
    private static final String GRANT = "G2001900001";
    private static final String RACED_GRANT = "G2001900002";
    private static final Pattern PRINTED_CODE = Pattern.compile("验证码：\\s*([2-9A-Z]{5}-[2-9A-Z]{5})");

    @Deployment
    static EnterpriseArchive deployment() {
        // The client-side helpers appear in this class's method signatures, which JUnit reads in the server too.
        return Deployments.huzhuWith(LettersIT.class, PdfTools.class, ApiClient.class, TestUsers.class);
    }

    @Resource(lookup = "java:jboss/datasources/HuzhuDS")
    private DataSource dataSource;

    @EJB
    private LetterIssuer letterIssuer;

    @Inject
    private BcryptPasswordHasher passwordHasher;

    @Resource
    private ManagedExecutorService executor;

    @ArquillianResource
    private URL base;

    // ---- inside the server ----

    @Test
    @Order(1)
    void aLetterIsIssuedOncePerPayout() throws Exception {
        long memberA = member(MEMBER_A, "王秀英", "360502198703151234");
        member(MEMBER_B, "李建国", "360502198001012344");
        long payout = payout(memberA, GRANT);

        LetterNumber first = letterIssuer.issue(payout, memberA, settlementLetter());
        LetterNumber again = letterIssuer.issue(payout, memberA, settlementLetter());

        assertEquals(first, again, "the same payout gets the same letter");
        assertEquals(LocalDate.now(Clock.system(ZoneId.of("Asia/Shanghai"))).getYear(), first.year());
        assertEquals(1, count("SELECT count(*) FROM letter WHERE payout_id = " + payout));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT kind, subject_no, sha256, encode(sha256(pdf), 'hex'), octet_length(code_hash), superseded_by"
                             + " FROM letter WHERE letter_no = ?")) {
            select.setString(1, first.value());
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("SETTLEMENT", rs.getString(1));
                assertEquals("HZ2096000045", rs.getString(2));
                assertEquals(rs.getString(4), rs.getString(3), "the stored SHA-256 is that of the stored PDF");
                assertEquals(32, rs.getInt(5), "a digest of the code, not the code");
                assertEquals(null, rs.getString(6), "current");
            }
        }
    }

    @Test
    @Order(2)
    void twoCallsAtOnceForOnePayoutMakeOneLetter() throws Exception {
        long memberA = member(MEMBER_A, "王秀英", "360502198703151234");
        long racedPayout = payout(memberA, RACED_GRANT);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LetterNumber>> calls = List.of(
                executor.submit(() -> {
                    start.await();
                    return letterIssuer.issue(racedPayout, memberA, settlementLetter());
                }),
                executor.submit(() -> {
                    start.await();
                    return letterIssuer.issue(racedPayout, memberA, settlementLetter());
                }));
        start.countDown();
        assertEquals(calls.get(0).get(), calls.get(1).get());
        assertEquals(1, count("SELECT count(*) FROM letter WHERE payout_id = " + racedPayout));
    }

    @Test
    @Order(3)
    void theDatabaseRefusesToChangeOrDeleteAnIssuedLetter() throws SQLException {
        long payout = payout(member(MEMBER_A, "王秀英", "360502198703151234"), GRANT);
        for (String statement : List.of(
                "UPDATE letter SET pdf = '\\x00' WHERE payout_id = " + payout,
                "UPDATE letter SET issued_at = issued_at - interval '1 day' WHERE payout_id = " + payout,
                "DELETE FROM letter WHERE payout_id = " + payout)) {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(statement), statement);
                assertTrue(refused.getMessage().contains("was issued and cannot be"), refused::getMessage);
            }
        }
        assertEquals(1, count("SELECT count(*) FROM letter WHERE payout_id = " + payout + " AND octet_length(pdf) > 1000"));
    }

    // ---- over HTTP ----

    @Test
    @Order(10)
    @RunAsClient
    void theMemberDownloadsTheirLetterAndNobodyElseFindsIt() {
        ApiClient api = ApiClient.anonymous(base);
        String letterNo = letterOfMemberA(api);

        ApiClient.Answer own = api.as(MEMBER_A, PASSWORD).send(pdfRequest(api.as(MEMBER_A, PASSWORD), letterNo));
        assertEquals(200, own.status(), own::toString);
        assertEquals("application/pdf", own.contentType());
        assertTrue(new String(own.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));

        ApiClient.Answer someoneElses = api.send(pdfRequest(api.as(MEMBER_B, PASSWORD), letterNo));
        ApiClient.Answer noSuchLetter = api.send(pdfRequest(api.as(MEMBER_B, PASSWORD), "L20269999999"));
        assertEquals(404, someoneElses.status(), someoneElses::toString);
        assertTrue(someoneElses.contentType().startsWith("application/problem+json"), someoneElses::toString);
        assertEquals(noSuchLetter.status(), someoneElses.status(), "another's letter looks like no letter");
        assertEquals(noSuchLetter.text(), someoneElses.text());
        assertEquals("[]", api.as(MEMBER_B, PASSWORD).get("me/letters").text());

        TestUsers.Credentials clerk = TestUsers.create(api, "clerk");
        ApiClient.Answer staff = api.send(pdfRequest(api.as(clerk), letterNo));
        assertEquals(200, staff.status(), staff::toString);
        assertArrayEquals(own.body(), staff.body());
        assertEquals(404, api.send(pdfRequest(api.as(clerk), "not-a-number")).status());
        assertEquals(403, api.as(clerk).get("me/letters").status(), "the list is the member's own");

        ApiClient.Answer anonymous = api.send(pdfRequest(api, letterNo));
        assertEquals(401, anonymous.status(), anonymous::toString);
    }

    @Test
    @Order(11)
    @RunAsClient
    void theDownloadedLetterIsSignedTrustedAndWellFormed() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        String letterNo = letterOfMemberA(api);
        Path pdf = PdfTools.save(letterNo + ".pdf", download(api, letterNo));

        String pdfsig = PdfTools.pdfsigTrustingDevelopmentCa(pdf);
        assertTrue(pdfsig.contains("Signature Validation: Signature is Valid."), pdfsig);
        assertTrue(pdfsig.contains("Total document signed"), pdfsig);
        assertTrue(pdfsig.contains("Certificate Validation: Certificate is Trusted."), pdfsig);
        assertTrue(pdfsig.contains("ETSI.CAdES.detached"), pdfsig);

        PdfTools.run("qpdf", "--check", pdf.toString());

        String text = PdfTools.run("pdftotext", "-layout", pdf.toString(), "-");
        assertTrue(text.contains("理赔结算通知书"), text);
        assertTrue(text.contains(letterNo), text);
        assertTrue(text.contains("测试县总工会"), "the union name comes from the server settings: " + text);
        assertFalse(text.contains("360502198703151234"), "never the unmasked ID");

        // For a person to look at after the run: target/letters-it/<letter>-1.png
        PdfTools.run("pdftoppm", "-png", "-r", "80", pdf.toString(), PdfTools.WORK.resolve(letterNo).toString());
        assertTrue(Files.size(PdfTools.WORK.resolve(letterNo + "-1.png")) > 10_000);
    }

    @Test
    @Order(12)
    @RunAsClient
    void anyoneCanVerifyTheLetterAndSeesWhatIsWrongWithAlteredCopies() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        String letterNo = letterOfMemberA(api);
        byte[] letter = download(api, letterNo);

        JsonObject genuine = verifyFile(api, letter, "application/pdf");
        assertAnswer(genuine, true, true, true, true, "CURRENT");
        assertEquals(letterNo, genuine.getString("letterNo"));

        byte[] changed = letter.clone();
        int inTheText = indexOf(letter, "stream") + 200;
        changed[inTheText] ^= 0x01;
        assertAnswer(verifyFile(api, changed, "application/pdf"), false, false, false, false, "SIGNATURE_BROKEN");

        assertAnswer(verifyFile(api, resignedByAnotherKey(letter), "application/pdf"), false, false, false, false,
                "UNTRUSTED_SIGNER");

        JsonObject truncated = verifyFile(api, Arrays.copyOf(letter, letter.length / 2), "application/octet-stream");
        assertAnswer(truncated, false, false, false, false, truncated.getString("finding"));
        assertTrue(List.of("DAMAGED", "NOT_SIGNED", "NOT_WHOLE_FILE").contains(truncated.getString("finding")), truncated::toString);

        assertAnswer(verifyFile(api, new byte[0], "application/pdf"), false, false, false, false, "EMPTY_FILE");
        JsonObject text = verifyForm(api, "notes.txt", "这不是通知书\n".getBytes(StandardCharsets.UTF_8));
        assertAnswer(text, false, false, false, false, "NOT_A_PDF");
        assertEquals("该文件不是 PDF 文件。", text.getString("reason"));
        assertAnswer(verifyForm(api, letterNo + ".pdf", letter), true, true, true, true, "CURRENT");

        ApiClient.Answer english = api.send(api.request("verify").header("Content-Type", "application/pdf")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[0])));
        assertEquals("The file is empty.", english.json().getString("reason"));
    }

    @Test
    @Order(13)
    @RunAsClient
    void anOversizeUploadIs413AndAMalformedRequest400() {
        ApiClient api = ApiClient.anonymous(base);
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        huge[0] = '%';
        ApiClient.Answer tooLarge = api.send(api.request("verify").header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertTrue(tooLarge.contentType().startsWith("application/problem+json"), tooLarge::toString);

        ApiClient.Answer noFile = api.send(api.request("verify")
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--xyz--\r\n")));
        assertEquals(400, noFile.status(), noFile::toString);

        assertEquals(400, api.post("verify", "{\"letterNo\":\"L2026\"}").status());
        assertEquals(400, api.post("verify", "not json").status());
    }

    @Test
    @Order(14)
    @RunAsClient
    void theNumberWithThePrintedCodeVerifiesAndAWrongCodeRevealsNothing() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        String letterNo = letterOfMemberA(api);
        Path pdf = PdfTools.save(letterNo + "-for-code.pdf", download(api, letterNo));
        Matcher printed = PRINTED_CODE.matcher(PdfTools.run("pdftotext", pdf.toString(), "-"));
        assertTrue(printed.find(), "the letter shows its verification code");
        String code = printed.group(1);

        JsonObject right = api.post("verify", "{\"letterNo\":\"" + letterNo + "\",\"code\":\"" + code.toLowerCase() + "\"}").json();
        assertAnswer(right, true, null, true, true, "CURRENT");
        assertEquals(letterNo, right.getString("letterNo"));

        String wrongCode = (code.charAt(0) == '2' ? '3' : '2') + code.substring(1);
        JsonObject wrong = api.post("verify", "{\"letterNo\":\"" + letterNo + "\",\"code\":\"" + wrongCode + "\"}").json();
        JsonObject unknown = api.post("verify", "{\"letterNo\":\"L20269999999\",\"code\":\"" + code + "\"}").json();
        assertAnswer(wrong, false, null, false, false, "NOT_ISSUED");
        assertEquals(unknown, wrong, "a wrong code answers exactly as an unknown letter");
    }

    // ---- helpers ----

    private static void assertAnswer(JsonObject answer, boolean issued, Boolean unchanged, boolean current,
                                     boolean signatureValid, String finding) {
        assertEquals(issued, answer.getBoolean("issued"), answer::toString);
        if (unchanged == null) {
            assertTrue(answer.isNull("unchanged"), answer::toString);
        } else {
            assertEquals(unchanged, answer.getBoolean("unchanged"), answer::toString);
        }
        assertEquals(current, answer.getBoolean("current"), answer::toString);
        assertEquals(signatureValid, answer.getBoolean("signatureValid"), answer::toString);
        assertEquals(finding, answer.getString("finding"), answer::toString);
        assertFalse(answer.getString("reason").isBlank(), answer::toString);
        if (!issued) {
            assertTrue(answer.isNull("letterNo"), answer::toString);
        }
    }

    private static JsonObject verifyFile(ApiClient api, byte[] file, String contentType) {
        ApiClient.Answer answer = api.send(api.request("verify").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static JsonObject verifyForm(ApiClient api, String fileName, byte[] file) throws Exception {
        String boundary = "----huzhu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        ApiClient.Answer answer = api.send(api.request("verify")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    /** The letter signed once more, over everything, by a key the union never issued (made with keytool). */
    private static byte[] resignedByAnotherKey(byte[] letter) throws Exception {
        Path store = PdfTools.WORK.resolve("forger-" + System.nanoTime() + ".p12");
        PdfTools.run(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "forger", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=Huzhu letter signing, O=Huzhu", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "forger-pw");
        SigningCredentials forger = SigningCredentials.fromPkcs12(store, "forger-pw".toCharArray(), "forger");
        return new PadesSigner(forger, "测试县总工会", Clock.systemUTC()).sign(letter);
    }

    private static String letterOfMemberA(ApiClient api) {
        ApiClient.Answer mine = api.as(MEMBER_A, PASSWORD).get("me/letters");
        assertEquals(200, mine.status(), mine::toString);
        try (JsonReader reader = Json.createReader(new StringReader(mine.text()))) {
            JsonArray letters = reader.readArray();
            assertEquals(2, letters.size(), "the letter and the one of the raced payout: " + mine);
            JsonObject letter = letters.getJsonObject(0);
            assertEquals("SETTLEMENT", letter.getString("kind"));
            assertEquals("HZ2096000045", letter.getString("subject"));
            assertTrue(letter.getString("issuedAt").contains("+08:00"), letter::toString);
            return letter.getString("letterNo");
        }
    }

    private static byte[] download(ApiClient api, String letterNo) {
        ApiClient.Answer answer = api.send(pdfRequest(api.as(MEMBER_A, PASSWORD), letterNo));
        assertEquals(200, answer.status(), answer::toString);
        return answer.body();
    }

    private static HttpRequest.Builder pdfRequest(ApiClient api, String letterNo) {
        return api.request("letters/" + letterNo).header("Accept", "application/pdf").GET();
    }

    private static int indexOf(byte[] data, String ascii) {
        byte[] pattern = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError(ascii + " not found");
    }

    private static LetterDraft settlementLetter() {
        return issue -> new SettlementLetterContent(issue, new Payee("王秀英", "360502********1234", "**** 5678"),
                "HZ2096000045", "住院医疗互助保障", 2,
                List.of(new KeyDate("入院日期", LocalDate.of(2026, 3, 1)), new KeyDate("出院日期", LocalDate.of(2026, 3, 16))),
                List.of(new CalculationLine("政策范围内自付（基数）", "20,000.00"),
                        new CalculationLine("累计 7,500.00–10,000.00 段 2,500.00 × 50%", "1,250.00"),
                        new CalculationLine("累计 10,000.00–27,500.00 段 17,500.00 × 60%", "10,500.00"),
                        new CalculationLine("分段合计 11,750.00 × 2 份", "23,500.00"),
                        new CalculationLine("本期封顶剩余 22,500.00；不超过基数 20,000.00", "20,000.00")),
                Money.parse("20000.00"), Optional.of(LocalDate.of(2026, 4, 10)));
    }

    /** The member with a member account (user name = member number, role member), made once; their id. */
    private long member(String memberNo, String name, String idNumber) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("""
                    INSERT INTO unit (code, name, uscc) VALUES ('T-LETTERS', '信件测试单位', '91350100M000200Y43')
                    ON CONFLICT (code) DO NOTHING""");
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO member (member_no, unit_id, name, id_number, gender, birth_date, category)
                    SELECT ?, id, ?, ?, 'FEMALE', DATE '1987-03-15', 'EMPLOYEE' FROM unit WHERE code = 'T-LETTERS'
                    ON CONFLICT (member_no) DO NOTHING""")) {
                insert.setString(1, memberNo);
                insert.setString(2, name);
                insert.setString(3, idNumber);
                insert.executeUpdate();
            }
            PasswordHash hash = passwordHasher.hash(PASSWORD.toCharArray());
            try (PreparedStatement account = connection.prepareStatement("""
                    INSERT INTO app_user (username, display_name, password_hash, password_salt, password_iterations)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING""")) {
                account.setString(1, memberNo);
                account.setString(2, name);
                account.setString(3, hash.hash());
                account.setString(4, hash.salt());
                account.setInt(5, hash.cost());
                account.executeUpdate();
            }
            connection.createStatement().execute("INSERT INTO app_user_role (username, role) VALUES ('" + memberNo
                    + "', 'member') ON CONFLICT DO NOTHING");
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM member WHERE member_no = ?")) {
                select.setString(1, memberNo);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    /**
     * A grant payout of the member, made once; its id. The grant and its run are in the year 2001, which no grant
     * run of the tests decides from.
     */
    private long payout(long memberId, String grantNo) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     WITH run AS (
                         INSERT INTO grant_run (year, budget, run_date, job_instance_id, job_execution_id, candidates,
                                                grant_count, grant_total, condolence_count, condolence_total)
                         VALUES (2001, 0, DATE '2001-12-01', ?, 0, 0, 0, 0, 0, 0)
                         ON CONFLICT (job_instance_id) DO UPDATE SET year = EXCLUDED.year RETURNING id),
                     hardship AS (
                         INSERT INTO hardship_grant (grant_no, grant_run_id, member_id, year, kind, burden,
                                                     unscaled_amount, amount)
                         SELECT ?, run.id, ?, 2001, 'GRANT', 0, 1000, 1000 FROM run
                         ON CONFLICT (grant_no) DO UPDATE SET year = EXCLUDED.year RETURNING id)
                     INSERT INTO payout (kind, grant_id, member_id, payable, breakdown, settlement_run, job_execution_id,
                                         settled_on)
                     SELECT 'GRANT', hardship.id, ?, 0, '{}', 0, 0, DATE '2001-12-01' FROM hardship
                     ON CONFLICT (grant_id) DO UPDATE SET grant_id = EXCLUDED.grant_id RETURNING id""")) {
            // A run of its own for each grant (a member has one grant per run), with a job instance no job has.
            insert.setLong(1, -Long.parseLong(grantNo.substring(5)));
            insert.setString(2, grantNo);
            insert.setLong(3, memberId);
            insert.setLong(4, memberId);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.huzhu.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.huzhu.domain.model.notice.Notice;
import org.huzhu.domain.model.notice.NoticeKind;
import org.huzhu.domain.model.notice.SmsGateway.NotSent;
import org.huzhu.domain.model.shared.MobilePhone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AliyunSmsGateway} against a stub of Alibaba Cloud SMS on a local port. The stub checks each request as the
 * service would: it recomputes the V3 signature from the request it received, by the documented algorithm written
 * out again here (not by the adapter's code), and answers as the test tells it.
 */
class AliyunSmsGatewayTest {

    private static final String KEY_ID = "LTAI-test-key";
    private static final String SECRET = "test-secret-never-logged";
    private static final String SIGN_NAME = "测试县总工会";
    private static final Instant NOW = Instant.parse("2026-12-03T08:30:15.123Z");
    private static final MobilePhone PHONE = MobilePhone.parse("13812345678");
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})");

    /** A request as the stub received it. */
    private record Received(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {

        Map<String, String> query() {
            Map<String, String> query = new TreeMap<>();
            for (String pair : rawQuery.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                query.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
            }
            return query;
        }
    }

    private HttpServer stub;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int answerStatus = 200;
    private volatile String answerBody = "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"900619746936498440^0\",\"RequestId\":\"F655A8D5\"}";
    private volatile Duration answerDelay = Duration.ZERO;

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", this::answer);
        stub.start();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    @Test
    void aNoticeGoesOutAsASignedSendSmsWithItsTemplateParametersAndMessageId() throws Exception {
        UUID messageId = UUID.randomUUID();
        Notice notice = new Notice(PHONE, NoticeKind.LETTER_ISSUED, Map.of("subject", "理赔结算",
                "letterNo", "L20260000123", "code", "K7MX3-Q9ZTB", "verifyUrl", "https://huzhu.example.cn/verify.html"));

        gateway(Duration.ofSeconds(5)).send(messageId, notice, notice.text(SIGN_NAME));

        assertEquals(1, received.size());
        Received request = received.getFirst();
        assertEquals("POST", request.method());
        assertEquals("/", request.path());
        assertEquals("SendSms", request.headers().get("x-acs-action"));
        assertEquals("2017-05-25", request.headers().get("x-acs-version"));
        assertEquals("2026-12-03T08:30:15Z", request.headers().get("x-acs-date"), "ISO 8601 UTC to the second");
        Map<String, String> query = request.query();
        assertEquals("13812345678", query.get("PhoneNumbers"));
        assertEquals(SIGN_NAME, query.get("SignName"));
        assertEquals("SMS_LETTER_ISSUED", query.get("TemplateCode"));
        assertEquals(messageId.toString(), query.get("OutId"), "the outbox's id, the same on every try");
        JsonObject parameters = Json.createReader(new StringReader(query.get("TemplateParam"))).readObject();
        assertEquals(notice.parameters(), parameters.keySet().stream()
                .collect(Collectors.toMap(name -> name, parameters::getString)));
        assertSignedAsDocumented(request);
    }

    @Test
    void everyTryIsSignedAfreshWithANewNonceButTheSameMessageId() throws Exception {
        UUID messageId = UUID.randomUUID();
        AliyunSmsGateway gateway = gateway(Duration.ofSeconds(5));
        gateway.send(messageId, signInCode(), "text");
        gateway.send(messageId, signInCode(), "text");

        assertEquals(2, received.size());
        assertNotEquals(received.get(0).headers().get("x-acs-signature-nonce"),
                received.get(1).headers().get("x-acs-signature-nonce"));
        assertEquals(received.get(0).query().get("OutId"), received.get(1).query().get("OutId"));
        assertSignedAsDocumented(received.get(1));
    }

    @Test
    void throttlingAndTheServicesOwnFailuresAreWorthAnotherTry() {
        answer(200, "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控Permits:1\"}");
        assertTrue(refusal().worthRetrying(), "throttled");
        answer(400, "{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}");
        assertTrue(refusal().worthRetrying(), "throttled at the gateway");
        answer(200, "{\"Code\":\"isp.SYSTEM_ERROR\",\"Message\":\"isp.SYSTEM_ERROR\"}");
        assertTrue(refusal().worthRetrying(), "the service's own error");
        answer(503, "<html>Service Unavailable</html>");
        NotSent unavailable = refusal();
        assertTrue(unavailable.worthRetrying(), "5xx");
        assertTrue(unavailable.getMessage().contains("503"), unavailable::getMessage);
    }

    @Test
    void aBadNumberOrTemplateIsGivenUpAndTheAnswerNeverRepeatsTheNumber() {
        answer(200, "{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"非法手机号 13812345678\"}");
        NotSent badNumber = refusal();
        assertFalse(badNumber.worthRetrying());
        assertTrue(badNumber.getMessage().contains("isv.MOBILE_NUMBER_ILLEGAL"), badNumber::getMessage);
        assertFalse(badNumber.getMessage().contains("13812345678"), badNumber::getMessage);
        answer(200, "{\"Code\":\"isv.SMS_TEMPLATE_ILLEGAL\",\"Message\":\"模版不合法\"}");
        assertFalse(refusal().worthRetrying(), "a template the service does not know");
        answer(200, "{\"Code\":\"isv.TEMPLATE_MISSING_PARAMETERS\",\"Message\":\"模版缺少变量\"}");
        assertFalse(refusal().worthRetrying(), "parameters that do not fit the template");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsTriedAgainLater() {
        answerDelay = Duration.ofSeconds(3);
        NotSent timedOut = assertThrows(NotSent.class,
                () -> gateway(Duration.ofMillis(300)).send(UUID.randomUUID(), signInCode(), "text"));
        assertTrue(timedOut.worthRetrying());
        assertTrue(timedOut.getMessage().contains("did not answer"), timedOut::getMessage);
    }

    @Test
    void aMissingSettingIsNamedAndTheSecretIsNeverShown() {
        Map<NoticeKind, String> withoutOne = templates();
        withoutOne.remove(NoticeKind.CLAIM_DECLINED);
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> new AliyunSmsSettings(
                URI.create("http://127.0.0.1:1"), KEY_ID, SECRET, SIGN_NAME, withoutOne, Duration.ofSeconds(1)));
        assertTrue(missing.getMessage().contains("huzhu.sms.template.CLAIM_DECLINED"), missing::getMessage);
        assertFalse(settings(Duration.ofSeconds(1)).toString().contains(SECRET));
    }

    // ---- the stub and the documented signature, written out independently of the adapter ----

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, exchange.getRequestBody().readAllBytes()));
        try {
            Thread.sleep(answerDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answerBody.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(answerStatus, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /**
     * The service's check: CanonicalRequest = method, URI, sorted encoded query, {@code name:value\n} of each signed
     * header (lower case, sorted), the signed header names joined by {@code ;}, the body's hex SHA-256; then
     * StringToSign = {@code ACS3-HMAC-SHA256\n} + hex SHA-256 of it; the signature its hex HMAC-SHA256.
     */
    private static void assertSignedAsDocumented(Received request) throws Exception {
        Matcher authorization = AUTHORIZATION.matcher(request.headers().get("authorization"));
        assertTrue(authorization.matches(), request.headers().get("authorization"));
        assertEquals(KEY_ID, authorization.group(1));
        List<String> signedHeaders = Arrays.asList(authorization.group(2).split(";"));
        for (String name : request.headers().keySet()) {
            if (name.equals("host") || name.startsWith("x-acs-")) {
                assertTrue(signedHeaders.contains(name), name + " must be signed: " + signedHeaders);
            }
        }
        assertEquals(hex(MessageDigest.getInstance("SHA-256").digest(request.body())),
                request.headers().get("x-acs-content-sha256"), "the body's hash");
        List<String> query = new ArrayList<>();
        request.query().forEach((name, value) -> query.add(rfc3986(name) + "=" + rfc3986(value)));
        StringBuilder headers = new StringBuilder();
        signedHeaders.stream().sorted().forEach(name -> headers.append(name).append(':')
                .append(request.headers().get(name).trim()).append('\n'));
        String canonicalRequest = request.method() + "\n" + request.path() + "\n" + String.join("&", query) + "\n"
                + headers + "\n" + String.join(";", signedHeaders.stream().sorted().toList()) + "\n"
                + request.headers().get("x-acs-content-sha256");
        String stringToSign = "ACS3-HMAC-SHA256\n"
                + hex(MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertEquals(hex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8))), authorization.group(3),
                "the signature the service computes from the request it received");
    }

    /** Every byte outside {@code A-Z a-z 0-9 - _ . ~} as {@code %XX} of its UTF-8, byte by byte. */
    private static String rfc3986(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private void answer(int status, String body) {
        answerStatus = status;
        answerBody = body;
    }

    private NotSent refusal() {
        return assertThrows(NotSent.class, () -> gateway(Duration.ofSeconds(5)).send(UUID.randomUUID(), signInCode(),
                "text"));
    }

    private static Notice signInCode() {
        return new Notice(PHONE, NoticeKind.SIGN_IN_CODE, Map.of("code", "482913"));
    }

    private AliyunSmsGateway gateway(Duration timeout) {
        return new AliyunSmsGateway(settings(timeout), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private AliyunSmsSettings settings(Duration timeout) {
        return new AliyunSmsSettings(URI.create("http://127.0.0.1:" + stub.getAddress().getPort()), KEY_ID, SECRET,
                SIGN_NAME, templates(), timeout);
    }

    private static Map<NoticeKind, String> templates() {
        Map<NoticeKind, String> templates = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            templates.put(kind, "SMS_" + kind.name());
        }
        return templates;
    }
}

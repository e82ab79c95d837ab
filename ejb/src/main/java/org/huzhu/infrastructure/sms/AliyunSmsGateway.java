package org.huzhu.infrastructure.sms;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.huzhu.domain.model.notice.Notice;
import org.huzhu.domain.model.notice.SmsGateway;

/**
 * Sends a notice through Alibaba Cloud SMS ({@code SendSms}, API version 2017-05-25), over HTTPS with the JDK's
 * client. The service sends only approved templates: the request names the notice kind's template code and sign
 * name, and carries the notice's values as the template's JSON parameters; the text Huzhu rendered is what the
 * template says, and is not sent. The outbox's message id travels as {@code OutId}, which the service hands back
 * in its delivery receipts, so that a receipt can be matched to its notice.
 * <p>
 * Not a CDI bean: the outbox's sender chooses the gateway by {@code huzhu.sms.provider} ({@value #PROVIDER}) and
 * makes it with {@link #fromSystemProperties()}. Neither the secret nor a full phone number is ever logged.
 */
public class AliyunSmsGateway implements SmsGateway {

    /** The value of {@code huzhu.sms.provider} that selects this gateway. */
    public static final String PROVIDER = "aliyun";

    static final String ACTION = "SendSms";
    static final String API_VERSION = "2017-05-25";
    static final String SUCCESS = "OK";

    /**
     * Answers that no repeat of this message can change: the number, the template or its parameters, the sign.
     * Every other refusal (throttling, the service's own errors, an empty balance, a key or permission an operator
     * can put right) is worth another try later, and the outbox bounds how many.
     */
    static final Set<String> GIVE_UP = Set.of(
            "isv.MOBILE_NUMBER_ILLEGAL", "isv.BLACK_KEY_CONTROL_LIMIT", "isv.MOBILE_COUNT_OVER_LIMIT",
            "isv.SMS_TEMPLATE_ILLEGAL", "isv.TEMPLATE_MISSING_PARAMETERS", "isv.TEMPLATE_PARAMS_ILLEGAL",
            "isv.INVALID_JSON_PARAM", "isv.PARAM_LENGTH_LIMIT", "isv.PARAM_NOT_SUPPORT_URL",
            "isv.SMS_SIGNATURE_ILLEGAL", "isv.SMS_CONTENT_ILLEGAL", "isv.INVALID_PARAMETERS");

    private static final Logger LOG = Logger.getLogger(AliyunSmsGateway.class.getName());
    private static final DateTimeFormatter ACS_DATE = DateTimeFormatter.ISO_INSTANT;
    private static final String EMPTY_BODY_SHA256 = AcsV3Signature.sha256Hex(new byte[0]);

    private final AliyunSmsSettings settings;
    /** Dates the requests: the service takes a request only within 15 minutes of its date. */
    private final Clock clock;
    private final HttpClient http;

    public AliyunSmsGateway(AliyunSmsSettings settings, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.settings = settings;
        this.clock = clock;
    }

    /** @throws IllegalStateException naming a setting that is missing */
    public static AliyunSmsGateway fromSystemProperties() {
        return new AliyunSmsGateway(AliyunSmsSettings.fromSystemProperties(), Clock.systemUTC());
    }

    @Override
    public void send(UUID messageId, Notice notice, String text) throws NotSent {
        HttpResponse<String> response;
        try {
            response = http.send(request(messageId, notice), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new NotSent("the SMS service did not answer within " + settings.timeout(), e);
        } catch (IOException e) {
            throw new NotSent("the SMS service could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotSent("interrupted while sending", e);
        }
        String code = answerCode(response);
        if (response.statusCode() == 200 && SUCCESS.equals(code)) {
            LOG.fine(() -> "message " + messageId + " (" + notice.kind() + ") handed to Aliyun SMS for " + notice.to());
            return;
        }
        boolean worthRetrying = response.statusCode() >= 500 || !GIVE_UP.contains(code);
        LOG.warning(() -> "Aliyun SMS refused message " + messageId + " (" + notice.kind() + ") for " + notice.to()
                + ": HTTP " + response.statusCode() + ", " + code + (worthRetrying ? "; will retry" : "; giving up"));
        // Only the code: the service's message may repeat the number.
        throw new NotSent("Aliyun SMS answered HTTP " + response.statusCode() + ", " + code, worthRetrying);
    }

    private HttpRequest request(UUID messageId, Notice notice) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("PhoneNumbers", notice.to().number());
        query.put("SignName", settings.signName());
        query.put("TemplateCode", settings.templateCode(notice.kind()));
        query.put("TemplateParam", templateParameters(notice));
        query.put("OutId", messageId.toString());
        URI endpoint = settings.endpoint();
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("host", endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort());
        signed.put("x-acs-action", ACTION);
        signed.put("x-acs-version", API_VERSION);
        signed.put("x-acs-date", ACS_DATE.format(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        // A new nonce on every try: the service refuses a nonce it has seen, so it guards against replays, not repeats.
        signed.put("x-acs-signature-nonce", UUID.randomUUID().toString());
        signed.put("x-acs-content-sha256", EMPTY_BODY_SHA256);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.toString().replaceAll("/+$", "")
                        + "/?" + AcsV3Signature.canonicalQuery(query)))
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .header("Authorization", AcsV3Signature.authorization(settings.accessKeyId(),
                        settings.accessKeySecret(), "POST", "/", query, signed, EMPTY_BODY_SHA256))
                .POST(HttpRequest.BodyPublishers.noBody());
        // The JDK sets the host header itself, from the URI, as it was signed.
        signed.forEach((name, value) -> {
            if (!name.equals("host")) {
                request.header(name, value);
            }
        });
        return request.build();
    }

    /** The notice's values as the template's variables, all strings as the service requires. */
    static String templateParameters(Notice notice) {
        JsonObjectBuilder parameters = Json.createObjectBuilder();
        notice.parameters().forEach(parameters::add);
        return parameters.build().toString();
    }

    /** {@code Code} of the JSON answer; an answer that is no JSON (a proxy's error page) says so. */
    private static String answerCode(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject answer = reader.readObject();
            return answer.getString("Code", "no code");
        } catch (JsonException | IllegalStateException e) {
            return "an answer that is not JSON";
        }
    }
}

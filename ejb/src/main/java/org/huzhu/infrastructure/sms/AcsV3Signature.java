package org.huzhu.infrastructure.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's request signature V3 ({@code ACS3-HMAC-SHA256}), as its "V3版本请求体&签名机制" documents it: a
 * canonical request of method, path, sorted query, sorted lower-case headers, the signed headers' names and the
 * body's SHA-256; the string to sign is the algorithm's name and the canonical request's SHA-256; the signature is
 * the HMAC-SHA256 of it with the access key secret, in lower-case hex.
 */
final class AcsV3Signature {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private AcsV3Signature() {
    }

    /**
     * The {@code Authorization} header's value.
     *
     * @param signedHeaders every header that takes part, by lower-case name ({@code host} and the {@code x-acs-*})
     */
    static String authorization(String accessKeyId, String accessKeySecret, String method, String path,
                                Map<String, String> query, Map<String, String> signedHeaders, String bodySha256) {
        SortedMap<String, String> headers = new TreeMap<>(signedHeaders);
        String names = String.join(";", headers.keySet());
        String canonicalRequest = String.join("\n", method, path, canonicalQuery(query),
                headers.entrySet().stream().map(h -> h.getKey() + ":" + h.getValue().strip() + "\n")
                        .collect(Collectors.joining()),
                names, bodySha256);
        String stringToSign = ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + names + ",Signature="
                + hmacSha256Hex(accessKeySecret, stringToSign);
    }

    /** The parameters sorted by name, each name and value percent-encoded (RFC 3986), joined by {@code &}. */
    static String canonicalQuery(Map<String, String> query) {
        return new TreeMap<>(query).entrySet().stream()
                .map(parameter -> percentEncode(parameter.getKey()) + "=" + percentEncode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986 over UTF-8: only {@code A-Z a-z 0-9 - _ . ~} stay as they are (a space is {@code %20}). */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hmacSha256Hex(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}

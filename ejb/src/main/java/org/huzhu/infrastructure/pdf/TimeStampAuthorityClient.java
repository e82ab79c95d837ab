package org.huzhu.infrastructure.pdf;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;

import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.huzhu.domain.model.shared.Sha256;

/** Asks an RFC 3161 time-stamp authority over HTTP to time-stamp a signature value. Thread-safe. */
public final class TimeStampAuthorityClient {

    private static final SecureRandom NONCES = new SecureRandom();

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    public TimeStampAuthorityClient(URI url, Duration timeout) {
        this.url = Objects.requireNonNull(url, "url");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** A token over the SHA-256 of {@code data}, checked against the request (digest and nonce). */
    public TimeStampToken timeStamp(byte[] data) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, Sha256.digest(data),
                new BigInteger(64, NONCES));
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(url)
                            .timeout(timeout)
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new TimeStampException("time-stamp authority " + url + " answered HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new TimeStampException("time-stamp authority " + url + " refused: " + response.getStatusString());
            }
            return token;
        } catch (IOException | TSPException e) {
            throw new TimeStampException("no time stamp from " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeStampException("interrupted while waiting for " + url, e);
        }
    }

    /** The letter cannot be signed at level B-T now; the caller may retry later. */
    public static final class TimeStampException extends RuntimeException {
        TimeStampException(String message) {
            super(message);
        }

        TimeStampException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

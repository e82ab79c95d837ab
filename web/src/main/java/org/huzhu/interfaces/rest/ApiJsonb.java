package org.huzhu.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.huzhu.domain.model.shared.BusinessDate;

/**
 * The one JSON-B configuration of the API, for every answer written from a DTO record: an instant is written as
 * the time in Beijing with its offset ({@code 2026-11-23T10:05:31+08:00}, SPEC.md §2), whatever zone the server or
 * the value was in, so that pages and clients show it as the office reads it without converting. Nulls are left out,
 * JSON-B's default, as the resources' own answers always did.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ApiJsonb implements ContextResolver<Jsonb> {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    // One per provider, and JAX-RS makes one provider: a Jsonb is thread-safe and costly to build.
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withAdapters(new InstantInBeijing(), new OffsetDateTimeInBeijing()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** How the API writes an instant: ISO 8601 in Beijing time, with its offset. */
    public static String written(Instant instant) {
        return WRITTEN.format(instant.atZone(BusinessDate.ZONE));
    }

    static final class InstantInBeijing implements JsonbAdapter<Instant, String> {
        @Override
        public String adaptToJson(Instant instant) {
            return written(instant);
        }

        @Override
        public Instant adaptFromJson(String text) {
            return OffsetDateTime.parse(text, WRITTEN).toInstant();
        }
    }

    static final class OffsetDateTimeInBeijing implements JsonbAdapter<OffsetDateTime, String> {
        @Override
        public String adaptToJson(OffsetDateTime time) {
            return written(time.toInstant());
        }

        @Override
        public OffsetDateTime adaptFromJson(String text) {
            return OffsetDateTime.parse(text, WRITTEN);
        }
    }
}

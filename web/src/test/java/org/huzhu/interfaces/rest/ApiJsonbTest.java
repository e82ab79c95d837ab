package org.huzhu.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ApiJsonbTest {

    @Test
    void anInstantIsWrittenInBeijingTimeWithItsOffset() {
        assertEquals("2026-03-02T02:30:00+08:00",
                new ApiJsonb.InstantInBeijing().adaptToJson(Instant.parse("2026-03-01T18:30:00Z")));
        assertEquals("2026-11-23T10:05:31.25+08:00",
                new ApiJsonb.InstantInBeijing().adaptToJson(Instant.parse("2026-11-23T02:05:31.250Z")));
    }

    @Test
    void anOffsetTimeOfAnotherZoneIsWrittenAsTheSameInstantInBeijing() {
        assertEquals("2027-01-01T00:30:00+08:00",
                new ApiJsonb.OffsetDateTimeInBeijing().adaptToJson(OffsetDateTime.parse("2026-12-31T17:30:00+01:00")));
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameInstant() {
        Instant instant = Instant.parse("2026-06-30T23:59:59.999Z");
        ApiJsonb.InstantInBeijing adapter = new ApiJsonb.InstantInBeijing();
        assertEquals(instant, adapter.adaptFromJson(adapter.adaptToJson(instant)));
    }
}

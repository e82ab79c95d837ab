package org.huzhu.domain.model.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.huzhu.domain.model.shared.MobilePhone;
import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void eachRetryWaitsTwiceAsLongUpToTheLongestWait() {
        DeliverySchedule schedule = DeliverySchedule.STANDARD;

        assertEquals(Duration.ofSeconds(30), schedule.waitAfter(1));
        assertEquals(Duration.ofMinutes(1), schedule.waitAfter(2));
        assertEquals(Duration.ofMinutes(32), schedule.waitAfter(7));
        assertEquals(Duration.ofHours(1), schedule.waitAfter(8));
        assertEquals(Duration.ofHours(1), schedule.waitAfter(200));
    }

    @Test
    void theStandardScheduleGivesUpAfterTenTriesOverAboutThreeHours() {
        DeliverySchedule schedule = DeliverySchedule.STANDARD;
        Duration allWaits = IntStream.rangeClosed(1, schedule.maxAttempts() - 1)
                .mapToObj(schedule::waitAfter).reduce(Duration.ZERO, Duration::plus);

        assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))), schedule.nextAttempt(9, true, NOW));
        assertEquals(Optional.empty(), schedule.nextAttempt(10, true, NOW));
        assertEquals(Duration.ofHours(3).plusMinutes(3).plusSeconds(30), allWaits);
    }

    @Test
    void aRefusalNoRetryCanChangeIsGivenUpAtOnce() {
        assertEquals(Optional.empty(), DeliverySchedule.STANDARD.nextAttempt(1, false, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(30)), DeliverySchedule.STANDARD.nextAttempt(1, true, NOW));
    }

    @Test
    void aRefusedTryIsRetriedOrGivenUpAsTheScheduleSays() {
        DeliverySchedule twoTries = new DeliverySchedule(2, Duration.ofSeconds(1), Duration.ofSeconds(5));
        DueNotice first = due(1);
        DueNotice second = due(2);

        DeliveryAttempt retry = DeliveryAttempt.refused(first, "busy", true, twoTries, NOW);
        DeliveryAttempt givenUp = DeliveryAttempt.refused(second, "busy", true, twoTries, NOW);

        assertEquals(DeliveryAttempt.Outcome.RETRY, retry.outcome());
        assertEquals(NOW.plusSeconds(1), retry.nextAttemptAt());
        assertEquals(DeliveryAttempt.Outcome.FAILED, givenUp.outcome());
        assertNull(givenUp.nextAttemptAt());
    }

    @Test
    void aScheduleWithoutTriesOrWithWaitsShrinkingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DeliverySchedule(0, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> new DeliverySchedule(3, Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }

    private static DueNotice due(int attempt) {
        Notice notice = new Notice(MobilePhone.parse("13800001234"),
                NoticeKind.SIGN_IN_CODE, Map.of("code", "123456"));
        return new DueNotice(7, UUID.randomUUID(), notice, notice.text("县总工会"), attempt);
    }
}

package org.huzhu.domain.model.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.huzhu.domain.model.plan.PlanCode;
import org.junit.jupiter.api.Test;

class HospitalStayTest {

    private static final LocalDate ORIGIN = LocalDate.of(2026, 1, 1);

    @Test
    void isDischargedNoEarlierThanAdmitted() {
        assertThrows(IllegalArgumentException.class, () -> new HospitalStay(ORIGIN, ORIGIN.minusDays(1)));
    }

    @Test
    void aDraftHasAStayOnlyWithBothDatesInOrder() {
        assertEquals(Optional.of(new HospitalStay(ORIGIN, ORIGIN.plusDays(3))), draft(ORIGIN, ORIGIN.plusDays(3)).hospitalStay());
        assertEquals(Optional.empty(), draft(ORIGIN, null).hospitalStay());
        assertEquals(Optional.empty(), draft(ORIGIN.plusDays(3), ORIGIN).hospitalStay());
    }

    private static ClaimDraft draft(LocalDate admission, LocalDate discharge) {
        return new ClaimDraft("M000123", PlanCode.INPATIENT, Cause.ILLNESS, ORIGIN, admission, discharge, null, null,
                null, null, null, Set.of(), Complexity.SIMPLE);
    }

    @Property
    void staysOverlapExactlyWhenTheyShareADay(
            @ForAll @IntRange(max = 40) int firstAdmitted, @ForAll @IntRange(max = 10) int firstLength,
            @ForAll @IntRange(max = 40) int secondAdmitted, @ForAll @IntRange(max = 10) int secondLength) {
        HospitalStay first = new HospitalStay(ORIGIN.plusDays(firstAdmitted), ORIGIN.plusDays(firstAdmitted + firstLength));
        HospitalStay second = new HospitalStay(ORIGIN.plusDays(secondAdmitted), ORIGIN.plusDays(secondAdmitted + secondLength));

        boolean shareADay = first.admission().datesUntil(first.discharge().plusDays(1))
                .anyMatch(day -> !day.isBefore(second.admission()) && !day.isAfter(second.discharge()));
        assertEquals(shareADay, first.overlaps(second));
        assertEquals(shareADay, second.overlaps(first));
    }
}

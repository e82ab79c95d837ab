package org.huzhu.domain.model.claim;

import java.time.LocalDate;
import java.util.Objects;

/** A stay in hospital from admission to discharge, both days included. */
public record HospitalStay(LocalDate admission, LocalDate discharge) {

    public HospitalStay {
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(discharge, "discharge");
        if (discharge.isBefore(admission)) {
            throw new IllegalArgumentException("discharged " + discharge + " before admission " + admission);
        }
    }

    /** Sharing a single day is an overlap: one cannot be discharged from one stay and admitted to another that day. */
    public boolean overlaps(HospitalStay other) {
        return !other.discharge.isBefore(admission) && !other.admission.isAfter(discharge);
    }
}

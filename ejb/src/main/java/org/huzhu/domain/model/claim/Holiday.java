package org.huzhu.domain.model.claim;

import java.time.LocalDate;

/** A public holiday of the admin's calendar, which the 1-3-10 service times of claims skip. */
public record Holiday(LocalDate day, String name) {
}

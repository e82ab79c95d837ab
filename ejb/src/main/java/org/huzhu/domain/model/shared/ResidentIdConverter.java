package org.huzhu.domain.model.shared;

import jakarta.persistence.Converter;
import java.time.LocalDate;

/**
 * Stores a resident ID as its 18 characters and reads it back as the value it was. Its birth date was checked
 * against the day it was registered, so a stored ID is not held against today again.
 */
@Converter
public class ResidentIdConverter extends ValueAsText<ResidentId> {

    public ResidentIdConverter() {
        super(ResidentId::value, stored -> ResidentId.parse(stored, LocalDate.MAX));
    }
}

package org.huzhu.domain.model.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/**
 * Stores a resident ID as its 18 characters and reads it back as the value it was. Its birth date was checked
 * against the day it was registered, so a stored ID is not held against today again.
 */
@Converter
public class ResidentIdConverter implements AttributeConverter<ResidentId, String> {

    @Override
    public String convertToDatabaseColumn(ResidentId residentId) {
        return residentId == null ? null : residentId.value();
    }

    @Override
    public ResidentId convertToEntityAttribute(String stored) {
        return stored == null ? null : ResidentId.parse(stored, LocalDate.MAX);
    }
}

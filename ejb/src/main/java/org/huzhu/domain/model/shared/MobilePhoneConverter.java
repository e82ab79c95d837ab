package org.huzhu.domain.model.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a mobile number as its 11 digits; no number is stored as null. */
@Converter
public class MobilePhoneConverter implements AttributeConverter<MobilePhone, String> {

    @Override
    public String convertToDatabaseColumn(MobilePhone phone) {
        return phone == null ? null : phone.number();
    }

    @Override
    public MobilePhone convertToEntityAttribute(String stored) {
        return stored == null ? null : MobilePhone.parse(stored);
    }
}

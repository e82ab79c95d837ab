package org.huzhu.domain.model.shared;

import jakarta.persistence.Converter;

/** Stores a mobile number as its 11 digits. */
@Converter
public class MobilePhoneConverter extends ValueAsText<MobilePhone> {

    public MobilePhoneConverter() {
        super(MobilePhone::number, MobilePhone::parse);
    }
}

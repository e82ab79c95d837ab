package org.huzhu.domain.model.user;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role under the lower-case name that the security realm and web.xml use. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role.realmName();
    }

    @Override
    public Role convertToEntityAttribute(String realmName) {
        for (Role role : Role.values()) {
            if (role.realmName().equals(realmName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role in app_user_role: " + realmName);
    }
}

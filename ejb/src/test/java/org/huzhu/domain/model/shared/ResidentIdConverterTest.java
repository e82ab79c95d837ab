package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdConverterTest {

    private final ResidentIdConverter converter = new ResidentIdConverter();

    @Test
    void storesTheEighteenCharactersAndReadsBackTheSameIdWithItsBirthDateAndGender() {
        ResidentId registered = ResidentId.parse("11010519491231002x", LocalDate.of(2026, 1, 1));

        String stored = converter.convertToDatabaseColumn(registered);
        ResidentId read = converter.convertToEntityAttribute(stored);

        assertEquals("11010519491231002X", stored);
        assertEquals(registered, read);
        assertEquals(LocalDate.of(1949, 12, 31), read.birthDate());
        assertEquals(registered.gender(), read.gender());
    }

    @Test
    void nothingStoredIsNothingRead() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}

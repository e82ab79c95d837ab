package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MaskedNameTest {

    @Test
    void keepsTheFirstAndLastCharacterOfALongerName() {
        assertEquals("张*三", MaskedName.of("张小三").value());
        assertEquals("欧**明", MaskedName.of("欧阳小明").value());
    }

    @Test
    void aShortNameShowsNoMoreThanItsFirstCharacter() {
        assertEquals("王*", MaskedName.of("王芳").value());
        assertEquals("*", MaskedName.of("芳").value());
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // 𠀋 lies outside the Basic Multilingual Plane: two UTF-16 units, one character.
        assertEquals("𠀋*三", MaskedName.of("𠀋小三").value());
        assertEquals("李*", MaskedName.of("李𠀋").value());
    }

    @Test
    void anEmptyNameIsNoName() {
        assertThrows(IllegalArgumentException.class, () -> MaskedName.of("  "));
    }
}

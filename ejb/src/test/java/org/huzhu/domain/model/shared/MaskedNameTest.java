package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskedNameTest {

    /**
     * First and last character kept; a short name shows no more than its first. 𠀋 lies outside the Basic
     * Multilingual Plane (two UTF-16 units): it counts as one character.
     */
    @Test
    void keepsTheFirstAndLastCharacterAndMasksTheRest() {
        Map<String, String> masked = Map.of("张小三", "张*三", "欧阳小明", "欧**明", "王芳", "王*", "芳", "*",
                "𠀋小三", "𠀋*三", "李𠀋", "李*");
        masked.forEach((name, expected) -> assertEquals(expected, MaskedName.of(name).value(), name));
    }

    @Test
    void anEmptyNameIsNoName() {
        assertThrows(IllegalArgumentException.class, () -> MaskedName.of("  "));
    }
}

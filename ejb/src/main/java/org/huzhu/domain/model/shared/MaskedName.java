package org.huzhu.domain.model.shared;

import java.util.Objects;

/**
 * A person's name as lists that others may see print it (a print batch's cover): the first and last characters kept,
 * every one between them a {@code *}, so {@code 张小三} is {@code 张*三} and {@code 欧阳小明} {@code 欧**明}; a
 * two-character name keeps its first ({@code 张*}), as the family name alone does not say who it is.
 */
public record MaskedName(String value) {

    public MaskedName {
        Objects.requireNonNull(value, "value");
    }

    /** @param fullName as stored; counted in characters, not UTF-16 units, so that a rare character is one */
    public static MaskedName of(String fullName) {
        int[] characters = fullName.strip().codePoints().toArray();
        int length = characters.length;
        if (length == 0) {
            throw new IllegalArgumentException("a name to mask is empty");
        }
        if (length == 1) {
            return new MaskedName("*");
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(characters[0]);
        if (length == 2) {
            return new MaskedName(masked.append('*').toString());
        }
        return new MaskedName(masked.repeat('*', length - 2).appendCodePoint(characters[length - 1]).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

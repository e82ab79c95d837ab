package org.huzhu.domain.model.shared;

import jakarta.persistence.AttributeConverter;
import java.util.function.Function;

/** Stores a value object as its text and reads the text back into the value; null stays null. */
abstract class ValueAsText<V> implements AttributeConverter<V, String> {

    private final Function<V, String> text;
    private final Function<String, V> value;

    ValueAsText(Function<V, String> text, Function<String, V> value) {
        this.text = text;
        this.value = value;
    }

    @Override
    public String convertToDatabaseColumn(V attribute) {
        return attribute == null ? null : text.apply(attribute);
    }

    @Override
    public V convertToEntityAttribute(String stored) {
        return stored == null ? null : value.apply(stored);
    }
}

package org.huzhu.domain.model.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The application's one JSON provider. {@code Json.createObjectBuilder()} and its siblings look the provider up
 * with a {@code ServiceLoader} on every call, which in a server's module class loaders costs more than building
 * the JSON: under load it took a tenth of a claim's intake. Use {@code JSON.createObjectBuilder()} instead.
 */
public final class SharedJsonProvider {

    public static final JsonProvider JSON = JsonProvider.provider();

    private SharedJsonProvider() {
    }
}

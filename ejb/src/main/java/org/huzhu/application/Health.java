package org.huzhu.application;

/** What {@code GET /health} answers: checked against the live database each time. */
public record Health(String status, String database, String version, String jobRepository) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    public boolean isUp() {
        return UP.equals(status);
    }
}

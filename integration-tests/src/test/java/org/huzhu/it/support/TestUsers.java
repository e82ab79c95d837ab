package org.huzhu.it.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Staff accounts for tests, created the way an admin creates them: the initial admin signs in
 * with HUZHU_ADMIN_PASSWORD (set by ./huzhu test) and calls {@code POST /users}.
 */
public final class TestUsers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    /** A user name and the password it signs in with. */
    public record Credentials(String username, String password) {
    }

    private TestUsers() {
    }

    public static Credentials admin() {
        String password = System.getenv("HUZHU_ADMIN_PASSWORD");
        if (password == null) {
            throw new IllegalStateException("HUZHU_ADMIN_PASSWORD is not set: run the tests with ./huzhu test");
        }
        return new Credentials("admin", password);
    }

    /** A new staff account with these roles ({@code clerk}, {@code reviewer}, {@code finance}, {@code admin}). */
    public static Credentials create(ApiClient api, String... roles) {
        String username = roles[0] + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"测试" + roles[0] + "\",\"roles\":[\""
                + String.join("\",\"", roles) + "\"]}";
        ApiClient.Answer answer = api.as(admin()).post("users", body);
        if (answer.status() != 201) {
            throw new IllegalStateException("could not create test user " + username + ": " + answer);
        }
        return new Credentials(username, answer.json().getString("initialPassword"));
    }
}

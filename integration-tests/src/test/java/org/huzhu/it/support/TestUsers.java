package org.huzhu.it.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Staff accounts for tests, created the way an admin creates them: the initial admin signs in and calls
 * {@code POST /users}. An issued password only lets its holder change it, so accounts that tests use are
 * signed in with a password of their own, chosen as a holder would ({@link #create}); {@link #issue} gives
 * the issued one to tests of that first sign-in.
 */
public final class TestUsers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);
    private static final String ADMIN = "admin";
    private static boolean adminPasswordChosen;

    /** A user name and the password it signs in with. */
    public record Credentials(String username, String password) {
    }

    private TestUsers() {
    }

    /**
     * The first admin, created by the server from HUZHU_ADMIN_PASSWORD (set by ./huzhu test) as an issued password.
     * The first call in a test JVM replaces it with one derived from it, as the admin would at first sign-in, so that
     * every test of the run (browser tests too) signs in with the same.
     */
    public static synchronized Credentials admin(ApiClient api) {
        String issued = System.getenv("HUZHU_ADMIN_PASSWORD");
        if (issued == null) {
            throw new IllegalStateException("HUZHU_ADMIN_PASSWORD is not set: run the tests with ./huzhu test");
        }
        Credentials admin = new Credentials(ADMIN, issued + "-chosen-by-admin");
        if (!adminPasswordChosen) {
            // 401 here: an earlier test JVM of the same server has chosen it already.
            if (api.as(ADMIN, issued).get("me").status() == 200) {
                choosePassword(api, new Credentials(ADMIN, issued), admin.password());
            }
            adminPasswordChosen = true;
        }
        return admin;
    }

    /** A new staff account with these roles ({@code clerk}, {@code reviewer}, {@code finance}, {@code admin}), its password chosen. */
    public static Credentials create(ApiClient api, String... roles) {
        Credentials issued = issue(api, roles);
        return choosePassword(api, issued, "Own-" + issued.password());
    }

    /** A new staff account still holding the password the admin was shown: it may do nothing but change it. */
    public static Credentials issue(ApiClient api, String... roles) {
        String username = roles[0] + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"测试" + roles[0] + "\",\"roles\":[\""
                + String.join("\",\"", roles) + "\"]}";
        ApiClient.Answer answer = api.as(admin(api)).post("users", body);
        if (answer.status() != 201) {
            throw new IllegalStateException("could not create test user " + username + ": " + answer);
        }
        return new Credentials(username, answer.json().getString("initialPassword"));
    }

    /** The holder of an issued password (staff or member) replaces it with {@code chosen}, as at first sign-in. */
    public static Credentials choosePassword(ApiClient api, Credentials issued, String chosen) {
        ApiClient.Answer answer = api.as(issued).post("me/password",
                "{\"currentPassword\": \"" + issued.password() + "\", \"newPassword\": \"" + chosen + "\"}");
        if (answer.status() != 204) {
            throw new IllegalStateException("could not choose a password for " + issued.username() + ": " + answer);
        }
        return new Credentials(issued.username(), chosen);
    }
}

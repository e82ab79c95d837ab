package org.huzhu.interfaces.rest;

import java.util.regex.Pattern;

/**
 * Exceptions on their way to the log with personal data taken out of their messages: any run of
 * 12 or more digits (a bank card, or a resident ID with its check character) keeps only its last
 * four. PostgreSQL quotes the offending values in a constraint violation's detail, and a framework
 * message may quote a request; the stack frames stay as they are.
 */
public final class LogSafe {

    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{8,}(\\d{4}|\\d{3}[Xx])");
    private static final int MAX_DEPTH = 20;

    private LogSafe() {
    }

    public static String scrub(String text) {
        return text == null ? null : LONG_NUMBER.matcher(text).replaceAll(match -> "****" + match.group(1));
    }

    /** A copy of {@code error} and its causes with scrubbed messages and the same stack traces. */
    public static Throwable scrubbed(Throwable error) {
        return copy(error, 0);
    }

    private static Throwable copy(Throwable error, int depth) {
        if (error == null || depth > MAX_DEPTH) {
            return null;
        }
        Throwable cause = error.getCause() == error ? null : copy(error.getCause(), depth + 1);
        Throwable copy = new Scrubbed(error.getClass().getName() + ": " + scrub(error.getMessage()), cause);
        copy.setStackTrace(error.getStackTrace());
        for (Throwable suppressed : error.getSuppressed()) {
            Throwable scrubbedSuppressed = copy(suppressed, depth + 1);
            if (scrubbedSuppressed != null) {
                copy.addSuppressed(scrubbedSuppressed);
            }
        }
        return copy;
    }

    /** Stands in for the original exception in the log; its message names the original class. */
    private static final class Scrubbed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Scrubbed(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}

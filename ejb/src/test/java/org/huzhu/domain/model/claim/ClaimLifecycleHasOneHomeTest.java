package org.huzhu.domain.model.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The claim's lifecycle has one home: {@code JdbcClaimTransitions}, fed with {@link ClaimTransition}s that
 * {@link ClaimStatus#canMoveTo} allowed. Reads every main Java source of the project and fails when an SQL literal
 * elsewhere changes a claim's status, or names a status in a claim {@code UPDATE} (a transition written out by hand
 * that the state machine never saw).
 */
class ClaimLifecycleHasOneHomeTest {

    private static final Path LIFECYCLE_HOME =
            Path.of("ejb/src/main/java/org/huzhu/infrastructure/persistence/JdbcClaimTransitions.java");

    /** A string literal or text block, and the literals joined to it by {@code +}. */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern JOINED = Pattern.compile("\\s*\\+\\s*");

    private static final Pattern CLAIM_UPDATE = Pattern.compile(
            "\\bupdate\\s+claim\\b(?:\\s+\\w+)?\\s+set\\b(.*?)(?:\\bwhere\\b(.*)|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SETS_STATUS = Pattern.compile("(?:^|[\\s,.])status\\s*=",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMES_A_STATUS = Pattern.compile("'(" + Arrays.stream(ClaimStatus.values())
            .map(Enum::name).collect(Collectors.joining("|")) + ")'");

    @Test
    void noSqlOutsideTheLifecycleHomeMovesAClaim() throws IOException {
        Path project = Path.of("..").toAbsolutePath().normalize();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(project)) {
            List<Path> mainSources = sources
                    .filter(p -> p.toString().endsWith(".java") && project.relativize(p).toString()
                            .matches("[^/]+/src/main/java/.*"))
                    .toList();
            assertTrue(mainSources.size() > 100, "the project's main sources were not found under " + project);
            for (Path source : mainSources) {
                Path relative = project.relativize(source);
                if (!relative.equals(LIFECYCLE_HOME)) {
                    sqlLiterals(read(source)).stream()
                            .filter(ClaimLifecycleHasOneHomeTest::movesAClaim)
                            .forEach(sql -> offences.add(relative + ": " + sql.strip().replaceAll("\\s+", " ")));
                }
            }
        }
        assertEquals(List.of(), offences, "claim statuses change only through ClaimTransitions");
    }

    @Test
    void recognisesATransitionWrittenOutByHand() {
        assertTrue(movesAClaim("UPDATE claim SET status = 'SETTLED', row_version = row_version + 1 WHERE id = ?"));
        assertTrue(movesAClaim("UPDATE claim SET row_version = row_version + 1, status = ? WHERE id = ?"));
        assertTrue(movesAClaim("update Claim c set c.status = :to where c.id = :id"));
        assertTrue(movesAClaim("UPDATE claim SET payee = ? WHERE id = ? AND status = 'APPROVED'"));
        assertFalse(movesAClaim("UPDATE claim SET payee = ? WHERE id = ? AND status = ?"));
        assertFalse(movesAClaim("UPDATE claim_invoice SET status = 'X' WHERE id = ?"));
        assertFalse(movesAClaim("SELECT id FROM claim WHERE status = 'APPROVED'"));
        assertEquals(List.of("UPDATE claim SET status = 'PAID' WHERE id = ?"),
                sqlLiterals("x(\"UPDATE claim SET \"\n + \"status = 'PAID' WHERE id = ?\");"));
    }

    static boolean movesAClaim(String sql) {
        Matcher update = CLAIM_UPDATE.matcher(sql);
        while (update.find()) {
            String where = update.group(2) == null ? "" : update.group(2);
            if (SETS_STATUS.matcher(update.group(1)).find() || NAMES_A_STATUS.matcher(update.group(1)).find()
                    || NAMES_A_STATUS.matcher(where).find()) {
                return true;
            }
        }
        return false;
    }

    /** The source's string literals, those joined by {@code +} as one. */
    static List<String> sqlLiterals(String source) {
        List<String> literals = new ArrayList<>();
        Matcher literal = LITERAL.matcher(source);
        int joinedUpTo = -1;
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            boolean joined = joinedUpTo >= 0
                    && JOINED.matcher(source.substring(joinedUpTo, literal.start())).matches();
            if (joined) {
                literals.set(literals.size() - 1, literals.getLast() + text);
            } else {
                literals.add(text);
            }
            joinedUpTo = literal.end();
        }
        return literals;
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

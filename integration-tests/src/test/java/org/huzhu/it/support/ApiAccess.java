package org.huzhu.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call an endpoint, as the tables of {@code docs/api-roles.md} and SPEC.md §11 write it: a method, a path
 * (with an optional query) and the callers in SPEC's words ({@code clerk, reviewer, finance; member for own},
 * {@code staff}, {@code anyone}).
 */
public record ApiAccess(String method, String path, String query, Set<String> roles, boolean ownOnly,
                        boolean anyone, String difference) {

    public static final Set<String> STAFF = Set.of("clerk", "reviewer", "finance", "admin");
    public static final Set<String> ROLES = Set.of("clerk", "reviewer", "finance", "admin", "member");
    /** The callers of an endpoint open to anyone, signed in or not. */
    public static final Set<String> ANYONE = Set.of("anyone");

    private static final Pattern ENDPOINT = Pattern.compile("`([A-Z]+) (/[^`?]*)(?:\\?([^`]*))?`");
    private static final Pattern ALTERNATIVE = Pattern.compile("· `(/[^`]+)`");

    /** The rows of {@code docs/api-roles.md}, from the project's root. */
    public static List<ApiAccess> documented(Path projectRoot) {
        List<ApiAccess> rows = new ArrayList<>();
        for (String[] cells : tableRows(projectRoot.resolve("docs/api-roles.md"), null)) {
            rows.addAll(parse(cells[0], cells[1], cells.length > 2 ? cells[2] : ""));
        }
        return rows;
    }

    /** The rows of SPEC.md §11's table, from {@code ../shared/SPEC.md} beside the project's root. */
    public static List<ApiAccess> specified(Path projectRoot) {
        List<ApiAccess> rows = new ArrayList<>();
        for (String[] cells : tableRows(projectRoot.resolve("../shared/SPEC.md"), "## 11.")) {
            rows.addAll(parse(cells[0], cells[1], ""));
        }
        return rows;
    }

    /** The project's root as the tests see it: Maven runs them in the module's folder. */
    public static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isRegularFile(here.resolve("docs/api-roles.md")) ? here : here.getParent();
    }

    /** The realm roles that may call it (the member included where a member may reach their own only), or {@link #ANYONE}. */
    public Set<String> callers() {
        return anyone ? ANYONE : roles;
    }

    /** Whether {@code template}'s path (with {@code {name}} parameters) names this row's path. */
    public boolean matches(String otherMethod, String template) {
        return method.equals(otherMethod) && path.matches(template.replaceAll("\\{[^}]+}", "[^/]+"));
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query);
    }

    private static List<ApiAccess> parse(String endpointCell, String rolesCell, String difference) {
        Matcher endpoint = ENDPOINT.matcher(endpointCell);
        if (!endpoint.find()) {
            throw new IllegalArgumentException("no `METHOD /path` in " + endpointCell);
        }
        Set<String> roles = new LinkedHashSet<>();
        boolean ownOnly = false;
        boolean anyone = false;
        for (String word : rolesCell.split("[,;]")) {
            String caller = word.strip();
            switch (caller) {
                case "anyone" -> anyone = true;
                case "staff" -> roles.addAll(STAFF);
                case "member for own" -> {
                    roles.add("member");
                    ownOnly = true;
                }
                default -> {
                    if (!ROLES.contains(caller)) {
                        throw new IllegalArgumentException("unknown caller '" + caller + "' in " + endpointCell);
                    }
                    roles.add(caller);
                }
            }
        }
        String method = endpoint.group(1);
        String path = endpoint.group(2);
        String query = endpoint.group(3) == null || endpoint.group(3).isEmpty() ? null : endpoint.group(3);
        List<ApiAccess> rows = new ArrayList<>();
        rows.add(new ApiAccess(method, path, query, Set.copyOf(roles), ownOnly, anyone, difference.strip()));
        Matcher alternative = ALTERNATIVE.matcher(endpointCell);
        while (alternative.find()) {
            String sibling = path.substring(0, path.lastIndexOf('/')) + alternative.group(1);
            rows.add(new ApiAccess(method, sibling, query, Set.copyOf(roles), ownOnly, anyone, difference.strip()));
        }
        return rows;
    }

    /** The cells of the table rows that start with an endpoint, in the section that starts with {@code heading}. */
    private static List<String[]> tableRows(Path file, String heading) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath().normalize(), e);
        }
        boolean inSection = heading == null;
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = heading == null || line.startsWith(heading);
            } else if (inSection && line.startsWith("| `")) {
                String[] cells = line.substring(1).split("\\|", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}

package org.huzhu.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.huzhu.it.support.ApiAccess;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/api-roles.md}, the table that {@link RoleMatrixIT} calls on the server, against its two sources:
 * SPEC.md §11 (every row there, with the same callers unless the table says why not) and the code (every resource
 * method of the web module, with exactly the roles of its {@code @RolesAllowed} or {@code @PermitAll}; one path may
 * have several methods, by the media type they consume). So a new
 * endpoint, or a role added to one, fails here until the table, and so the role matrix, says so.
 */
class ApiRolesDocumentTest {

    private static final Path ROOT = ApiAccess.projectRoot();
    private static final List<ApiAccess> DOCUMENTED = ApiAccess.documented(ROOT);

    /** A resource method of the web module: HTTP method, path template and the realm roles it lets in. */
    record Endpoint(String method, String template, Set<String> roles) {
    }

    @Test
    void everyRowOfTheSpecIsDocumentedWithItsCallersOrAReason() {
        List<ApiAccess> specified = ApiAccess.specified(ROOT);
        assertTrue(specified.size() >= 18, "SPEC.md §11 has " + specified.size() + " rows");
        List<String> wrong = new ArrayList<>();
        for (ApiAccess spec : specified) {
            List<ApiAccess> rows = DOCUMENTED.stream().filter(row -> row.matches(spec.method(), spec.path())).toList();
            if (rows.isEmpty()) {
                wrong.add(spec + ": not in docs/api-roles.md");
            }
            rows.stream().filter(row -> row.difference().isEmpty())
                    .filter(row -> !row.callers().equals(spec.callers()) || row.ownOnly() != spec.ownOnly())
                    .forEach(row -> wrong.add(row + ": " + row.callers() + " but SPEC.md says " + spec.callers()));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyResourceMethodHasItsRowsWithExactlyItsRoles() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() >= 40, "found only " + endpoints.size() + " resource methods");
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            List<ApiAccess> rows = DOCUMENTED.stream().filter(row -> row.matches(endpoint.method(), endpoint.template()))
                    .toList();
            Set<String> documented = new HashSet<>();
            rows.forEach(row -> documented.addAll(row.callers()));
            if (rows.isEmpty() || !documented.equals(endpoint.roles())) {
                wrong.add(endpoint.method() + " " + endpoint.template() + " lets in " + endpoint.roles()
                        + ", docs/api-roles.md says " + documented);
            }
        }
        for (ApiAccess row : DOCUMENTED) {
            long code = endpoints.stream().filter(endpoint -> row.matches(endpoint.method(), endpoint.template())).count();
            if (code == 0) {
                wrong.add(row + " is no resource method of the code");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The web module's resource methods, read from its compiled classes in the {@code rest} packages. */
    private static List<Endpoint> endpoints() throws Exception {
        Path classes = ROOT.resolve("web/target/classes");
        List<Endpoint> endpoints = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ApiRolesDocumentTest.class.getClassLoader());
             Stream<Path> files = Files.walk(classes.resolve("org/huzhu/interfaces"))) {
            for (Path file : files.filter(f -> f.getParent().endsWith("rest") && f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, loader);
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    httpMethod(method).ifPresent(http -> endpoints.add(new Endpoint(http,
                            template(root, method.getAnnotation(jakarta.ws.rs.Path.class)), roles(type, method))));
                }
            }
        }
        return endpoints;
    }

    private static java.util.Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return java.util.Optional.of(http.value());
            }
        }
        return java.util.Optional.empty();
    }

    private static String template(jakarta.ws.rs.Path root, jakarta.ws.rs.Path sub) {
        String joined = "/" + root.value() + "/" + (sub == null ? "" : sub.value());
        return joined.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static Set<String> roles(Class<?> type, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class) && type.isAnnotationPresent(PermitAll.class))) {
            return ApiAccess.ANYONE;
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : type.getAnnotation(RolesAllowed.class);
        return allowed == null ? Set.of() : Set.of(allowed.value());
    }
}

package org.huzhu.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Roles are enforced on the server only where a resource method says who may call it: every
 * JAX-RS resource method (and sub-resource locator) under {@code org.huzhu.interfaces} must carry
 * {@link RolesAllowed}, {@link PermitAll} or {@link DenyAll}, on itself or on its class, so that a
 * new endpoint cannot be added open by forgetting it.
 */
class ResourceRolesTest {

    private static final String PACKAGE = "org.huzhu.interfaces";

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() throws Exception {
        List<Class<?>> classes = classesUnder(PACKAGE);
        List<String> resourceMethods = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Method method : type.getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                String name = type.getName() + "#" + method.getName();
                resourceMethods.add(name);
                if (!declaresRoles(method) && !declaresRoles(type)) {
                    open.add(name);
                }
            }
        }
        assertTrue(resourceMethods.size() >= 20,
                "the scan found only " + resourceMethods.size() + " resource methods in " + classes.size() + " classes");
        assertTrue(open.isEmpty(), "resource methods without @RolesAllowed or @PermitAll: " + open);
    }

    @Test
    void theCheckSeesAMethodThatForgotItsRoles() throws Exception {
        assertTrue(isResourceMethod(Forgetful.class.getDeclaredMethod("open")));
        assertTrue(!declaresRoles(Forgetful.class.getDeclaredMethod("open")) && !declaresRoles(Forgetful.class));
        assertTrue(declaresRoles(Forgetful.class.getDeclaredMethod("guarded")));
        assertTrue(!isResourceMethod(Forgetful.class.getDeclaredMethod("helper")));
    }

    @Path("forgetful")
    static class Forgetful {
        @jakarta.ws.rs.GET
        public String open() {
            return "";
        }

        @jakarta.ws.rs.POST
        @RolesAllowed("clerk")
        public String guarded() {
            return "";
        }

        public String helper() {
            return "";
        }
    }

    /** A method JAX-RS dispatches to: one with an HTTP method annotation, or a sub-resource locator. */
    static boolean isResourceMethod(Method method) {
        if (method.isSynthetic() || method.isBridge()) {
            return false;
        }
        if (method.isAnnotationPresent(Path.class)) {
            return true;
        }
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresRoles(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /** The compiled classes of the web module under {@code packageName}, nested classes included. */
    static List<Class<?>> classesUnder(String packageName) throws Exception {
        ClassLoader loader = ResourceRolesTest.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        for (URL url : Collections.list(loader.getResources(packageName.replace('.', '/')))) {
            if (!"file".equals(url.getProtocol())) {
                continue;
            }
            java.nio.file.Path root = java.nio.file.Path.of(url.toURI());
            if (root.toString().contains("test-classes")) {
                continue;
            }
            try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                    String name = packageName + "." + relative.substring(0, relative.length() - ".class".length());
                    if (!name.endsWith("package-info")) {
                        classes.add(Class.forName(name, false, loader));
                    }
                }
            }
        }
        return classes;
    }
}

package org.huzhu.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every POST, PUT and PATCH says which media types it takes, so that a body of any other type is refused
 * with 415 before it is read: above all {@code text/plain}, {@code multipart/form-data} and
 * {@code application/x-www-form-urlencoded}, which a form on another site can send without a preflight
 * (SPEC.md §14). A method that takes no body declares JSON, which is what the pages send with it.
 */
class ResourceConsumesTest {

    @Test
    void everyMethodThatTakesABodyDeclaresWhatItConsumes() throws Exception {
        List<String> changing = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        for (Class<?> type : ResourceRolesTest.classesUnder("org.huzhu.interfaces")) {
            for (Method method : type.getDeclaredMethods()) {
                if (ResourceRolesTest.isResourceMethod(method) && takesABody(method)) {
                    changing.add(type.getName() + "#" + method.getName());
                    if (!declaresConsumes(method)) {
                        undeclared.add(type.getName() + "#" + method.getName());
                    }
                }
            }
        }
        assertTrue(changing.size() >= 15, "the scan found only " + changing.size() + " POST/PUT/PATCH methods");
        assertTrue(undeclared.isEmpty(), "POST/PUT/PATCH methods without @Consumes: " + undeclared);
    }

    @Test
    void theCheckSeesAMethodThatForgotWhatItConsumes() throws Exception {
        assertFalse(declaresConsumes(Forgetful.class.getDeclaredMethod("anything", String.class)));
        assertTrue(declaresConsumes(Forgetful.class.getDeclaredMethod("json", String.class)));
        assertTrue(takesABody(Forgetful.class.getDeclaredMethod("anything", String.class)));
    }

    @Path("forgetful")
    static class Forgetful {
        @POST
        public String anything(String body) {
            return body;
        }

        @PUT
        @Consumes("application/json")
        public String json(String body) {
            return body;
        }
    }

    private static boolean takesABody(Method method) {
        return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(PATCH.class);
    }

    private static boolean declaresConsumes(Method method) {
        return method.isAnnotationPresent(Consumes.class) || method.getDeclaringClass().isAnnotationPresent(Consumes.class);
    }
}

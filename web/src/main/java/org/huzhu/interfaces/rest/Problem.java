package org.huzhu.interfaces.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}) with a stable {@code type},
 * a title in the caller's language and, where input was wrong, the fields and rule codes.
 */
public record Problem(int status, String type, String title, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json", "UTF-8");
    private static final String TYPE_BASE = "https://huzhu.org/problems/";

    /** One thing wrong with the input: the JSON field, a rule code where a rule failed, and why. */
    public record FieldError(String field, String code, String message) {
    }

    public static Problem of(int status, String type, String title, String detail) {
        return new Problem(status, type, title, detail, List.of());
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
    }

    /** The document itself, for answers written outside JAX-RS (servlet filters). */
    public String toJson() {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            for (FieldError error : errors) {
                JsonObjectBuilder item = JSON.createObjectBuilder().add("field", error.field()).add("message", error.message());
                if (error.code() != null) {
                    item.add("code", error.code());
                }
                list.add(item);
            }
            body.add("errors", list);
        }
        return body.build().toString();
    }
}

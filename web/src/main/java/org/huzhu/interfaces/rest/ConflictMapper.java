package org.huzhu.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.huzhu.application.Conflict;

/** A duplicate or a record in the wrong state: 409, nothing changed. */
@Provider
public class ConflictMapper implements ExceptionMapper<Conflict> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Conflict conflict) {
        return Problem.of(409, conflict.type(), Language.of(headers).pick(conflict.messageZh(), conflict.getMessage()), null)
                .toResponse();
    }
}

package org.huzhu.interfaces.health.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.huzhu.application.Health;
import org.huzhu.application.HealthService;

/** {@code GET /health}: open to anyone, so that operators and load balancers can ask. */
@RequestScoped
@Path("health")
@PermitAll
public class HealthResource {

    @EJB
    private HealthService healthService;

    /** The answer: {@link Health} without its derived {@code up}. */
    public record HealthAnswer(String status, String database, String version, String jobRepository) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Health health = healthService.check();
        return Response.status(health.isUp() ? 200 : 503).entity(new HealthAnswer(health.status(), health.database(),
                health.version(), health.jobRepository())).build();
    }
}

package org.huzhu.interfaces.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.application.HolidayCalendar;
import org.huzhu.domain.model.claim.Holiday;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;

/** {@code /holidays}: the calendar the 1-3-10 due dates skip; staff read it, admin keeps it. */
@RequestScoped
@Path("holidays")
@Produces(MediaType.APPLICATION_JSON)
public class HolidaysResource {

    @EJB
    private HolidayCalendar calendar;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.CLERK_NAME, Role.REVIEWER_NAME})
    public List<Holiday> holidays(@QueryParam("year") Integer year) {
        if (year != null && (year < JsonInput.FIRST_YEAR || year > JsonInput.LAST_YEAR)) {
            JsonInput input = JsonInput.parse("{}", Language.of(headers));
            input.reject("year", null, "年份应在 " + JsonInput.FIRST_YEAR + " 到 " + JsonInput.LAST_YEAR + " 之间",
                    "must be a year from " + JsonInput.FIRST_YEAR + " to " + JsonInput.LAST_YEAR);
            input.throwIfInvalid();
        }
        return calendar.holidays(year == null ? BusinessDate.today().getYear() : year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response put(String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        LocalDate day = input.requiredDate("day");
        String name = input.requiredText("name", "[^<>]{1,100}");
        input.throwIfInvalid();
        calendar.put(new Holiday(day, name), security.getUserPrincipal().getName());
        return Response.status(201).build();
    }
}

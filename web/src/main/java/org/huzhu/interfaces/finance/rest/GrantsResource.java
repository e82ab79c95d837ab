package org.huzhu.interfaces.finance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.huzhu.application.GrantQuery;
import org.huzhu.application.GrantQuery.ListedMember;
import org.huzhu.domain.model.grant.StaffList;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.InvalidInput;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.Problem;

/**
 * {@code /grants}: the year's hardship grants for finance, and the staff lists of its latest run (回访, hardship
 * file candidates) for finance and reviewers, as JSON (the query's records, written by JSON-B) or as an XLSX workbook
 * to work through.
 */
@RequestScoped
@Path("grants")
public class GrantsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private GrantQuery grants;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed(Role.FINANCE_NAME)
    @Produces(MediaType.APPLICATION_JSON)
    public Response ofYear(@QueryParam("year") String year) {
        return Response.ok(grants.ofYear(year(year))).build();
    }

    @GET
    @Path("follow-ups")
    @RolesAllowed({Role.FINANCE_NAME, Role.REVIEWER_NAME})
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    public Response followUps(@QueryParam("year") String year, @QueryParam("format") String format) {
        return list(StaffList.FOLLOW_UP, year, format);
    }

    @GET
    @Path("file-candidates")
    @RolesAllowed({Role.FINANCE_NAME, Role.REVIEWER_NAME})
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    public Response fileCandidates(@QueryParam("year") String year, @QueryParam("format") String format) {
        return list(StaffList.FILE_CANDIDATE, year, format);
    }

    /** JSON, or the workbook with {@code ?format=xlsx} (a link on a page cannot set the Accept header). */
    private Response list(StaffList list, String yearText, String format) {
        int year = year(yearText);
        List<ListedMember> members = grants.list(list, year);
        if ("xlsx".equals(format)) {
            StreamingOutput workbook = out -> StaffListWorkbook.write(list, year, members, out);
            return Response.ok(workbook, XLSX).header("Content-Disposition",
                    "attachment; filename=\"" + StaffListWorkbook.fileName(list, year) + "\"").build();
        }
        return Response.ok(members, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private int year(String text) {
        if (text != null && text.strip().matches("\\d{4}")) {
            int year = Integer.parseInt(text.strip());
            if (year >= 2000) {
                return year;
            }
        }
        Language language = Language.of(headers);
        throw new InvalidInput(language.pick("请求中有字段不正确", "some fields of the request are wrong"),
                List.of(new Problem.FieldError("year", null, language.pick("应为 2000 年以后的年份，如 2026",
                        "must be a year from 2000, such as 2026"))));
    }
}

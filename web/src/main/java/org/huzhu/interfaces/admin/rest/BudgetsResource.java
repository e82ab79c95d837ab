package org.huzhu.interfaces.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.huzhu.application.Budgets;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;

/** {@code /budgets/{year}}: the hardship budget of a year; admin sets it, admin and finance read what is left. */
@RequestScoped
@Path("budgets/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetsResource {

    /** The years a grant run takes (POST /jobs/hardship-grant). */
    private static final int FIRST_YEAR = 2000;

    @EJB
    private Budgets budgets;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    public Budgets.BudgetView of(@PathParam("year") String year) {
        JsonInput input = JsonInput.parse("{}", Language.of(headers));
        Integer asked = year(year, input);
        input.throwIfInvalid();
        return budgets.of(asked);
    }

    /** {@code {amount}}: whole yuan, more or less than before but never less than the year has granted (409). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Budgets.BudgetView set(@PathParam("year") String year, String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        Money amount = input.requiredMoney("amount");
        if (amount != null && !amount.equals(amount.roundedDownToYuan())) {
            input.reject("amount", null, "预算应为整元金额，如 \"60000.00\"", "must be whole yuan, such as \"60000.00\"");
        }
        Integer asked = year(year, input);
        input.throwIfInvalid();
        return budgets.set(asked, amount, security.getUserPrincipal().getName());
    }

    /** The year of the path, or null after recording it as wrong. */
    private static Integer year(String text, JsonInput input) {
        int year = text.matches("\\d{4}") ? Integer.parseInt(text) : 0;
        if (year >= FIRST_YEAR && year <= JsonInput.LAST_YEAR) {
            return year;
        }
        input.reject("year", null, "年份应在 " + FIRST_YEAR + " 到 " + JsonInput.LAST_YEAR + " 之间",
                "must be a year from " + FIRST_YEAR + " to " + JsonInput.LAST_YEAR);
        return null;
    }
}

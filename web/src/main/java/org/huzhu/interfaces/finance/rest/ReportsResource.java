package org.huzhu.interfaces.finance.rest;

import static org.huzhu.interfaces.rest.JsonViews.array;
import static org.huzhu.interfaces.rest.JsonViews.object;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.application.ReportService;
import org.huzhu.application.ReportService.Summary;
import org.huzhu.domain.model.report.Tally;
import org.huzhu.domain.model.report.ReportPeriod;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.finance.file.SummaryWorkbook;
import org.huzhu.interfaces.rest.InvalidInput;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.Problem;

/** {@code GET /reports/summary[.xlsx]?from=&to=}: the union's figures for a period (SPEC.md §10), for finance. */
@RequestScoped
@Path("reports")
@RolesAllowed(Role.FINANCE_NAME)
public class ReportsResource {

    /** Strict: 2018-02-30 is refused, not read as 2018-02-28. */
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @EJB
    private ReportService reports;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    public String summary(@QueryParam("from") String from, @QueryParam("to") String to) {
        Summary summary = reports.summary(period(from, to));
        JsonArrayBuilder byPlan = array();
        summary.claimsPaidByPlan().forEach(plan -> byPlan.add(tally(plan.tally())
                .add("planCode", plan.planCode()).add("planName", plan.planName())));
        JsonArrayBuilder byStatus = array();
        summary.claimsByStatus().forEach(status -> byStatus.add(object().add("status", status.status().name())
                .add("label", status.status().label()).add("claims", status.claims())));
        JsonArrayBuilder monthly = array();
        summary.monthlyPayouts().forEach(payout -> monthly.add(object().add("month", payout.month().toString())
                .add("planCode", payout.planCode()).add("amount", payout.amount().roundedToFen().toPlainString())));
        JsonArrayBuilder rows = array();
        summary.rows().forEach(row -> {
            JsonObjectBuilder line = object().add("section", row.section()).add("item", row.item());
            rows.add(row.money() ? line.add("value", row.value().toPlainString()) : line.add("value", row.value()));
        });
        return object()
                .add("from", summary.period().from().toString())
                .add("to", summary.period().to().toString())
                .add("enrolmentYears", summary.enrolmentYears())
                .add("enrolments", summary.enrolments())
                .add("contributions", summary.contributions().roundedToFen().toPlainString())
                .add("freeCover", tally(summary.freeCover()))
                .add("claimsPaid", tally(summary.claimsPaid()))
                .add("claimsPaidByPlan", byPlan)
                .add("grants", tally(summary.grants()))
                .add("condolences", tally(summary.condolences()))
                .add("claimsByStatus", byStatus)
                .add("overdueClaims", summary.overdueClaims())
                .add("monthlyPayouts", monthly)
                .add("rows", rows)
                .build().toString();
    }

    @GET
    @Path("summary.xlsx")
    @Produces(SummaryWorkbook.MEDIA_TYPE)
    public Response workbook(@QueryParam("from") String from, @QueryParam("to") String to) {
        Summary summary = reports.summary(period(from, to));
        return Response.ok(SummaryWorkbook.of(summary), SummaryWorkbook.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + SummaryWorkbook.fileName(summary) + "\"")
                .build();
    }

    private static JsonObjectBuilder tally(Tally tally) {
        return object().add("people", tally.people()).add("count", tally.count())
                .add("amount", tally.amount().roundedToFen().toPlainString());
    }

    /** Both dates, or a 400 naming each one that is missing or wrong, or saying that from is after to. */
    private ReportPeriod period(String from, String to) {
        Language language = Language.of(headers);
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, language, errors);
        LocalDate end = date("to", to, language, errors);
        if (errors.isEmpty()) {
            try {
                return new ReportPeriod(start, end);
            } catch (InvalidValueException e) {
                errors.add(new Problem.FieldError("from", e.code(), language.pick(e.messageZh(), e.messageEn())));
            }
        }
        throw new InvalidInput(language.pick("统计期间不正确", "the period is not valid"), errors);
    }

    /** A real date of the scheme's years (those {@link JsonInput} takes), or null after recording the field as wrong. */
    private static LocalDate date(String field, String text, Language language, List<Problem.FieldError> errors) {
        LocalDate date;
        try {
            date = LocalDate.parse(text == null ? "" : text, ISO_DATE);
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null || date.getYear() < JsonInput.FIRST_YEAR || date.getYear() > JsonInput.LAST_YEAR) {
            errors.add(new Problem.FieldError(field, null, language.pick("日期应为 YYYY-MM-DD 格式的有效日期",
                    "a valid date YYYY-MM-DD is required")));
            return null;
        }
        return date;
    }
}

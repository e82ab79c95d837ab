package org.huzhu.interfaces.finance.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonValue;
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
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.report.ReportPeriod;
import org.huzhu.domain.model.report.Tally;
import org.huzhu.domain.model.shared.Money;
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

    /** A tally's figures, its amount in yuan with two decimals. */
    public record TallyAnswer(long people, long count, String amount) {

        static TallyAnswer of(Tally tally) {
            return new TallyAnswer(tally.people(), tally.count(), fen(tally.amount()));
        }
    }

    public record PlanTallyAnswer(String planCode, String planName, long people, long count, String amount) {
    }

    public record StatusAnswer(ClaimStatus status, String label, long claims) {
    }

    public record MonthlyAnswer(String month, String planCode, String amount) {
    }

    /** A line of the table: a money value as a string with two decimals, a count as a number. */
    public record RowAnswer(String section, String item, JsonValue value) {
    }

    public record SummaryAnswer(String from, String to, long enrolmentYears, long enrolments, String contributions,
                                TallyAnswer freeCover, TallyAnswer claimsPaid, List<PlanTallyAnswer> claimsPaidByPlan,
                                TallyAnswer grants, TallyAnswer condolences, List<StatusAnswer> claimsByStatus,
                                long overdueClaims, List<MonthlyAnswer> monthlyPayouts, List<RowAnswer> rows) {
    }

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    public SummaryAnswer summary(@QueryParam("from") String from, @QueryParam("to") String to) {
        Summary summary = reports.summary(period(from, to));
        return new SummaryAnswer(summary.period().from().toString(), summary.period().to().toString(),
                summary.enrolmentYears(), summary.enrolments(), fen(summary.contributions()),
                TallyAnswer.of(summary.freeCover()), TallyAnswer.of(summary.claimsPaid()),
                summary.claimsPaidByPlan().stream().map(plan -> new PlanTallyAnswer(plan.planCode(), plan.planName(),
                        plan.tally().people(), plan.tally().count(), fen(plan.tally().amount()))).toList(),
                TallyAnswer.of(summary.grants()), TallyAnswer.of(summary.condolences()),
                summary.claimsByStatus().stream().map(status -> new StatusAnswer(status.status(),
                        status.status().label(), status.claims())).toList(),
                summary.overdueClaims(),
                summary.monthlyPayouts().stream().map(payout -> new MonthlyAnswer(payout.month().toString(),
                        payout.planCode(), fen(payout.amount()))).toList(),
                summary.rows().stream().map(row -> new RowAnswer(row.section(), row.item(), row.money()
                        ? JSON.createValue(row.value().toPlainString()) : JSON.createValue(row.value()))).toList());
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

    private static String fen(Money amount) {
        return amount.roundedToFen().toPlainString();
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

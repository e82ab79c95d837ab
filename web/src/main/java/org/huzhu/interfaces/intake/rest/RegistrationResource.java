package org.huzhu.interfaces.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.huzhu.application.NotFound;
import org.huzhu.application.PayeeChanges;
import org.huzhu.application.Registration;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.member.MemberCategory;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.CreditCode;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;

/** Units, members, enrolments and the plan catalogue over HTTP (SPEC.md §3, §11). */
@RequestScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    /** A bank card correction's outcome: {@code changeId} only while it waits for a second person. */
    public record BankCardChangeJson(String memberNo, String maskedCard, String bankName, String status, Long changeId) {
    }

    private static final String NAME = "[^<>\"&]{1,100}";

    @EJB
    private Registration registration;

    @EJB
    private PayeeChanges payeeChanges;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("units")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_NAME)
    public Response registerUnit(String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        String code = input.requiredText("code", "[A-Za-z0-9-]{1,32}");
        String name = input.requiredText("name", "[^<>]{1,200}");
        CreditCode uscc = parsed(input, "uscc", CreditCode::parse);
        input.throwIfInvalid();
        return Response.status(201).entity(registration.registerUnit(code, name, uscc)).build();
    }

    @GET
    @Path("units")
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME})
    public List<Registration.UnitView> units() {
        return registration.units();
    }

    @GET
    @Path("plans")
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME})
    public List<Registration.PlanView> plans() {
        return registration.plans();
    }

    @POST
    @Path("members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_NAME)
    public Response registerMember(String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        LocalDate today = BusinessDate.today();
        String unitCode = input.requiredText("unitCode", "[A-Za-z0-9-]{1,32}");
        String name = input.requiredText("name", NAME);
        ResidentId id = parsed(input, "idNumber", text -> ResidentId.parse(text, today));
        MobilePhone phone = optionalParsed(input, "phone", MobilePhone::parse);
        BankCard card = optionalParsed(input, "bankCard", BankCard::parse);
        String bankName = input.optionalText("bankName", "[^<>]{1,100}").orElse(null);
        MemberCategory category = input.requiredEnum("category", MemberCategory.class);
        HardshipLevel hardship = input.optionalEnum("hardship", HardshipLevel.class).orElse(HardshipLevel.NONE);
        boolean freeCover = input.optionalBoolean("freeCover").orElse(false);
        input.throwIfInvalid();
        return Response.status(201).entity(registration.registerMember(new Registration.NewMember(unitCode, name, id,
                phone, card, bankName, category, hardship, freeCover), security.getUserPrincipal().getName())).build();
    }

    @GET
    @Path("members")
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME})
    public List<Registration.MemberSummary> searchMembers(@QueryParam("q") String query) {
        return query == null || query.isBlank() ? List.of() : registration.searchMembers(query);
    }

    @GET
    @Path("members/{memberNo}")
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.MEMBER_NAME})
    public Registration.MemberView member(@PathParam("memberNo") String memberNo) {
        boolean ownRecord = memberNo.equals(security.getUserPrincipal().getName());
        boolean staff = !security.isUserInRole(Role.MEMBER_NAME) || security.isUserInRole(Role.CLERK_NAME);
        return Optional.of(memberNo).filter(no -> staff || ownRecord)
                .flatMap(registration::member)
                .orElseThrow(() -> new NotFound("会员 " + memberNo + " 不存在", "no member " + memberNo));
    }

    /**
     * A clerk corrects a member's bank card, e.g. after the bank refused a payment to it (SPEC.md §4): 200 when it
     * changed at once ({@code APPLIED}, or {@code UNCHANGED}), 202 with the {@code changeId} when money is on its way to
     * the member and a second person must confirm it first ({@code PENDING}).
     */
    @PUT
    @Path("members/{memberNo}/bank-card")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_NAME)
    public Response changeBankCard(@PathParam("memberNo") String memberNo, String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        BankCard card = parsed(input, "bankCard", BankCard::parse);
        String bankName = input.requiredText("bankName", "[^<>]{1,100}");
        input.throwIfInvalid();
        PayeeChanges.Outcome outcome = payeeChanges.changeBankCard(memberNo, card, bankName,
                security.getUserPrincipal().getName());
        return Response.status(outcome.changeId() == null ? 200 : 202).entity(new BankCardChangeJson(memberNo,
                outcome.maskedCard(), bankName, outcome.status(), outcome.changeId())).build();
    }

    @POST
    @Path("enrollments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_NAME)
    public Response enrol(String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        String memberNo = input.requiredText("memberNo", "[A-Za-z0-9]{1,16}");
        PlanCode plan = input.requiredEnum("planCode", PlanCode.class);
        Integer shares = input.requiredInt("shares", 1, 99);
        LocalDate start = input.requiredDate("coverageStart");
        LocalDate end = input.requiredDate("coverageEnd");
        Payer payer = input.requiredEnum("payer", Payer.class);
        if (start != null && end != null && end.isBefore(start)) {
            input.reject("coverageEnd", null, "保障终止日早于起始日", "coverage ends before it starts");
        }
        input.throwIfInvalid();
        return Response.status(201).entity(registration.enrol(
                new Registration.NewEnrollment(memberNo, plan, shares, new CoveragePeriod(start, end), payer),
                security.getUserPrincipal().getName())).build();
    }

    /** A value object parsed from a required field; its own check (V01 for an ID) names the field. */
    private static <T> T parsed(JsonInput input, String field, Function<String, T> parser) {
        String text = input.requiredText(field);
        return text == null ? null : parse(input, field, text, parser);
    }

    private static <T> T optionalParsed(JsonInput input, String field, Function<String, T> parser) {
        return input.optionalText(field, null).map(text -> parse(input, field, text, parser)).orElse(null);
    }

    private static <T> T parse(JsonInput input, String field, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (InvalidValueException e) {
            input.reject(field, e.code(), e.messageZh(), e.messageEn());
            return null;
        }
    }
}

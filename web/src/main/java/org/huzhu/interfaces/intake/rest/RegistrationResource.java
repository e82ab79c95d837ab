package org.huzhu.interfaces.intake.rest;

import static org.huzhu.interfaces.rest.JsonViews.addIfPresent;
import static org.huzhu.interfaces.rest.JsonViews.array;
import static org.huzhu.interfaces.rest.JsonViews.object;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
        Registration.UnitView unit = registration.registerUnit(code, name, uscc);
        return Response.status(201).entity(unit(unit).build().toString()).build();
    }

    @GET
    @Path("units")
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME})
    public String units() {
        JsonArrayBuilder units = array();
        registration.units().forEach(unit -> units.add(unit(unit)));
        return units.build().toString();
    }

    @GET
    @Path("plans")
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME})
    public String plans() {
        JsonArrayBuilder plans = array();
        registration.plans().forEach(plan -> plans.add(object().add("code", plan.code()).add("name", plan.name())
                .add("maxShares", plan.maxShares()).add("contributionPerShare", plan.contributionPerShare())));
        return plans.build().toString();
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
        Registration.RegisteredMember member = registration.registerMember(new Registration.NewMember(unitCode, name, id,
                phone, card, bankName, category, hardship, freeCover), security.getUserPrincipal().getName());
        return Response.status(201).entity(object().add("memberNo", member.memberNo()).add("gender", member.gender())
                .add("birthDate", member.birthDate().toString()).add("initialPassword", member.initialPassword())
                .build().toString()).build();
    }

    @GET
    @Path("members")
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME})
    public String searchMembers(@QueryParam("q") String query) {
        JsonArrayBuilder members = array();
        if (query != null && !query.isBlank()) {
            registration.searchMembers(query).forEach(m -> members.add(object().add("memberNo", m.memberNo())
                    .add("name", m.name()).add("maskedId", m.maskedId()).add("unitCode", m.unitCode())));
        }
        return members.build().toString();
    }

    @GET
    @Path("members/{memberNo}")
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.MEMBER_NAME})
    public String member(@PathParam("memberNo") String memberNo) {
        boolean ownRecord = memberNo.equals(security.getUserPrincipal().getName());
        boolean staff = !security.isUserInRole(Role.MEMBER_NAME) || security.isUserInRole(Role.CLERK_NAME);
        Registration.MemberView member = Optional.of(memberNo).filter(no -> staff || ownRecord)
                .flatMap(registration::member)
                .orElseThrow(() -> new NotFound("会员 " + memberNo + " 不存在", "no member " + memberNo));
        JsonArrayBuilder enrollments = array();
        member.enrollments().forEach(e -> enrollments.add(object().add("enrollmentId", e.enrollmentId())
                .add("planCode", e.planCode()).add("shares", e.shares())
                .add("coverageStart", e.coverageStart().toString()).add("coverageEnd", e.coverageEnd().toString())
                .add("payer", e.payer()).add("renewal", e.renewal()).add("ended", e.ended())));
        JsonObjectBuilder answer = object().add("memberNo", member.memberNo()).add("name", member.name())
                .add("maskedId", member.maskedId()).add("gender", member.gender())
                .add("birthDate", member.birthDate().toString()).add("unitCode", member.unitCode())
                .add("category", member.category()).add("enrollments", enrollments);
        addIfPresent(answer, "phone", member.phone());
        addIfPresent(answer, "maskedCard", member.maskedCard());
        return addIfPresent(answer, "bankName", member.bankName()).build().toString();
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
        JsonObjectBuilder answer = object().add("memberNo", memberNo).add("maskedCard", outcome.maskedCard())
                .add("bankName", bankName).add("status", outcome.status());
        if (outcome.changeId() == null) {
            return Response.ok(answer.build().toString()).build();
        }
        return Response.status(202).entity(answer.add("changeId", outcome.changeId()).build().toString()).build();
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
        Registration.Enrolled enrolled = registration.enrol(
                new Registration.NewEnrollment(memberNo, plan, shares, new CoveragePeriod(start, end), payer),
                security.getUserPrincipal().getName());
        return Response.status(201).entity(object().add("enrollmentId", enrolled.enrollmentId())
                .add("renewal", enrolled.renewal()).build().toString()).build();
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

    private static JsonObjectBuilder unit(Registration.UnitView unit) {
        return object().add("code", unit.code()).add("name", unit.name()).add("uscc", unit.uscc());
    }
}

package org.huzhu.interfaces.labels.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.claim.Cause;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.Complexity;
import org.huzhu.domain.model.grant.GrantKind;
import org.huzhu.domain.model.letter.LetterKind;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.member.MemberCategory;
import org.huzhu.domain.model.member.PayeeChange;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.plan.RequiredDocuments;
import org.huzhu.domain.model.shared.Gender;
import org.huzhu.domain.model.user.Role;

/**
 * {@code GET /labels}: the words of every code the pages show, so that no page keeps its own copy. Where the domain
 * names a code ({@code ClaimStatus.label()}, {@code PlanCode.chineseName()} …) the word is the domain's; the few
 * kinds the domain leaves unnamed (roles, grant and letter kinds, jobs and their outcomes) are named here, once.
 * The domain's words are Chinese only, so the answer is the same whatever the caller's language.
 */
@ApplicationScoped
@Path("labels")
public class LabelsResource {

    private static final Map<Complexity, String> COMPLEXITY = new EnumMap<>(Map.of(
            Complexity.SIMPLE, "简易", Complexity.COMPLEX, "复杂", Complexity.ESCALATED, "疑难"));
    private static final Map<GrantKind, String> GRANT_KIND = new EnumMap<>(Map.of(
            GrantKind.GRANT, "帮扶金", GrantKind.CONDOLENCE, "慰问金"));
    private static final Map<LetterKind, String> LETTER_KIND = new EnumMap<>(Map.of(
            LetterKind.SETTLEMENT, "理赔结算通知书", LetterKind.GRANT, "帮扶金发放通知书",
            LetterKind.CONDOLENCE, "慰问金发放通知书"));
    private static final Map<PayeeChange.Kind, String> PAYEE_CHANGE_KIND = new EnumMap<>(Map.of(
            PayeeChange.Kind.PAYEE, "收款信息", PayeeChange.Kind.UNIT, "单位调动"));
    private static final Map<PayeeChange.Source, String> PAYEE_CHANGE_SOURCE = new EnumMap<>(Map.of(
            PayeeChange.Source.CLERK, "经办人更正", PayeeChange.Source.ROSTER, "名单导入"));
    private static final Map<Role, String> ROLE = new EnumMap<>(Map.of(
            Role.CLERK, "经办人", Role.REVIEWER, "审核人", Role.FINANCE, "财务", Role.ADMIN, "管理员",
            Role.MEMBER, "会员"));

    /** The jobs of META-INF/batch-jobs by their job id. */
    private static final Map<String, String> JOB = ordered(
            JobParameters.PAYOUT_SETTLEMENT, "结算",
            JobParameters.PAYMENT_RETURN_IMPORT, "回盘导入",
            JobParameters.ENROLLMENT_IMPORT, "名单导入",
            JobParameters.HARDSHIP_GRANT, "困难帮扶发放");
    /** Jakarta Batch's BatchStatus values. */
    private static final Map<String, String> JOB_STATUS = ordered(
            "STARTING", "启动中", "STARTED", "运行中", "STOPPING", "停止中", "STOPPED", "已停止",
            "FAILED", "失败", "COMPLETED", "已完成", "ABANDONED", "已放弃");
    /** The outcomes and counts the jobs write into their exit status, such as {@code claims=2 payable=760.00}. */
    private static final Map<String, String> JOB_OUTCOME = ordered(
            "DRY_RUN", "试算", "IMPORTED", "已导入", "REFUSED", "未通过核对", "DUPLICATE", "重复导入",
            "ALREADY_DECIDED", "本年度已发放",
            "claims", "理赔", "grants", "帮扶金", "condolences", "慰问金", "candidates", "候选人",
            "payable", "应付金额", "grantTotal", "帮扶金合计", "paymentRows", "付款笔数", "paymentFile", "付款文件",
            "rows", "回盘笔数", "paid", "支付成功", "failed", "支付失败", "total", "合计", "mismatches", "不符行数");

    private static final Labels LABELS = new Labels(
            named(PlanCode.values(), PlanCode::chineseName),
            named(ClaimStatus.values(), ClaimStatus::label),
            named(Cause.values(), Cause::label),
            named(AccidentOutcome.values(), AccidentOutcome::label),
            named(Complexity.values(), complexity -> COMPLEXITY.get(complexity)
                    + "（" + complexity.workingDays() + "个工作日）"),
            named(Payer.values(), Payer::label),
            named(MemberCategory.values(), MemberCategory::label),
            named(HardshipLevel.values(), HardshipLevel::label),
            named(Gender.values(), Gender::label),
            named(DocumentCode.values(), DocumentCode::label),
            named(GrantKind.values(), GRANT_KIND::get),
            named(LetterKind.values(), LETTER_KIND::get),
            named(PayeeChange.Kind.values(), PAYEE_CHANGE_KIND::get),
            named(PayeeChange.Source.values(), PAYEE_CHANGE_SOURCE::get),
            roles(),
            JOB, JOB_STATUS, JOB_OUTCOME,
            requiredDocuments(PlanCatalogue.defaults()));

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME, Role.MEMBER_NAME})
    public Labels labels() {
        return LABELS;
    }

    /** Roles by the names the API gives them ({@code clerk} …), as {@code GET /me} lists them. */
    private static Map<String, String> roles() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            names.put(role.realmName(), word(role, ROLE.get(role)));
        }
        return names;
    }

    /** Every constant of an enumeration with its word, in declaration order. */
    private static <E extends Enum<E>> Map<String, String> named(E[] constants, Function<E, String> word) {
        Map<String, String> names = new LinkedHashMap<>();
        for (E constant : constants) {
            names.put(constant.name(), word(constant, word.apply(constant)));
        }
        return names;
    }

    private static String word(Enum<?> constant, String word) {
        if (word == null) {
            throw new IllegalStateException("no word for " + constant.getDeclaringClass().getSimpleName() + "."
                    + constant);
        }
        return word;
    }

    private static Map<String, String> ordered(String... codesAndWords) {
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWords.length; i += 2) {
            words.put(codesAndWords[i], codesAndWords[i + 1]);
        }
        return words;
    }

    private static Map<String, Labels.PlanDocuments> requiredDocuments(PlanCatalogue catalogue) {
        Map<String, Labels.PlanDocuments> byPlan = new LinkedHashMap<>();
        for (PlanTerms terms : catalogue.all()) {
            RequiredDocuments documents = terms.requiredDocuments();
            Map<String, List<String>> byOutcome = new LinkedHashMap<>();
            documents.byAccidentOutcome().forEach((outcome, extra) -> byOutcome.put(outcome.name(), codes(extra)));
            byPlan.put(terms.plan().name(), new Labels.PlanDocuments(codes(documents.always()), byOutcome));
        }
        return byPlan;
    }

    private static List<String> codes(Collection<DocumentCode> documents) {
        return documents.stream().map(Enum::name).toList();
    }
}

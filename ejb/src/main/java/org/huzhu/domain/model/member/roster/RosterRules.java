package org.huzhu.domain.model.member.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.domain.model.member.EnrolmentPolicy;
import org.huzhu.domain.model.member.MemberCategory;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.shared.Violation;

/**
 * Turns roster rows into members and enrolments (SPEC.md §3, §9), reporting every rule a bad row breaks:
 * V01 resident ID, V13 bank card, MOBILE_PHONE, E01–E04 of {@link EnrolmentPolicy}, and the roster's own
 * codes below for cells that cannot be read. A row without any plan cell makes a member only. A row that lists a
 * member of another unit is refused ({@link #UNIT_MOVE}): one unit's roster never moves another unit's member; the
 * import asks a reviewer to confirm the move instead.
 * <p>
 * One instance checks one roster from top to bottom: it remembers what earlier rows enrolled, so that a
 * person listed twice is checked against their first row before either is written.
 */
public final class RosterRules {

    public static final String NAME = "NAME";
    public static final String BANK_NAME = "BANK_NAME";
    public static final String CATEGORY = "CATEGORY";
    public static final String FREE_COVER = "FREE_COVER";
    public static final String PLAN = "PLAN";
    public static final String SHARES = "SHARES";
    public static final String COVERAGE = "COVERAGE";
    public static final String PAYER = "PAYER";
    /** A member of another unit: a roster never moves them; the import asks a reviewer to confirm the move instead. */
    public static final String UNIT_MOVE = "UNIT_MOVE";

    /** New-form workers given free cover get one share of each, paid by the union (SPEC.md §3). */
    public static final List<PlanCode> FREE_COVER_PLANS = List.of(PlanCode.ACCIDENT, PlanCode.CRITICAL);

    private static final Pattern NAME_SHAPE = Pattern.compile("[^<>]{1,100}");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final DateTimeFormatter COMPACT_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> YES = Set.of("是", "yes", "y", "true", "1");
    private static final Set<String> NO = Set.of("否", "no", "n", "false", "0", "");
    private static final List<RosterColumn> ENROLMENT_COLUMNS = List.of(RosterColumn.PLAN_CODE, RosterColumn.SHARES,
            RosterColumn.COVERAGE_START, RosterColumn.COVERAGE_END, RosterColumn.PAYER);

    private final RosterLayout layout;
    private final RosterContext context;
    private final String unitCode;
    private final LocalDate today;
    private final Map<ResidentId, List<ExistingEnrolment>> enrolledByEarlierRows = new HashMap<>();

    /**
     * @param unitCode the unit whose roster this is
     * @param today    the date of the import in Asia/Shanghai: birth dates after it are wrong, free cover without a start
     *                 begins on it
     */
    public RosterRules(RosterLayout layout, RosterContext context, String unitCode, LocalDate today) {
        this.layout = layout;
        this.context = context;
        this.unitCode = unitCode;
        this.today = today;
    }

    /** @throws RowRejected with every rule the row breaks */
    public RosterEntry check(RosterRow row) {
        Row cells = new Row(row);
        String name = cells.value(RosterColumn.NAME);
        if (!NAME_SHAPE.matcher(name).matches()) {
            cells.reject(NAME, RosterColumn.NAME, "姓名不能为空，且不超过100个字", "the name is missing or longer than 100 characters");
        }
        Optional<ResidentId> id = cells.parsed(RosterColumn.ID_NUMBER, text -> ResidentId.parse(text, today));
        MobilePhone phone = cells.optional(RosterColumn.PHONE, MobilePhone::parse);
        BankCard card = cells.optional(RosterColumn.BANK_CARD, BankCard::parse);
        String bankName = cells.value(RosterColumn.BANK_NAME);
        if (bankName.length() > 100) {
            cells.reject(BANK_NAME, RosterColumn.BANK_NAME, "开户行不超过100个字", "the bank name is longer than 100 characters");
        }
        MemberCategory category = cells.choice(RosterColumn.CATEGORY, CATEGORY, MemberCategory.EMPLOYEE, Map.of(
                "职工", MemberCategory.EMPLOYEE, "employee", MemberCategory.EMPLOYEE,
                "新就业形态", MemberCategory.NEW_FORM, "新就业形态劳动者", MemberCategory.NEW_FORM,
                "new_form", MemberCategory.NEW_FORM)).orElse(null);
        boolean freeCover = freeCover(cells, category);
        Optional<Planned> own = ownEnrolment(cells);

        List<ExistingEnrolment> existing = id.map(this::enrolmentsOf).orElse(List.of());
        List<Planned> planned = new ArrayList<>();
        own.filter(p -> existing.stream().noneMatch(e -> e.sameAs(p.plan, p.coverage, p.shares, p.payer)))
                .ifPresent(planned::add);
        if (freeCover) {
            LocalDate start = own.map(p -> p.coverage.start()).orElse(today);
            CoveragePeriod year = new CoveragePeriod(start, start.plusYears(1).minusDays(1));
            FREE_COVER_PLANS.stream()
                    .filter(plan -> existing.stream().noneMatch(e -> e.plan() == plan && e.payer() == Payer.UNION
                            && e.coverage().overlaps(year)))
                    .forEach(plan -> planned.add(new Planned(plan, 1, year, Payer.UNION, true)));
        }
        int alreadyEnrolled = (own.isPresent() ? 1 : 0) + (freeCover ? FREE_COVER_PLANS.size() : 0) - planned.size();

        List<RosterEntry.NewEnrolment> enrolments = new ArrayList<>();
        for (Planned enrolment : planned) {
            RosterContext.PlanInForce version = context.plan(enrolment.plan, enrolment.coverage.start().getYear());
            if (id.isEmpty()) {
                enrolment.report(cells, EnrolmentPolicy.checkShares(version.terms(), enrolment.shares));
                continue;
            }
            List<CoveragePeriod> others = new ArrayList<>(existing.stream()
                    .filter(e -> e.plan() == enrolment.plan).map(ExistingEnrolment::coverage).toList());
            planned.stream().filter(p -> p != enrolment && p.plan == enrolment.plan).map(p -> p.coverage).forEach(others::add);
            enrolment.report(cells, EnrolmentPolicy.check(version.terms(), id.get(), enrolment.shares,
                    enrolment.coverage, others));
            List<CoveragePeriod> before = others.stream().filter(p -> p.end().isBefore(enrolment.coverage.start())).toList();
            enrolments.add(new RosterEntry.NewEnrolment(enrolment.plan, version.versionId(), enrolment.shares,
                    enrolment.coverage, version.terms().contributionPerShare().times(enrolment.shares), enrolment.payer,
                    EnrolmentPolicy.isRenewal(before, enrolment.coverage), EnrolmentPolicy.chainStart(before, enrolment.coverage)));
        }
        Optional<String> otherUnit = id.flatMap(context::unitOf).filter(unit -> !unit.equals(unitCode));
        otherUnit.ifPresent(unit -> cells.reject(UNIT_MOVE, RosterColumn.ID_NUMBER,
                "该会员属于其他单位（" + unit + "），名单不能将其调入本单位：已提交调动申请，待审核人确认后请重新导入本行",
                "a member of another unit (" + unit + "): a roster does not move them; a move awaits a reviewer's "
                        + "confirmation, then import the row again"));
        if (!cells.violations.isEmpty()) {
            throw new RowRejected(row, cells.violations, otherUnit.isPresent() ? id.get() : null);
        }
        ResidentId member = id.orElseThrow();
        planned.forEach(p -> enrolledByEarlierRows.computeIfAbsent(member, key -> new ArrayList<>())
                .add(new ExistingEnrolment(p.plan, p.coverage, p.shares, p.payer)));
        return new RosterEntry(row.rowNumber(), name, member, phone, card, bankName.isEmpty() ? null : bankName,
                category, freeCover, enrolments, alreadyEnrolled);
    }

    private List<ExistingEnrolment> enrolmentsOf(ResidentId member) {
        List<ExistingEnrolment> all = new ArrayList<>(context.enrolmentsOf(member));
        all.addAll(enrolledByEarlierRows.getOrDefault(member, List.of()));
        return all;
    }

    private static boolean freeCover(Row cells, MemberCategory category) {
        String text = cells.value(RosterColumn.FREE_COVER).toLowerCase(Locale.ROOT);
        if (NO.contains(text)) {
            return false;
        }
        if (!YES.contains(text)) {
            cells.reject(FREE_COVER, RosterColumn.FREE_COVER, "赠送保障应填“是”或“否”", "free cover is yes or no");
            return false;
        }
        if (category == MemberCategory.EMPLOYEE) {
            cells.reject(FREE_COVER, RosterColumn.FREE_COVER, "赠送保障仅限新就业形态劳动者",
                    "free cover is only for new-form workers");
            return false;
        }
        return category == MemberCategory.NEW_FORM;
    }

    /** The row's own enrolment; empty when it has no plan cells at all or they cannot be read. */
    private static Optional<Planned> ownEnrolment(Row cells) {
        if (ENROLMENT_COLUMNS.stream().allMatch(column -> cells.value(column).isEmpty())) {
            return Optional.empty();
        }
        Map<String, PlanCode> plans = new HashMap<>();
        Arrays.stream(PlanCode.values()).forEach(plan -> {
            plans.put(plan.name().toLowerCase(Locale.ROOT), plan);
            plans.put(plan.chineseName(), plan);
        });
        Optional<PlanCode> plan = cells.choice(RosterColumn.PLAN_CODE, PLAN, null, plans);
        Optional<Integer> shares = shares(cells);
        Optional<CoveragePeriod> coverage = coverage(cells);
        Map<String, Payer> payers = new HashMap<>();
        Arrays.stream(Payer.values()).forEach(payer -> {
            payers.put(payer.name().toLowerCase(Locale.ROOT), payer);
            payers.put(payer.label(), payer);
            payers.put(payer.label().substring(0, 2), payer);
        });
        Optional<Payer> payer = cells.choice(RosterColumn.PAYER, PAYER, Payer.UNIT, payers);
        if (plan.isEmpty() || shares.isEmpty() || coverage.isEmpty() || payer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Planned(plan.get(), shares.get(), coverage.get(), payer.get(), false));
    }

    private static Optional<Integer> shares(Row cells) {
        String text = cells.value(RosterColumn.SHARES);
        if (text.isEmpty()) {
            return Optional.of(1);
        }
        if (text.matches("\\d{1,3}")) {
            return Optional.of(Integer.parseInt(text));
        }
        cells.reject(SHARES, RosterColumn.SHARES, "份数应为整数", "shares is a whole number");
        return Optional.empty();
    }

    /** Start required; a missing end is a year of cover, the usual term. */
    private static Optional<CoveragePeriod> coverage(Row cells) {
        int faultsBefore = cells.violations.size();
        Optional<LocalDate> start = date(cells, RosterColumn.COVERAGE_START);
        Optional<LocalDate> end = date(cells, RosterColumn.COVERAGE_END);
        if (cells.value(RosterColumn.COVERAGE_START).isEmpty()) {
            cells.reject(COVERAGE, RosterColumn.COVERAGE_START, "请填写保障起始日", "coverageStart is missing");
        }
        if (cells.violations.size() > faultsBefore) {
            return Optional.empty();
        }
        LocalDate last = end.orElse(start.get().plusYears(1).minusDays(1));
        if (last.isBefore(start.get())) {
            cells.reject(COVERAGE, RosterColumn.COVERAGE_END, "保障终止日早于保障起始日", "coverage ends before it starts");
            return Optional.empty();
        }
        return Optional.of(new CoveragePeriod(start.get(), last));
    }

    /** The date of a cell; empty when blank or, reported, when it is no date. */
    private static Optional<LocalDate> date(Row cells, RosterColumn column) {
        String text = cells.value(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher parts = DATE.matcher(text);
            if (parts.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                        Integer.parseInt(parts.group(3))));
            }
            if (text.matches("\\d{8}")) {
                return Optional.of(LocalDate.parse(text, COMPACT_DATE));
            }
        } catch (DateTimeException notADate) {
            // reported below like any other text that is no date
        }
        cells.reject(COVERAGE, column, column.chineseHeader() + "不是有效日期（例如 2026-01-01）",
                column.field() + " is not a date such as 2026-01-01");
        return Optional.empty();
    }

    private record Planned(PlanCode plan, int shares, CoveragePeriod coverage, Payer payer, boolean freeCover) {

        /** Free cover's faults name the plan, since its cells are not in the row. */
        void report(Row cells, List<Violation> violations) {
            for (Violation violation : violations) {
                String field = "memberNo".equals(violation.field()) ? RosterColumn.ID_NUMBER.field() : violation.field();
                cells.violations.add(freeCover
                        ? new Violation(violation.code(), RosterColumn.FREE_COVER.field(),
                                "赠送的" + plan.chineseName() + "：" + violation.messageZh(),
                                "free cover in " + plan + ": " + violation.messageEn())
                        : new Violation(violation.code(), field, violation.messageZh(), violation.messageEn()));
            }
        }
    }

    /** The cells of one row and what is wrong with them so far. */
    private final class Row {

        private final RosterRow row;
        private final List<Violation> violations = new ArrayList<>();

        Row(RosterRow row) {
            this.row = row;
        }

        String value(RosterColumn column) {
            return layout.value(row, column);
        }

        void reject(String code, RosterColumn column, String messageZh, String messageEn) {
            violations.add(new Violation(code, column.field(), messageZh, messageEn));
        }

        /** A required value object; its own rule code (V01 for an ID) is reported when it is wrong or missing. */
        <T> Optional<T> parsed(RosterColumn column, Function<String, T> parser) {
            try {
                return Optional.of(parser.apply(value(column)));
            } catch (InvalidValueException e) {
                violations.add(e.toViolation(column.field()));
                return Optional.empty();
            }
        }

        /** An optional value object: null when the cell is blank. */
        <T> T optional(RosterColumn column, Function<String, T> parser) {
            return value(column).isEmpty() ? null : parsed(column, parser).orElse(null);
        }

        /** One of a few words, in any case; {@code whenBlank} for an empty cell, which is missing when null. */
        <T> Optional<T> choice(RosterColumn column, String code, T whenBlank, Map<String, T> words) {
            String text = value(column);
            if (text.isEmpty() && whenBlank == null) {
                reject(code, column, "请填写" + column.chineseHeader(), column.field() + " is missing");
            }
            if (text.isEmpty()) {
                return Optional.ofNullable(whenBlank);
            }
            T chosen = words.get(text.toLowerCase(Locale.ROOT));
            if (chosen == null) {
                reject(code, column, column.chineseHeader() + "“" + text + "”无法识别",
                        column.field() + " \"" + text + "\" is not one of the known values");
            }
            return Optional.ofNullable(chosen);
        }
    }
}

package org.huzhu.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Set;
import org.huzhu.domain.model.shared.BusinessDate;

/** The names of Huzhu's jobs and job parameters (SPEC.md §9), shared by the job XML's artifacts and their callers. */
public final class JobParameters {

    public static final String PAYOUT_SETTLEMENT = "payout-settlement";
    public static final String HARDSHIP_GRANT = "hardship-grant";
    public static final String PAYMENT_RETURN_IMPORT = "payment-return-import";
    public static final String ENROLLMENT_IMPORT = "enrollment-import";
    /** The jobs there are, each a file {@code META-INF/batch-jobs/<name>.xml}. */
    public static final Set<String> JOBS = Set.of(PAYOUT_SETTLEMENT, HARDSHIP_GRANT, PAYMENT_RETURN_IMPORT,
            ENROLLMENT_IMPORT);

    /** enrollment-import: the unit whose roster it is. */
    public static final String UNIT_CODE = "unitCode";
    /** Who started a job from the API, for the audit trail of what it changes. */
    public static final String STARTED_BY = "startedBy";

    /** YYYY-MM-DD; fixed when the job starts, so that a restart on another day keeps the run's date. */
    public static final String RUN_DATE = "runDate";
    /** {@code true}: compute and report, write nothing. */
    public static final String DRY_RUN = "dryRun";
    /** hardship-grant: the year whose settled claims count (YYYY). */
    public static final String YEAR = "year";
    /** hardship-grant: the run's budget for grants, a money string in whole yuan. */
    public static final String BUDGET = "budget";

    /** An uploaded file for the job to read: a bank return file, or a roster ({@code POST /files}). */
    public static final String FILE_ID = "fileId";

    public static final ZoneId ZONE = BusinessDate.ZONE;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private JobParameters() {
    }

    public static LocalDate today() {
        return BusinessDate.today();
    }

    /** @throws java.time.format.DateTimeParseException unless a real date YYYY-MM-DD */
    public static LocalDate runDate(String value) {
        return LocalDate.parse(value, ISO_DATE);
    }

    /** Only the exact words true and false: a typing error must not turn a dry run into a real one. */
    public static boolean dryRun(String value) {
        return switch (value == null ? "false" : value.strip()) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw new IllegalArgumentException("dryRun is neither true nor false: " + value);
        };
    }
}

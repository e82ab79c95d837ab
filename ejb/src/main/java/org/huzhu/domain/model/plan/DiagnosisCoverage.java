package org.huzhu.domain.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ICD-10 diagnoses a plan covers, as ranges matched on the code's prefix: {@code C00–C43}
 * covers {@code C43.9} but not {@code C44}; {@code Z94.0–Z94.4} covers {@code Z94.4} but not
 * {@code Z94} alone. Codes are read without regard to case or to the dot after the category,
 * and may carry the longer suffixes of the Chinese clinical edition ({@code C50.900x001}).
 */
public final class DiagnosisCoverage {

    private static final Pattern CODE = Pattern.compile("[A-Z]\\d{2}[0-9A-Z]*");
    private static final Pattern RANGE_DASH = Pattern.compile("\\s*[–-]\\s*");
    private static final DiagnosisCoverage UNRESTRICTED = new DiagnosisCoverage(false, List.of());

    private final boolean restricted;
    private final List<Range> ranges;

    private DiagnosisCoverage(boolean restricted, List<Range> ranges) {
        this.restricted = restricted;
        this.ranges = List.copyOf(ranges);
    }

    /** For plans that pay whatever the diagnosis: any well-formed code is covered. */
    public static DiagnosisCoverage unrestricted() {
        return UNRESTRICTED;
    }

    /**
     * Ranges of one category, written as in SPEC.md: {@code "C00–C43, I21, Z94.0–Z94.4"}
     * (en dash or hyphen).
     */
    public static DiagnosisCoverage of(DiagnosisCategory category, String ranges) {
        Objects.requireNonNull(category, "category");
        List<Range> parsed = new ArrayList<>();
        for (String range : ranges.split(",")) {
            String[] ends = RANGE_DASH.split(range.strip());
            if (ends.length > 2) {
                throw new IllegalArgumentException("not an ICD-10 range: " + range);
            }
            parsed.add(Range.of(ends[0], ends[ends.length - 1], category));
        }
        return new DiagnosisCoverage(true, parsed);
    }

    /** Both coverages together; a code in both takes the category of this one. */
    public DiagnosisCoverage and(DiagnosisCoverage other) {
        if (!restricted || !other.restricted) {
            throw new IllegalArgumentException("an unrestricted coverage already covers everything");
        }
        List<Range> combined = new ArrayList<>(ranges);
        combined.addAll(other.ranges);
        return new DiagnosisCoverage(true, combined);
    }

    /** Whether a claim on this plan has to name a covered diagnosis at all. */
    public boolean isRestricted() {
        return restricted;
    }

    public boolean covers(String code) {
        return normalise(code).filter(c -> !restricted || matchingRange(c).isPresent()).isPresent();
    }

    /** The category of a covered code; empty when not covered or the coverage is unrestricted. */
    public Optional<DiagnosisCategory> categoryOf(String code) {
        return normalise(code).flatMap(this::matchingRange).map(Range::category);
    }

    /**
     * A code in the form compared here: uppercase, without the dot after the three-character
     * category ({@code c50.9} → {@code C509}); empty when it is no ICD-10 code.
     */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (upper.length() > 3 && upper.charAt(3) == '.') {
            upper = upper.substring(0, 3) + upper.substring(4);
        }
        return CODE.matcher(upper).matches() ? Optional.of(upper) : Optional.empty();
    }

    private Optional<Range> matchingRange(String normalisedCode) {
        return ranges.stream().filter(range -> range.matches(normalisedCode)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiagnosisCoverage other && restricted == other.restricted && ranges.equals(other.ranges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(restricted, ranges);
    }

    @Override
    public String toString() {
        return restricted ? ranges.stream().map(Range::toString).collect(Collectors.joining(", ")) : "any diagnosis";
    }

    /** Codes whose first {@code from.length()} characters lie between {@code from} and {@code to}. */
    private record Range(String from, String to, DiagnosisCategory category) {

        static Range of(String from, String to, DiagnosisCategory category) {
            String first = normalise(from).orElseThrow(() -> new IllegalArgumentException("not an ICD-10 code: " + from));
            String last = normalise(to).orElseThrow(() -> new IllegalArgumentException("not an ICD-10 code: " + to));
            if (first.length() != last.length() || first.charAt(0) != last.charAt(0) || first.compareTo(last) > 0) {
                throw new IllegalArgumentException("not an ICD-10 range: " + from + "–" + to);
            }
            return new Range(first, last, category);
        }

        boolean matches(String normalisedCode) {
            if (normalisedCode.length() < from.length()) {
                return false;
            }
            String prefix = normalisedCode.substring(0, from.length());
            return prefix.compareTo(from) >= 0 && prefix.compareTo(to) <= 0;
        }

        @Override
        public String toString() {
            return from.equals(to) ? dotted(from) : dotted(from) + "–" + dotted(to);
        }

        private static String dotted(String code) {
            return code.length() > 3 ? code.substring(0, 3) + "." + code.substring(3) : code;
        }
    }
}

package org.huzhu.domain.model.shared;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape shared by claim, letter and grant numbers: a prefix, a four-digit year and a
 * zero-padded sequence of fixed width. Sequences start at 1.
 */
final class YearSequenceFormat {

    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 9999;

    private final String prefix;
    private final int sequenceDigits;
    private final int maxSequence;
    private final String ruleCode;
    private final String nameZh;
    private final String nameEn;
    private final Pattern shape;

    YearSequenceFormat(String prefix, int sequenceDigits, String ruleCode, String nameZh, String nameEn) {
        this.prefix = prefix;
        this.sequenceDigits = sequenceDigits;
        this.maxSequence = (int) Math.pow(10, sequenceDigits) - 1;
        this.ruleCode = ruleCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.shape = Pattern.compile(Pattern.quote(prefix) + "(\\d{4})(\\d{" + sequenceDigits + "})");
    }

    void requireValid(int year, int sequence) {
        if (year < FIRST_YEAR || year > LAST_YEAR || sequence < 1 || sequence > maxSequence) {
            throw new InvalidValueException(ruleCode,
                    nameZh + "须由四位年份和1至" + maxSequence + "的序号组成，而不是年份" + year + "、序号" + sequence,
                    "a " + nameEn + " needs a four-digit year and a sequence from 1 to " + maxSequence
                            + ", not year " + year + " and sequence " + sequence);
        }
    }

    String format(int year, int sequence) {
        return prefix + year + String.format(Locale.ROOT, "%0" + sequenceDigits + "d", sequence);
    }

    <T> T parse(String text, BiFunction<Integer, Integer, T> factory) {
        Matcher matcher = shape.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            String example = format(2026, 123);
            throw new InvalidValueException(ruleCode,
                    nameZh + "格式应为 " + example + "（" + prefix + " + 年份 + " + sequenceDigits + "位序号）",
                    "a " + nameEn + " looks like " + example + " (" + prefix + ", year, "
                            + sequenceDigits + "-digit sequence)");
        }
        return factory.apply(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }
}

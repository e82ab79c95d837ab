package org.huzhu.domain.model.notice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.huzhu.domain.model.shared.MobilePhone;

/**
 * One text message to one phone: a {@link NoticeKind} and a value for each of its variables.
 *
 * @param to         the member's phone on record
 * @param kind       what the message says
 * @param parameters a value for each of the kind's variables, nothing more
 */
public record Notice(MobilePhone to, NoticeKind kind, Map<String, String> parameters) {

    /**
     * The longest text, sign included, that goes as at most two segments: a Chinese segment holds 70 characters, but
     * 67 once a message is split (the rest carries the joining header).
     */
    public static final int MAX_LENGTH = 2 * 67;

    /** The variables that carry free text (a bank's reason, a reviewer's, the rules): these are shortened to fit. */
    private static final Set<String> FREE_TEXT = Set.of("reason", "rules");

    private static final String ELLIPSIS = "…";

    /** 15 digits or more in a row are an ID number or a bank card, which a text message never carries in full. */
    private static final Pattern FULL_NUMBER = Pattern.compile("\\d{15,}");

    public Notice {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (!parameters.keySet().equals(Set.copyOf(kind.variables()))) {
            throw new IllegalArgumentException("a " + kind + " notice takes " + kind.variables() + ", not " + parameters.keySet());
        }
        parameters.forEach((name, value) -> {
            if (FULL_NUMBER.matcher(value).find()) {
                throw new IllegalArgumentException("the " + name + " of a " + kind
                        + " notice holds a full ID or card number; a notice carries masked data only");
            }
        });
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The last four digits of a card, which is all a notice says of it ("尾号1234"). */
    public static String cardTail(String cardNumber) {
        return cardNumber.substring(Math.max(0, cardNumber.length() - 4));
    }

    /**
     * This notice with its free text shortened, the longest value first and each ending in "…", until its text under
     * this sign is at most {@link #MAX_LENGTH} characters. Fixed values (numbers, amounts, the address) are never cut:
     * a text that is still too long with every free text down to "…" stays as it is.
     */
    public Notice fittedTo(String signName) {
        Map<String, String> values = new LinkedHashMap<>(parameters);
        int excess = length(new Notice(to, kind, values).text(signName)) - MAX_LENGTH;
        while (excess > 0) {
            String longest = values.keySet().stream().filter(FREE_TEXT::contains)
                    .filter(name -> length(values.get(name)) > ELLIPSIS.length())
                    .max((a, b) -> Integer.compare(length(values.get(a)), length(values.get(b)))).orElse(null);
            if (longest == null) {
                break;
            }
            String value = values.get(longest);
            int keep = Math.max(0, length(value) - excess - ELLIPSIS.length());
            values.put(longest, value.substring(0, value.offsetByCodePoints(0, keep)) + ELLIPSIS);
            excess = length(new Notice(to, kind, values).text(signName)) - MAX_LENGTH;
        }
        return new Notice(to, kind, values);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The message as the member reads it: the sign (the union's name in 【】, as SMS services put it first) and the text. */
    public String text(String signName) {
        StringBuilder text = new StringBuilder("【").append(signName).append('】');
        String template = kind.template();
        int from = 0;
        for (int start = template.indexOf("${"); start >= 0; start = template.indexOf("${", from)) {
            int end = template.indexOf('}', start);
            text.append(template, from, start).append(parameters.get(template.substring(start + 2, end)));
            from = end + 1;
        }
        return text.append(template, from, template.length()).toString();
    }
}

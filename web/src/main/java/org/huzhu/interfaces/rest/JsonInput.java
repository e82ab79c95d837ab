package org.huzhu.interfaces.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.SpreadsheetText;

/**
 * Reads a JSON request body field by field and collects what is wrong with each field, so that
 * one 400 answer names every bad field at once and nothing is stored from a malformed request.
 * Money comes as a string with at most two decimals; dates as real {@code YYYY-MM-DD} dates.
 */
public final class JsonInput {

    /** The largest amount a claim or grant can carry: anything above is a typing error. */
    public static final Money MAX_AMOUNT = Money.yuan(10_000_000);
    /** The years a date of the scheme can fall in (see {@link #optionalDate}). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final JsonObject json;
    private final String path;
    private final Language language;
    private final List<Problem.FieldError> errors;

    private JsonInput(JsonObject json, String path, Language language, List<Problem.FieldError> errors) {
        this.json = json;
        this.path = path;
        this.language = language;
        this.errors = errors;
    }

    public static JsonInput parse(String body) {
        return parse(body, Language.ZH);
    }

    public static JsonInput parse(String body, Language language) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput(language.pick("请求内容为空", "the request body is empty"), List.of());
        }
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            parser.next();
            JsonValue value = parser.getValue();
            // A reader stops after the first value: "{} {}" or "{}garbage" would pass as "{}".
            if (parser.hasNext() || value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInput(language.pick("请求内容应为 JSON 对象", "the request body must be a JSON object"), List.of());
            }
            return new JsonInput(value.asJsonObject(), "", language, new ArrayList<>());
        } catch (JsonParsingException e) {
            throw new InvalidInput(language.pick("请求内容不是有效的 JSON", "the request body is not valid JSON")
                    + " (" + e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber() + ")", List.of());
        } catch (InvalidInput e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson refuses nesting deeper than its limit (1,000) with a bare RuntimeException, numbers beyond its
            // limits with ArithmeticException or NumberFormatException: to the caller all of it is broken JSON.
            throw new InvalidInput(language.pick("请求内容不是有效的 JSON", "the request body is not valid JSON"), List.of());
        }
    }

    public Language language() {
        return language;
    }

    /** The raw text of a required field, before a value object parses it; null after recording it missing. */
    public String requiredText(String field) {
        return requiredText(field, null);
    }

    public String requiredText(String field, String pattern) {
        return optionalText(field, pattern).orElseGet(() -> missing(field));
    }

    public Optional<String> optionalText(String field, String pattern) {
        JsonValue value = json.get(field);
        if (isAbsent(value)) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            return invalid(field, "应为文本", "must be a string");
        }
        String text = ((JsonString) value).getString().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() > 200) {
            return invalid(field, "过长（最多 200 个字符）", "is too long (200 characters at most)");
        }
        if (!isPrintable(text)) {
            return invalid(field, "含有控制字符或无效字符", "contains control or invalid characters");
        }
        if (SpreadsheetText.startsLikeFormula(text)) {
            return invalid(field, "不能以 = + - @ 开头（电子表格会当作公式执行）",
                    "must not start with = + - @ (a spreadsheet would run it as a formula)");
        }
        if (pattern != null && !text.matches(pattern)) {
            return invalid(field, "格式不正确", "has the wrong format");
        }
        return Optional.of(text);
    }

    /**
     * A password or code exactly as typed, of at most 200 characters: not stripped and free of the rules for
     * text that people read (a password may start with {@code =}), only of control characters.
     */
    public String requiredSecret(String field) {
        JsonValue value = json.get(field);
        if (isAbsent(value)) {
            return missing(field);
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            return this.<String>invalid(field, "应为文本", "must be a string").orElse(null);
        }
        String secret = ((JsonString) value).getString();
        if (secret.isEmpty()) {
            return missing(field);
        }
        if (secret.length() > 200 || !isPrintable(secret)) {
            return this.<String>invalid(field, "过长或含有控制字符", "is too long or contains control characters").orElse(null);
        }
        return secret;
    }

    public List<String> requiredTextList(String field) {
        if (isAbsent(json.get(field))) {
            missing(field);
            return List.of();
        }
        return optionalTextList(field);
    }

    public List<String> optionalTextList(String field) {
        JsonValue value = json.get(field);
        if (isAbsent(value)) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return this.<List<String>>invalid(field, "应为文本列表", "must be a list of strings").orElse(List.of());
        }
        List<String> texts = new ArrayList<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() == JsonValue.ValueType.STRING) {
                texts.add(((JsonString) array.get(i)).getString().strip());
            } else {
                invalid(field + "[" + i + "]", "应为文本", "must be a string");
            }
        }
        return texts;
    }

    public LocalDate requiredDate(String field) {
        return optionalDate(field).orElseGet(() -> missing(field));
    }

    /**
     * A real date of the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}: no claim, cover or run of the scheme lies
     * outside them, and PostgreSQL refuses some dates that Java accepts (year 0).
     */
    public Optional<LocalDate> optionalDate(String field) {
        return optionalText(field, null).flatMap(text -> {
            LocalDate date;
            try {
                date = LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException e) {
                return invalid(field, "不是有效日期（格式 YYYY-MM-DD）", "is not a real date (YYYY-MM-DD)");
            }
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                return invalid(field, "年份应在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间",
                        "must be a date of the years " + FIRST_YEAR + " to " + LAST_YEAR);
            }
            return Optional.of(date);
        });
    }

    /** A non-negative amount, at most two decimals and at most {@link #MAX_AMOUNT}. */
    public Money requiredMoney(String field) {
        return optionalMoney(field).orElseGet(() -> missing(field));
    }

    public Optional<Money> optionalMoney(String field) {
        JsonValue value = json.get(field);
        if (isAbsent(value)) {
            return Optional.empty();
        }
        // A number's own text, never its plain expansion: 1e999999999 would be a billion digits.
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString().strip();
            case NUMBER -> value.toString();
            default -> null;
        };
        if (text == null || !Money.isPlainAmount(text)) {
            return invalid(field, "应为金额，如 \"1234.50\"（最多两位小数）", "must be an amount such as \"1234.50\" (two decimals at most)");
        }
        Money money = Money.parse(text);
        if (money.isNegative()) {
            return invalid(field, "金额不能为负数", "must not be negative");
        }
        if (money.compareTo(MAX_AMOUNT) > 0) {
            return invalid(field, "金额超过上限 10,000,000.00 元", "exceeds the limit of 10,000,000.00");
        }
        return Optional.of(money);
    }

    /** Null when missing (reported), like the other required values: an {@code int} would fail before the report. */
    public Integer requiredInt(String field, int min, int max) {
        return optionalInt(field, min, max).orElseGet(() -> missing(field));
    }

    public Optional<Integer> optionalInt(String field, int min, int max) {
        JsonValue value = json.get(field);
        if (isAbsent(value)) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            return invalid(field, "应为整数", "must be a whole number");
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            return invalid(field, "应在 " + min + " 到 " + max + " 之间", "must be between " + min + " and " + max);
        }
        return Optional.of(number.intValueExact());
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonValue value = json.get(field);
        if (isAbsent(value)) {
            return Optional.empty();
        }
        return switch (value.getValueType()) {
            case TRUE -> Optional.of(true);
            case FALSE -> Optional.of(false);
            default -> invalid(field, "应为 true 或 false", "must be true or false");
        };
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        return optionalEnum(field, type).orElseGet(() -> missing(field));
    }

    public <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
        return optionalText(field, null).map(text -> enumValue(field, text, type));
    }

    /** One of the constants of {@code type}, or null after recording what the field may be. */
    public <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        invalid(field, "取值无效，应为 " + String.join("、", allowed), "is not one of " + String.join(", ", allowed));
        return null;
    }

    /** The objects of a list field, each read with the field path as prefix ({@code invoices[0].total}). */
    public List<JsonInput> objectList(String field) {
        JsonValue value = json.get(field);
        if (isAbsent(value)) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return this.<List<JsonInput>>invalid(field, "应为列表", "must be a list").orElse(List.of());
        }
        List<JsonInput> items = new ArrayList<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String itemPath = name(field) + "[" + i + "]";
            if (array.get(i).getValueType() == JsonValue.ValueType.OBJECT) {
                items.add(new JsonInput(array.getJsonObject(i), itemPath + ".", language, errors));
            } else {
                errors.add(new Problem.FieldError(itemPath, null, language.pick("应为对象", "must be an object")));
            }
        }
        return items;
    }

    public void reject(String field, String code, String messageZh, String messageEn) {
        errors.add(new Problem.FieldError(name(field), code, language.pick(messageZh, messageEn)));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(language.pick("请求中有字段不正确", "some fields of the request are wrong"), errors);
        }
    }

    /**
     * No control characters but line breaks and tabs inside a text (NUL would even break the database's text),
     * and no half of a surrogate pair.
     */
    private static boolean isPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAbsent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private String name(String field) {
        return path + field;
    }

    /** Records a required field as missing, unless it was there and is already reported as wrong. */
    private <T> T missing(String field) {
        String name = name(field);
        if (errors.stream().noneMatch(error -> error.field().equals(name))) {
            errors.add(new Problem.FieldError(name, null, language.pick("必填", "is required")));
        }
        return null;
    }

    private <T> Optional<T> invalid(String field, String messageZh, String messageEn) {
        errors.add(new Problem.FieldError(name(field), null, language.pick(messageZh, messageEn)));
        return Optional.empty();
    }
}

package org.huzhu.domain.model.member.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns a roster may have, found by their header in Chinese or English. Headers are compared
 * without spaces, case or a trailing {@code *} that templates use to mark required columns.
 */
public enum RosterColumn {
    NAME(true, "姓名", "name"),
    ID_NUMBER(true, "身份证号", "idNumber", "身份证号码", "公民身份号码"),
    PHONE(false, "手机号", "phone", "手机号码", "联系电话"),
    BANK_CARD(false, "银行卡号", "bankCard"),
    BANK_NAME(false, "开户行", "bankName", "开户银行"),
    CATEGORY(false, "人员类别", "category"),
    FREE_COVER(false, "赠送保障", "freeCover"),
    PLAN_CODE(false, "参保计划", "planCode", "保障计划"),
    SHARES(false, "份数", "shares"),
    COVERAGE_START(false, "保障起始日", "coverageStart", "保障开始日期"),
    COVERAGE_END(false, "保障终止日", "coverageEnd", "保障结束日期"),
    PAYER(false, "缴费方", "payer");

    private final boolean required;
    private final String chineseHeader;
    private final String field;
    private final List<String> headers;

    RosterColumn(boolean required, String chineseHeader, String field, String... otherHeaders) {
        this.required = required;
        this.chineseHeader = chineseHeader;
        this.field = field;
        this.headers = Stream.concat(Stream.of(chineseHeader, field),
                Arrays.stream(otherHeaders)).map(RosterColumn::normalised).toList();
    }

    /** A roster without this column cannot be read at all. */
    public boolean required() {
        return required;
    }

    public String chineseHeader() {
        return chineseHeader;
    }

    /** The English header, which is also the field that a row's violations name. */
    public String field() {
        return field;
    }

    public static Optional<RosterColumn> byHeader(String header) {
        String wanted = normalised(header);
        return Arrays.stream(values()).filter(column -> column.headers.contains(wanted)).findFirst();
    }

    private static String normalised(String header) {
        return header == null ? "" : header.replaceAll("[\\s\\u3000*＊]", "").toLowerCase(Locale.ROOT);
    }
}

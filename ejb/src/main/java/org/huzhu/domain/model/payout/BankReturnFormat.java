package org.huzhu.domain.model.payout;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.huzhu.domain.model.shared.Money;

/**
 * The bank return file (docs/settlement.md): CSV in UTF-8 (a byte order mark is allowed) or GB18030, lines ending in
 * CRLF or LF, the header {@value #HEADER}, one line {@code reference,amount,SUCCESS|FAILED,reason} per answered
 * payment, and the trailer {@code 合计,rows,total}. Fields may be quoted as in RFC 4180 but may not span lines.
 * <p>
 * Reading never throws on content: what is not a return line is reported with its line number, so finance sees every
 * problem of a file at once.
 */
public final class BankReturnFormat {

    public static final String HEADER = "业务编号,金额,结果,原因";
    static final String TRAILER_LABEL = "合计";
    private static final int MAX_REASON = 200;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,16}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    private BankReturnFormat() {
    }

    public static BankReturn read(byte[] content) {
        String[] lines = decode(content).split("\r?\n", -1);
        List<BankReturn.Line> answers = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Integer trailerRows = null;
        Money trailerTotal = null;
        int last = lines.length;
        while (last > 0 && lines[last - 1].isBlank()) {
            last--;
        }
        if (last == 0 || !lines[0].strip().equals(HEADER)) {
            unreadable.add("第1行应为表头 " + HEADER);
        }
        for (int i = 1; i < last; i++) {
            int lineNumber = i + 1;
            List<String> fields = fields(lines[i]);
            if (!fields.isEmpty() && fields.get(0).equals(TRAILER_LABEL)) {
                if (i != last - 1) {
                    unreadable.add("第" + lineNumber + "行：合计行应为最后一行");
                } else if (fields.size() == 3 && COUNT.matcher(fields.get(1)).matches()
                        && AMOUNT.matcher(fields.get(2)).matches()) {
                    trailerRows = Integer.valueOf(fields.get(1));
                    trailerTotal = Money.parse(fields.get(2));
                } else {
                    unreadable.add("第" + lineNumber + "行：合计行应为 合计,笔数,总金额");
                }
                continue;
            }
            line(lineNumber, fields, unreadable).ifPresent(answers::add);
        }
        if (trailerRows == null && unreadable.stream().noneMatch(text -> text.contains("合计行"))) {
            unreadable.add("缺少合计行 合计,笔数,总金额");
        }
        return new BankReturn(answers, trailerRows, trailerTotal, unreadable);
    }

    private static Optional<BankReturn.Line> line(int lineNumber, List<String> fields,
            List<String> unreadable) {
        String where = "第" + lineNumber + "行：";
        if (fields.size() != 4) {
            unreadable.add(where + "应有4列（业务编号,金额,结果,原因），实有" + fields.size() + "列");
            return Optional.empty();
        }
        String reference = fields.get(0);
        String amount = fields.get(1);
        String result = fields.get(2);
        String reason = fields.get(3);
        List<String> problems = new ArrayList<>();
        if (!REFERENCE.matcher(reference).matches()) {
            problems.add("业务编号“" + reference + "”格式不对");
        }
        if (!AMOUNT.matcher(amount).matches()) {
            problems.add("金额“" + amount + "”不是两位小数以内的金额");
        }
        boolean paid = result.equals("SUCCESS");
        if (!paid && !result.equals("FAILED")) {
            problems.add("结果“" + result + "”应为 SUCCESS 或 FAILED");
        }
        if (result.equals("FAILED") && reason.isEmpty()) {
            problems.add("失败的付款须写明原因");
        }
        if (reason.length() > MAX_REASON) {
            problems.add("原因超过" + MAX_REASON + "字");
        }
        if (!problems.isEmpty()) {
            unreadable.add(where + String.join("；", problems));
            return Optional.empty();
        }
        return Optional.of(new BankReturn.Line(lineNumber, reference, Money.parse(amount), paid, reason));
    }

    /** Strict UTF-8 first: GB18030 bytes of Chinese text are almost never valid UTF-8, so the first fit is right. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    /** One line's fields, RFC 4180 quotes undone, each stripped of surrounding blanks. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}

package org.huzhu.infrastructure.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.CreditCode;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.ResidentId;

/**
 * Names and identifiers for synthetic people and units, valid by the domain's own check rules.
 * Identifiers are derived from the member or unit number, not drawn at random, so that they are
 * unique without remembering the ones already made (a county of millions streams through).
 */
public final class SyntheticIdentities {

    /** Real county-level region prefixes of Jiangxi (新余, 渝水, 分宜, 宜春, 袁州, 萍乡, 吉安, 南昌 ...). */
    private static final List<String> REGIONS = List.of(
            "360502", "360521", "360902", "360921", "360302", "360321", "360802", "360821",
            "360102", "360111", "360121", "360402");
    private static final int DAYS_IN_BIRTH_YEAR = 365;
    private static final int ORDERS = 500;
    private static final long ID_SPACE = (long) DAYS_IN_BIRTH_YEAR * REGIONS.size() * ORDERS;
    /** Coprime with ID_SPACE: spreads consecutive member numbers over birthdays, regions and order numbers. */
    private static final long ID_SCRAMBLE = 1_000_003L;

    private static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
            "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
            "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
            "卢", "熊", "钟", "廖", "邹", "欧阳");
    private static final List<String> MALE_GIVEN = List.of(
            "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
            "建华", "志强", "建国", "俊杰", "浩然", "宇航", "子豪", "文博", "海涛", "国庆", "晓东", "振宇", "家乐");
    private static final List<String> FEMALE_GIVEN = List.of(
            "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "桂英", "玉兰", "婷", "雪", "琳", "洁", "颖",
            "淑珍", "丽华", "晓燕", "海燕", "春梅", "欣怡", "梓涵", "雨萱", "佳怡", "思雨", "美玲", "慧敏");
    private static final List<String> BANKS = List.of(
            "中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "中国邮政储蓄银行", "江西银行", "九江银行",
            "江西农商银行");
    /** Card BINs of debit cards of the banks above, in the same order. */
    private static final List<String> CARD_BINS = List.of(
            "622202", "622848", "621661", "621700", "621799", "622177", "621578", "623090");

    private static final List<String> PLACES = List.of(
            "仙来", "袁河", "渝水", "城北", "城南", "水西", "罗坊", "珠珊", "良山", "下村", "观巢", "欧里", "姚圩",
            "人和", "新溪", "孔目江", "抱石", "天工", "钤山", "双林");
    private static final List<String> FIRM_WORDS = List.of(
            "恒达", "鑫源", "宏远", "华盛", "博瑞", "聚力", "万顺", "锦程", "长青", "永安", "国泰", "瑞丰", "昌盛",
            "同心", "新锐", "光明", "金桥", "兴业");
    private static final List<String> FIRM_KINDS = List.of(
            "钢铁有限公司", "物流有限公司", "建筑工程有限公司", "光伏科技有限公司", "纺织有限公司", "机械制造有限公司",
            "食品有限公司", "商贸有限公司", "电子有限公司", "锂电科技有限公司", "建材有限公司", "物业服务有限公司");
    private static final List<String> PUBLIC_UNITS = List.of(
            "中学", "小学", "卫生院", "街道办事处", "镇人民政府", "社区卫生服务中心", "供电所", "中心幼儿园");
    private static final List<String> PLATFORMS = List.of(
            "美团外卖配送站", "饿了么配送站", "顺丰速运营业部", "中通快递网点", "京东物流配送站", "滴滴出行服务站",
            "货拉拉服务站", "韵达快递网点");

    private SyntheticIdentities() {
    }

    /**
     * A resident ID unique to {@code memberNumber}: the number fixes the birthday within the year, the
     * region and the order number, so two members differ in one of them whatever their birth years.
     */
    public static ResidentId residentId(long memberNumber, int birthYear, boolean female) {
        long scrambled = Math.floorMod(memberNumber * ID_SCRAMBLE, ID_SPACE);
        int dayOfYear = (int) (scrambled % DAYS_IN_BIRTH_YEAR) + 1;
        String region = REGIONS.get((int) (scrambled / DAYS_IN_BIRTH_YEAR % REGIONS.size()));
        int order = (int) (scrambled / ((long) DAYS_IN_BIRTH_YEAR * REGIONS.size()));
        int orderDigits = order * 2 + (female ? 0 : 1);
        LocalDate birth = LocalDate.ofYearDay(birthYear, dayOfYear);
        String first17 = region + birth.toString().replace("-", "") + "%03d".formatted(orderDigits);
        return ResidentId.parse(first17 + ResidentId.checkCharacterFor(first17), LocalDate.MAX);
    }

    public static String personName(SplittableRandom random, boolean female) {
        List<String> given = female ? FEMALE_GIVEN : MALE_GIVEN;
        return pick(random, SURNAMES) + pick(random, given);
    }

    static MobilePhone phone(SplittableRandom random) {
        return MobilePhone.parse("1" + (3 + random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000)));
    }

    public static int bankIndex(SplittableRandom random) {
        return random.nextInt(BANKS.size());
    }

    public static String bankName(int bankIndex) {
        return BANKS.get(bankIndex);
    }

    /** A 19-digit debit card of the bank, unique to the member number. */
    public static BankCard bankCard(int bankIndex, long memberNumber) {
        String digits = CARD_BINS.get(bankIndex) + "%012d".formatted(memberNumber * 7_919 % 1_000_000_000_000L);
        return BankCard.parse(digits + BankCard.checkDigitFor(digits));
    }

    /**
     * A credit code for the unit: registered with market regulation as an enterprise (91) or a public
     * institution (12) in the county, with an organisation code made from the unit code.
     */
    static CreditCode creditCode(String unitCode, boolean publicInstitution) {
        long organisation = Integer.toUnsignedLong(unitCode.hashCode()) % 1_000_000_000L;
        String first17 = (publicInstitution ? "12" : "91") + REGIONS.getFirst() + "%09d".formatted(organisation);
        return CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17));
    }

    static String firmName(SplittableRandom random) {
        return "新余" + pick(random, FIRM_WORDS) + pick(random, FIRM_KINDS);
    }

    static String publicUnitName(SplittableRandom random) {
        return "渝水区" + pick(random, PLACES) + pick(random, PUBLIC_UNITS);
    }

    static String platformName(SplittableRandom random) {
        return "新余" + pick(random, PLACES) + pick(random, PLATFORMS);
    }

    static <T> T pick(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}

package io.github.zhibiao.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the Chinese test specifications of Microsoft Recognizers-Text (MSRT, MIT licence, copied unchanged into
 * {@code src/test/resources/peer-specs/msrt-chinese/}, see the README there) through {@link Quantities#scan}, with
 * {@link ScanOptions#general()} (MSRT's sentences are no report text: 答案是四不是五) and again with the report-text
 * default, where the cases of {@link #REPORT_ONLY} fail by design as well.
 *
 * <p>How a case is judged:
 * <ul>
 *   <li>An expected entity (MSRT offsets are <em>inclusive</em>: {@code [Start, End]}) is found when some mention
 *       overlapping {@code [Start, End + 1)} has the expected value. Extra mentions never fail a case that expects
 *       entities.
 *   <li>NumberModel: the value must be equal (any unit: "十斤" is 10 {@link Unit#JIN} and that is the number 10).
 *       For a range, either bound may match (MSRT reads "5-20%" as 20%). MSRT reads 一百分之二 as the fraction
 *       0.02, so a PERCENT (PERMILLE) mention also matches at a hundredth (thousandth) of its value.
 *   <li>PercentModel: MSRT writes "50%"; we need 50 {@link Unit#PERCENT}. A {@link Unit#PERMILLE} mention is
 *       compared after dividing by 10 (千分之2.4 = 0.24%). Deliberate difference: MSRT resolves "2.4个百分点" to
 *       "2.4%", we resolve it to 2.4 {@link Unit#PERCENTAGE_POINT} (a percentage point is not a percent), so for
 *       entities whose text says 百分点/百分點 we require PERCENTAGE_POINT with the same number. A fraction
 *       (百万分之五) read as a plain {@link Unit#NUMBER} (0.000005) matches MSRT's 0.0005%.
 *   <li>CurrencyModel: value equal and currency equal ({@code isoCurrency} mapped to our {@link Unit}; MSRT's
 *       bare "Dollar" for "$" maps to USD).
 *   <li>DimensionModel: value and unit equal after mapping MSRT's unit names to ours ({@link #DIMENSION_UNITS});
 *       a unit we do not have (Centimeter …) can only be found as an equal amount of the mapped unit.
 *   <li>A case with empty {@code Results} ("no entity expected") passes only when the scan finds no mention of
 *       the model's kind ({@link #ofModelType}): any mention for NumberModel, a percent/permille/percentage point
 *       for PercentModel, money for CurrencyModel, a physical unit for DimensionModel.
 *   <li>MSRT's {@code IgnoreResolution} (one case, a 16-digit number) is honoured: any overlapping mention counts.
 * </ul>
 *
 * <p>Cases where we differ from MSRT on purpose are listed in {@link #EXCLUDED} with the reason. They are still
 * run; a failing excluded case is counted as a <em>failure by design</em>, not as a pass. The printed statistics
 * give the raw pass rate (passes / all cases) and the documented rate (passes / (all cases − failures by
 * design)). {@link #PEER_SCORER} lists the cases that pass here but not under the stricter command-line scorer
 * {@code ../shared/tools/eval-peer-specs}, with the reason.
 */
class MsrtChineseSpecTest {
    private static final String DIR = "/peer-specs/msrt-chinese/";
    private static final List<String> FILES =
            List.of("NumberModel", "PercentModel", "CurrencyModel", "DimensionModel");

    /** MSRT unit name → our unit and the factor from MSRT's unit into ours. */
    static final Map<String, Object[]> DIMENSION_UNITS = Map.ofEntries(
            Map.entry("Mu", new Object[] {Unit.MU, BigDecimal.ONE}),
            Map.entry("Kilogram", new Object[] {Unit.KILOGRAM, BigDecimal.ONE}),
            Map.entry("Ton", new Object[] {Unit.TONNE, BigDecimal.ONE}),
            Map.entry("Jin", new Object[] {Unit.JIN, BigDecimal.ONE}),
            Map.entry("Gram", new Object[] {Unit.GRAM, BigDecimal.ONE}),
            Map.entry("Microgram", new Object[] {Unit.GRAM, new BigDecimal("0.000001")}),
            Map.entry("Meter", new Object[] {Unit.METRE, BigDecimal.ONE}),
            Map.entry("Centimeter", new Object[] {Unit.METRE, new BigDecimal("0.01")}),
            Map.entry("Kilometer", new Object[] {Unit.KILOMETRE, BigDecimal.ONE}),
            Map.entry("Kilowatt", new Object[] {Unit.KILOWATT, BigDecimal.ONE}),
            Map.entry("Liang", new Object[] {Unit.LIANG, BigDecimal.ONE}),
            Map.entry("Kilocalorie", new Object[] {Unit.KILOCALORIE, BigDecimal.ONE}),
            Map.entry("Hertz", new Object[] {Unit.HERTZ, BigDecimal.ONE}),
            Map.entry("Megahertz", new Object[] {Unit.HERTZ, new BigDecimal("1000000")}),
            Map.entry("Bit", new Object[] {Unit.BIT, BigDecimal.ONE}),
            Map.entry("Kilobit", new Object[] {Unit.BIT, new BigDecimal("1000")}),
            Map.entry("Kilobyte", new Object[] {Unit.BYTE, new BigDecimal("1000")}),
            Map.entry("Megabyte", new Object[] {Unit.BYTE, new BigDecimal("1000000")}));

    /**
     * Cases where we differ from MSRT on purpose, keyed {@code "File|Input"}, with the reason. Keep this list
     * honest: every entry must be a decision about what a quantity in an economic report is, not a bug we have
     * not fixed yet. An entry whose case passes anyway is reported as stale.
     */
    static final Map<String, String> EXCLUDED = new LinkedHashMap<>();

    /** Cases that fail only in report text, keyed like {@link #EXCLUDED}, with the reason. */
    static final Map<String, String> REPORT_ONLY = new LinkedHashMap<>();

    /**
     * Cases this test passes but {@code ../shared/tools/eval-peer-specs} (a stricter scorer run on the command line)
     * fails, keyed like {@link #EXCLUDED}, with the reason; {@link #peerScorerDifferencesPassHere()} keeps it honest.
     */
    static final Map<String, String> PEER_SCORER = new LinkedHashMap<>();


    static {
        // --- Dates and clock times are not quantities (see the Quantities javadoc). MSRT's NumberModel reports
        // 1991, 1, 16 and 20 inside "１９９１年１月１６日晚巴黎时间２０点".
        String dates = "dates and clock times are not quantities (Quantities javadoc); MSRT's NumberModel "
                + "reports the digits of 1991年1月16日 and 20点";
        exclude("NumberModel", "１９９１年１月１６日晚巴黎时间２０点：法国总统密特朗发表电视讲话，宣布和平解决海湾危机已经让位于"
                + "战争，法国已经作好一切战斗准备。", dates);
        exclude("NumberModel", "１９９１年１月１６日晚巴黎時間２０點：法國總統密特朗發表電視講話，宣布和平解抉海灣危機已經讓位於"
                + "戰爭，法國已經作好壹切戰鬥準備。", dates);

        exclude("NumberModel", "戒指一对八千", "对 is no classifier of ours: after a numeral it is far more often the "
                + "preposition (统一对外, 3对1), so 一对 has no unit and the lone 一 before 对 (no particle) is part of a "
                + "word");
        exclude("NumberModel", "两百点两", "we read 点 after 两百 as a decimal point: 两百点两 = 200.2, as 两千点零 and "
                + "十点二三三 are decimals in MSRT's own cases; MSRT reads 200 and 2");
        exclude("NumberModel", "一点两小时的会议", "we read 两小时 (2 HOUR); MSRT also reads the 一 of 一点 (a little, or "
                + "one o'clock), which is no quantity here");
        exclude("NumberModel", "-1.1^--23", "a doubled minus in an exponent (^--23) is not written notation");

        // --- A malformed numeral is not a quantity (MSRT's own Java and JavaScript ports fail this case too).
        exclude("NumberModel", "五十千", "malformed numeral (千 after 五十) is not a quantity; MSRT reads 五十 and "
                + "drops 千");

        // --- Ordinals and years are not quantities (Quantities javadoc: 第三).
        exclude("NumberModel", "第零十刃", "ordinal (第…) is not a quantity");
        exclude("NumberModel", "九年八吨", "Unit has no year duration and X年 reads as a calendar year, which is not "
                + "a quantity (Quantities javadoc); 八吨 is found");

        // --- Dotted digit groups are version numbers or addresses, not quantities.
        exclude("NumberModel", "2222.2222.22222.222", "a dotted digit sequence (version, IP) is not a quantity; "
                + "MSRT splits it into 2222, 2222, 22222, 222");

        // --- MSRT's NumberModel leaves numbers bound to a currency to its CurrencyModel and expects nothing; we
        // have one scanner and report the money amount.
        String money = "MSRT NumberModel expects nothing because the number belongs to a currency; our single "
                + "scanner rightly reports the amount (CurrencyModel expects the same amount)";
        for (String s : List.of("一美元", "苹果折扣一美元")) {
            exclude("NumberModel", s, money);
        }
        exclude("NumberModel", "苹果折扣一折", "MSRT NumberModel expects nothing because 一折 belongs to its "
                + "PercentModel (which expects 10%); our single scanner may report the discount");

        // --- Approximate ranges MSRT cannot resolve and so expects nothing; we report them as ranges.
        String approx = "MSRT expects nothing for an approximate range (二三十 = 20 to 30); we may report it as a "
                + "range";
        exclude("PercentModel", "二三十个百分点", approx);
        exclude("PercentModel", "百分之二三十", approx);
        exclude("PercentModel", "二三十個百分點", approx);

        // --- Currencies without an amount are not quantities.
        String bare = "a currency name without an amount (人民币, 美元) is not a quantity";
        exclude("CurrencyModel", "人民币 美元", bare);
        exclude("CurrencyModel", "人民币美元", bare);

        // --- The two peers disagree on a full-width comma between digit groups: JioNLP reads 82，225.00元 as
        // 82225 (test JioNlpMoneySpecTest), and the 1980 government work report writes 7，000大卡; MSRT reads
        // $20，300美圆 as a list. We follow JioNLP.
        exclude("CurrencyModel", "在下面的价格中选一个，$20，300美圆, ￥300, ok?", "full-width comma before three digits "
                + "is a thousands separator, as JioNLP expects for 82，225.00元; MSRT reads it as a list separator");
        exclude("DimensionModel", "一位是最小的存储单位", "位 after a numeral is the classifier of people (三位专家); "
                + "only 比特 names the bit");

        // --- Report text only (ScanOptions.report(), the default): a lone Chinese numeral with no unit, classifier
        // or magnitude is a word or an enumeration there (一是…二是…, 统一, 四川, “十四五”), and 一 with a
        // classifier is the indefinite article (打造一个…). ScanOptions.general() reads these cases.
        String lone = "report text: a lone Chinese numeral is a word or an enumeration (一是…二是…, 统一); "
                + "ScanOptions.general() reads it";
        for (String s : List.of("二", "十", "两", "“一”和“五”", "这不是五这是二百零一", "这是五那是四", "这不是四川这是五",
                "这不是一这是九台", "答案是四不是五", "答案不是四而是五", "数量不是一却是五", "三的另一种写法是叁",
                "1502222, 二百五, 还有二分之。", "1502222, 二百五, 還有二分之。", "单销量排名前三的品牌")) {
            REPORT_ONLY.put("NumberModel|" + s, lone);
        }
        for (String s : List.of("一只", "一塊蛋糕")) {
            REPORT_ONLY.put("NumberModel|" + s, "report text: 一 with a classifier is the indefinite article "
                    + "(打造一个…, 交上一份答卷); ScanOptions.general() reads 1");
        }

        // --- Cases this test passes that ../shared/tools/eval-peer-specs cannot: for a unit outside its own table
        // it compares MSRT's unit name itself ("Hertz", "Kilobit", "Bitcoin") with our code (HERTZ, BIT, BTC),
        // and contract codes are upper case, so no scanner output can match. DIMENSION_UNITS maps the names.
        String names = "eval-peer-specs compares MSRT's unit name with our code: it has no mapping for ";
        PEER_SCORER.put("CurrencyModel|我有20个比特币", names + "Bitcoin (we read 20 BTC)");
        PEER_SCORER.put("DimensionModel|三千比特", names + "Kilobit (we read 3000 BIT)");
        PEER_SCORER.put("DimensionModel|一千比特", names + "Kilobit (we read 1000 BIT)");
        PEER_SCORER.put("DimensionModel|五十兆字节", names + "Megabyte (we read 50000000 BYTE)");
        PEER_SCORER.put("DimensionModel|六千字节", names + "Kilobyte (we read 6000 BYTE)");
        PEER_SCORER.put("DimensionModel|1兆赫兹", names + "Megahertz (we read 1000000 HERTZ)");
        PEER_SCORER.put("DimensionModel|100赫兹", names + "Hertz (we read 100 HERTZ)");
        PEER_SCORER.put("DimensionModel|323千卡", names + "Kilocalorie (we read 323 KILOCALORIE)");
        PEER_SCORER.put("DimensionModel|成人每天需要摄入2.4微克的维生素B12", names + "Microgram (we read 0.0000024 GRAM)");
        PEER_SCORER.put("PercentModel|找出酒精量在5-20%之间的产品", "eval-peer-specs takes no bound of a percent range; "
                + "we read the range 5-20%, whose upper bound is MSRT's 20%");
    }

    private static void exclude(String file, String input, String reason) {
        EXCLUDED.put(file + "|" + input, reason);
    }

    record Expected(String text, int start, int endInclusive, String value, String unit, String iso) {
        @Override
        public String toString() {
            return text + "[" + start + "," + endInclusive + "]=" + value
                    + (unit == null ? "" : " " + unit + (iso == null ? "" : "/" + iso));
        }
    }

    record Case(String file, int index, String input, List<Expected> expected, boolean ignoreResolution) {
        String key() {
            return file + "|" + input;
        }
    }

    record Outcome(Case c, boolean pass, List<QuantityMention> got, List<Expected> missing, String error) {
    }

    private static final Map<String, List<Case>> CASES = new LinkedHashMap<>();

    @BeforeAll
    static void load() {
        ObjectMapper om = new ObjectMapper();
        for (String f : FILES) {
            try (InputStream in = MsrtChineseSpecTest.class.getResourceAsStream(DIR + f + ".json")) {
                Objects.requireNonNull(in, "missing resource " + DIR + f + ".json");
                JsonNode root = om.readTree(in);
                List<Case> list = new ArrayList<>();
                for (int i = 0; i < root.size(); i++) {
                    JsonNode c = root.get(i);
                    List<Expected> exp = new ArrayList<>();
                    for (JsonNode r : c.get("Results")) {
                        JsonNode res = r.get("Resolution");
                        exp.add(new Expected(r.get("Text").asText(), r.get("Start").asInt(), r.get("End").asInt(),
                                textOrNull(res, "value"), textOrNull(res, "unit"), textOrNull(res, "isoCurrency")));
                    }
                    boolean ignore = c.has("IgnoreResolution") && c.get("IgnoreResolution").asBoolean();
                    list.add(new Case(f, i, c.get("Input").asText(), exp, ignore));
                }
                CASES.put(f, list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Test
    void specsAreCompleteAndExclusionsReferToRealCases() {
        assertThat(CASES.values().stream().mapToInt(List::size).sum()).isEqualTo(588);
        assertThat(CASES.values().stream().flatMap(List::stream).filter(c -> !c.expected().isEmpty()).count())
                .isEqualTo(538);
        var keys = CASES.values().stream().flatMap(List::stream).map(Case::key).collect(Collectors.toSet());
        assertThat(EXCLUDED.keySet()).allSatisfy(k -> assertThat(keys).as("excluded case exists").contains(k));
        assertThat(REPORT_ONLY.keySet()).allSatisfy(k -> assertThat(keys).as("report-only case exists").contains(k));
        assertThat(PEER_SCORER.keySet()).allSatisfy(k -> assertThat(keys).as("peer-scorer case exists").contains(k));
    }

    /** Every case listed as failing only under the command-line scorer passes this test's scorer. */
    @Test
    void peerScorerDifferencesPassHere() {
        var byKey = CASES.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(Case::key, c -> c, (a, b) -> a));
        assertThat(PEER_SCORER.keySet()).allSatisfy(k -> assertThat(run(byKey.get(k), ScanOptions.general()).pass())
                .as("%s passes here", k).isTrue());
    }

    /**
     * Report text ({@link ScanOptions#report()}, the default): the cases of {@link #REPORT_ONLY} fail by design as
     * well; the documented rate must stay at 95 %.
     */
    @Test
    void reportTextPassRate() {
        Map<String, String> exclusions = new LinkedHashMap<>(EXCLUDED);
        exclusions.putAll(REPORT_ONLY);
        List<Outcome> all = evaluate("report", ScanOptions.report(), exclusions);
        long design = count(all, true, exclusions);
        double documented = (double) all.stream().filter(Outcome::pass).count() / (all.size() - design);
        assertThat(documented).as("MSRT documented pass rate in report text (see target/peer-failures.txt)")
                .isGreaterThanOrEqualTo(0.95);
    }

    /**
     * General text ({@link ScanOptions#general()}): of the 538 cases that expect entities at least 95 % pass, as
     * under {@code eval-peer-specs}; every failing case is documented in {@link #EXCLUDED}.
     */
    @Test
    void overallPassRate() {
        List<Outcome> all = evaluate("general", ScanOptions.general(), EXCLUDED);
        List<Outcome> withEntities = all.stream().filter(o -> !o.c().expected().isEmpty()).collect(Collectors.toList());
        double raw = (double) withEntities.stream().filter(Outcome::pass).count() / withEntities.size();
        assertThat(raw).as("MSRT pass rate of the cases with entities, general text").isGreaterThanOrEqualTo(0.95);
        assertThat(all).as("undocumented failures (see target/peer-failures.txt)")
                .allMatch(o -> o.pass() || EXCLUDED.containsKey(o.c().key()));
    }

    /** Runs every case with the options, prints and writes the report, and returns the outcomes. */
    private static List<Outcome> evaluate(String mode, ScanOptions options, Map<String, String> exclusions) {
        List<Outcome> all = new ArrayList<>();
        StringBuilder stats = new StringBuilder();
        StringBuilder failures = new StringBuilder();
        StringBuilder byDesign = new StringBuilder();
        StringBuilder stale = new StringBuilder();
        for (Map.Entry<String, List<Case>> e : CASES.entrySet()) {
            List<Outcome> outs = e.getValue().stream().map(c -> run(c, options)).collect(Collectors.toList());
            all.addAll(outs);
            stats.append(statsLine(e.getKey(), outs, exclusions)).append('\n');
        }
        stats.append(statsLine("OVERALL", all, exclusions)).append('\n');
        for (Outcome o : all) {
            String reason = exclusions.get(o.c().key());
            if (o.pass()) {
                if (reason != null) {
                    stale.append("  ").append(o.c().file()).append('#').append(o.c().index()).append(' ')
                            .append(o.c().input()).append('\n');
                }
                continue;
            }
            StringBuilder sb = reason == null ? failures : byDesign;
            sb.append(describe(o));
            if (reason != null) {
                sb.append("    by design: ").append(reason).append('\n');
            }
        }
        StringBuilder scorer = new StringBuilder();
        PEER_SCORER.forEach((k, v) -> scorer.append("  ").append(k).append("\n    ").append(v).append('\n'));
        String report = "MSRT Chinese specs, " + options + "\n" + stats
                + "\n--- FAILURES (" + count(all, false, exclusions) + ") ---\n" + failures
                + "\n--- FAILURES BY DESIGN (documented exclusions, " + count(all, true, exclusions) + ") ---\n"
                + byDesign
                + (stale.length() == 0 ? "" : "\n--- excluded cases that now pass (stale exclusions) ---\n" + stale)
                + "\n--- passed here, failed by ../shared/tools/eval-peer-specs (" + PEER_SCORER.size() + ") ---\n"
                + scorer;
        System.out.println(report);
        PeerFailureReport.write("msrt-" + mode, report);

        return all;
    }

    private static long count(List<Outcome> outs, boolean byDesign, Map<String, String> exclusions) {
        return outs.stream().filter(o -> !o.pass() && exclusions.containsKey(o.c().key()) == byDesign).count();
    }

    private static String statsLine(String name, List<Outcome> outs, Map<String, String> exclusions) {
        long pass = outs.stream().filter(Outcome::pass).count();
        long design = count(outs, true, exclusions);
        long fail = count(outs, false, exclusions);
        long withEntities = outs.stream().filter(o -> !o.c().expected().isEmpty()).count();
        long passWithEntities = outs.stream().filter(o -> o.pass() && !o.c().expected().isEmpty()).count();
        return String.format(Locale.ROOT,
                "%-15s cases %3d  pass %3d  fail %3d  by-design %3d  raw %6.2f%%  documented %6.2f%%"
                        + "  (with entities: %d/%d)",
                name, outs.size(), pass, fail, design, 100.0 * pass / outs.size(),
                100.0 * pass / Math.max(1, outs.size() - design), passWithEntities, withEntities);
    }

    private static String describe(Outcome o) {
        Case c = o.c();
        StringBuilder sb = new StringBuilder();
        sb.append(c.file()).append('#').append(c.index()).append("  ").append(c.input()).append('\n');
        sb.append("    expected: ").append(c.expected().isEmpty() ? "(nothing)" : c.expected().toString()).append('\n');
        if (!o.missing().isEmpty() && o.missing().size() != c.expected().size()) {
            sb.append("    missing:  ").append(o.missing()).append('\n');
        }
        sb.append("    got:      ").append(o.error() != null ? "EXCEPTION " + o.error() : o.got().toString())
                .append('\n');
        return sb.toString();
    }

    static Outcome run(Case c, ScanOptions options) {
        List<QuantityMention> got;
        try {
            got = Quantities.scan(c.input(), options);
        } catch (RuntimeException e) {
            return new Outcome(c, false, List.of(), c.expected(), e.toString());
        }
        if (c.expected().isEmpty()) {
            return new Outcome(c, got.stream().noneMatch(m -> ofModelType(c.file(), m.quantity())), got, List.of(),
                    null);
        }
        List<Expected> missing = new ArrayList<>();
        for (Expected e : c.expected()) {
            boolean found = got.stream()
                    .anyMatch(m -> m.start() <= e.endInclusive() && m.end() > e.start()
                            && (c.ignoreResolution() || matches(c.file(), e, m.quantity())));
            if (!found) {
                missing.add(e);
            }
        }
        return new Outcome(c, missing.isEmpty(), got, missing, null);
    }

    static boolean matches(String file, Expected e, Quantity q) {
        switch (file) {
            case "NumberModel": {
                if (e.value() == null) {
                    return false;
                }
                BigDecimal v = new BigDecimal(e.value());
                // MSRT is not consistent: in 百分之五十五点五七九 it expects the number 55.579, in 一百分之二 the
                // fraction 0.02; our 2 PERCENT is both
                return anyBoundEquals(q, v)
                        || q.unit() == Unit.PERCENT && anyBoundEquals(q, v.movePointRight(2))
                        || q.unit() == Unit.PERMILLE && anyBoundEquals(q, v.movePointRight(3));
            }
            case "PercentModel": {
                BigDecimal v = new BigDecimal(e.value().replace("%", ""));
                boolean points = e.text().replaceAll("\\s", "").matches(".*百分[点點].*");
                switch (q.unit()) {
                    case PERCENT:
                        return !points && anyBoundEquals(q, v);
                    case PERMILLE:
                        return !points && anyBoundEquals(q, v.multiply(BigDecimal.TEN));
                    case PERCENTAGE_POINT:
                        return points && anyBoundEquals(q, v);
                    case NUMBER:
                        // 百万分之五 read as the plain fraction 0.000005 is the ratio MSRT calls 0.0005%
                        return e.text().contains("分之") && anyBoundEquals(q, v.movePointLeft(2));
                    default:
                        return false;
                }
            }
            case "CurrencyModel": {
                Unit u = currency(e);
                return u != null && e.value() != null && q.unit() == u && anyBoundEquals(q, new BigDecimal(e.value()));
            }
            case "DimensionModel": {
                Object[] m = DIMENSION_UNITS.get(e.unit());
                if (m == null) {
                    return false;
                }
                BigDecimal v = new BigDecimal(e.value()).multiply((BigDecimal) m[1]);
                return q.unit() == m[0] && anyBoundEquals(q, v);
            }
            default:
                throw new IllegalArgumentException(file);
        }
    }

    /**
     * Whether a mention is of the kind a model recognizes: an empty {@code Results} in the PercentModel spec means
     * "no percentage here", not "no number here" (MSRT runs each model on its own).
     */
    static boolean ofModelType(String file, Quantity q) {
        Dimension d = q.unit().dimension();
        switch (file) {
            case "NumberModel":
                return true;
            case "PercentModel":
                return q.unit() == Unit.PERCENT || q.unit() == Unit.PERMILLE || q.unit() == Unit.PERCENTAGE_POINT;
            case "CurrencyModel":
                return d == Dimension.CURRENCY;
            case "DimensionModel":
                return d != Dimension.CURRENCY && d != Dimension.RATIO && d != Dimension.COUNT
                        && d != Dimension.NONE;
            default:
                throw new IllegalArgumentException(file);
        }
    }

    static Unit currency(Expected e) {
        if (e.iso() == null) {
            return "Dollar".equals(e.unit()) ? Unit.USD : "Bitcoin".equals(e.unit()) ? Unit.BTC : null;
        }
        try {
            Unit u = Unit.valueOf(e.iso());
            return u.dimension() == Dimension.CURRENCY ? u : null;
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static boolean anyBoundEquals(Quantity q, BigDecimal expected) {
        return sameNumber(q.low(), expected) || sameNumber(q.high(), expected);
    }

    /**
     * Equal as numbers. MSRT writes results it computed in doubles with 15 significant digits (350.333333333333,
     * 2.02107211321364E+23), and the last digits of a double computation can be off (MSRT's 1.1^23 is
     * 8.95430243255239, exactly it is 8.954302432552372…), so against such a value ours must agree to a relative
     * 1e-13.
     */
    static boolean sameNumber(BigDecimal ours, BigDecimal expected) {
        if (ours.compareTo(expected) == 0) {
            return true;
        }
        if (expected.stripTrailingZeros().precision() < 15 || expected.signum() == 0) {
            return false;
        }
        BigDecimal relative = ours.subtract(expected).abs().divide(expected.abs(), MathContext.DECIMAL64);
        return relative.compareTo(new BigDecimal("1e-13")) <= 0;
    }
}

package io.github.zhibiao.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the money-parser cases of JioNLP (Apache 2.0, copied unchanged into
 * {@code src/test/resources/peer-specs/jionlp-money/}, see the README there) through {@link Quantities#parse}; when
 * parse rejects the input, the longest mention {@link Quantities#scan} finds is used instead (and the rejection is
 * listed, because the lead may want parse to accept it).
 *
 * <p>Mapping of JioNLP's conventions onto ours:
 * <ul>
 *   <li>Amounts: JioNLP rounds to 2 decimals; ours is rounded half-up to 2 decimals before comparing.
 *   <li>Currencies: 元→CNY, 美元→USD, 港元/港币→HKD, 日元→JPY, 欧元→EUR, 新台币→TWD, 泰铢→THB, 卢布→RUB, 澳元→AUD,
 *       英镑→GBP, 韩元→KRW. JioNLP is a money parser and assumes 元 when the input names no currency ("三百万",
 *       "小于40万", "15k左右"); a general scanner cannot know a bare number is money, so for such inputs
 *       {@link Unit#NUMBER} is accepted as well as CNY.
 *   <li>Ranges: JioNLP's [low, high] is our range with the same bounds. JioNLP also writes a vague amount as an
 *       interval: "3000多" is [3000, 4000], "十几" [10, 20]. We say the same thing as the lower bound with a
 *       qualifier (3000 {@link Qualifier#MORE_THAN}), so a non-exact single value equal to JioNLP's low bound
 *       matches an interval.
 *   <li>definition: {@code accurate} ↔ {@link Qualifier#EXACT}; {@code blur} ↔ a range, or ABOUT / MORE_THAN /
 *       NEARLY / AT_LEAST; {@code blur+} ↔ AT_LEAST / MORE_THAN; {@code blur-} ↔ NEARLY / AT_MOST (we have no
 *       "less than": 不到 and 小于 map to AT_MOST or NEARLY).
 * </ul>
 * Deliberate disagreements are listed in {@link #EXCLUDED}, run anyway, and counted as failures by design.
 */
class JioNlpMoneySpecTest {
    private static final String FILE = "/peer-specs/jionlp-money/cases.jsonl";

    static final Map<String, Unit> CURRENCIES = Map.ofEntries(
            Map.entry("元", Unit.CNY), Map.entry("美元", Unit.USD), Map.entry("港元", Unit.HKD),
            Map.entry("港币", Unit.HKD), Map.entry("日元", Unit.JPY), Map.entry("欧元", Unit.EUR),
            Map.entry("新台币", Unit.TWD), Map.entry("泰铢", Unit.THB), Map.entry("卢布", Unit.RUB),
            Map.entry("澳元", Unit.AUD), Map.entry("英镑", Unit.GBP), Map.entry("韩元", Unit.KRW));

    /** Any of these in the input means the input names its currency (so NUMBER is not acceptable). */
    private static final Pattern NAMES_CURRENCY =
            Pattern.compile("[元圆块塊角毛分钱币铢镑布]|人民币|美金|\\$|￥|¥");

    /** Deliberate disagreements, keyed by input, with the reason. */
    static final Map<String, String> EXCLUDED = new LinkedHashMap<>();

    static {
        EXCLUDED.put("八到九百亿泰铢", "JioNLP reads 八 as 8亿 ([8e8, 9e10]); in a range the magnitude of the "
                + "upper bound distributes over the lower (八到九百亿 = 800亿 to 900亿), as JioNLP itself does for "
                + "两到三万 and 十八至三十万");
    }

    record Case(int line, String input, List<BigDecimal> num, String currency, String definition) {
    }

    record Outcome(Case c, boolean pass, Quantity got, String via, String why) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static void load() {
        ObjectMapper om = new ObjectMapper();
        try (InputStream in = JioNlpMoneySpecTest.class.getResourceAsStream(FILE)) {
            Objects.requireNonNull(in, "missing resource " + FILE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = om.readTree(line);
                JsonNode e = j.get("expected");
                List<BigDecimal> num = new ArrayList<>();
                if (e.get("num").isArray()) {
                    e.get("num").forEach(x -> num.add(new BigDecimal(x.asText())));
                } else {
                    num.add(new BigDecimal(e.get("num").asText()));
                }
                CASES.add(new Case(n, j.get("input").asText(), num, e.get("case").asText(),
                        e.get("definition").asText()));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Test
    void casesAreComplete() {
        assertThat(CASES).hasSize(54);
        assertThat(CASES).allSatisfy(c -> assertThat(CURRENCIES).containsKey(c.currency()));
        assertThat(EXCLUDED.keySet()).allSatisfy(k -> assertThat(CASES).anyMatch(c -> c.input().equals(k)));
    }

    @Test
    void passRate() {
        List<Outcome> outs = CASES.stream().map(JioNlpMoneySpecTest::run).toList();
        long pass = outs.stream().filter(Outcome::pass).count();
        long design = outs.stream().filter(o -> !o.pass() && EXCLUDED.containsKey(o.c().input())).count();
        StringBuilder fail = new StringBuilder();
        StringBuilder byDesign = new StringBuilder();
        StringBuilder viaScan = new StringBuilder();
        StringBuilder stale = new StringBuilder();
        for (Outcome o : outs) {
            if (!o.pass()) {
                String reason = EXCLUDED.get(o.c().input());
                StringBuilder sb = reason == null ? fail : byDesign;
                sb.append(describe(o));
                if (reason != null) {
                    sb.append("    by design: ").append(reason).append('\n');
                }
            } else {
                if (!o.via().equals("parse")) {
                    viaScan.append(describe(o));
                }
                if (EXCLUDED.containsKey(o.c().input())) {
                    stale.append(describe(o));
                }
            }
        }
        String report = "JioNLP money cases\n"
                + String.format(Locale.ROOT, "cases %d  pass %d  fail %d  by-design %d  raw %.2f%%  documented %.2f%%%n",
                        outs.size(), pass, outs.size() - pass - design, design, 100.0 * pass / outs.size(),
                        100.0 * pass / (outs.size() - design))
                + "\n--- FAILURES ---\n" + fail
                + "\n--- FAILURES BY DESIGN ---\n" + byDesign
                + "\n--- passed only through scan (parse threw) ---\n" + viaScan
                + (stale.length() == 0 ? "" : "\n--- excluded cases that now pass (stale exclusions) ---\n" + stale);
        System.out.println(report);
        PeerFailureReport.write("jionlp", report);
        // Asserted on the raw rate, raised as the scanner improved (all 54 cases pass; one miss is allowed).
        assertThat((double) pass / outs.size()).as("JioNLP raw pass rate (see target/peer-failures.txt)")
                .isGreaterThanOrEqualTo(0.98);
    }

    private static String describe(Outcome o) {
        Case c = o.c();
        return "line " + c.line() + "  " + c.input() + "\n    expected: " + c.num() + " " + c.currency() + " "
                + c.definition() + "\n    got:      " + (o.got() == null ? "-" : o.got()) + "  (via " + o.via()
                + ")" + (o.why() == null ? "" : "\n    why:      " + o.why()) + "\n";
    }

    static Outcome run(Case c) {
        Quantity q;
        String via = "parse";
        try {
            q = Quantities.parse(c.input());
        } catch (QuantityParseException e) {
            via = "scan, parse threw: " + e.getMessage();
            List<QuantityMention> ms;
            try {
                ms = Quantities.scan(c.input());
            } catch (RuntimeException ex) {
                return new Outcome(c, false, null, via, "scan threw " + ex);
            }
            QuantityMention longest = ms.stream().max(Comparator.comparingInt(m -> m.end() - m.start())).orElse(null);
            if (longest == null) {
                return new Outcome(c, false, null, via, "scan found nothing");
            }
            q = longest.quantity();
            via = "scan '" + longest.text() + "', parse threw: " + e.getMessage();
        } catch (RuntimeException e) {
            return new Outcome(c, false, null, "parse", "parse threw " + e);
        }
        String why = mismatch(c, q);
        return new Outcome(c, why == null, q, via, why);
    }

    /** @return null when {@code q} says what JioNLP expects, else what differs */
    static String mismatch(Case c, Quantity q) {
        Unit want = CURRENCIES.get(c.currency());
        boolean noCurrencyInInput = !NAMES_CURRENCY.matcher(c.input()).find()
                && CURRENCIES.keySet().stream().noneMatch(c.input()::contains);
        if (q.unit() != want && !(want == Unit.CNY && noCurrencyInInput && q.unit() == Unit.NUMBER)) {
            return "currency: want " + want + (want == Unit.CNY && noCurrencyInInput ? " or NUMBER" : "")
                    + ", got " + q.unit();
        }
        if (c.num().size() == 1) {
            if (q.isRange()) {
                return "amount: want single " + c.num().get(0) + ", got a range";
            }
            if (!round2(q.value()).equals(round2(c.num().get(0)))) {
                return "amount: want " + c.num().get(0) + ", got " + q.value().toPlainString();
            }
        } else {
            BigDecimal lo = c.num().get(0);
            BigDecimal hi = c.num().get(1);
            if (q.isRange()) {
                if (!round2(q.low()).equals(round2(lo)) || !round2(q.high()).equals(round2(hi))) {
                    return "range: want [" + lo + ", " + hi + "], got [" + q.low().toPlainString() + ", "
                            + q.high().toPlainString() + "]";
                }
            } else if (q.qualifier() == Qualifier.EXACT || !round2(q.value()).equals(round2(lo))) {
                return "range: want [" + lo + ", " + hi + "] (or " + lo + " with a qualifier), got "
                        + q.value().toPlainString() + " " + q.qualifier();
            }
        }
        Set<Qualifier> ok;
        switch (c.definition()) {
            case "accurate":
                ok = Set.of(Qualifier.EXACT);
                break;
            case "blur":
                ok = q.isRange() ? Set.of(Qualifier.values())
                        : Set.of(Qualifier.ABOUT, Qualifier.MORE_THAN, Qualifier.NEARLY, Qualifier.AT_LEAST);
                break;
            case "blur+":
                ok = Set.of(Qualifier.AT_LEAST, Qualifier.MORE_THAN);
                break;
            case "blur-":
                ok = Set.of(Qualifier.NEARLY, Qualifier.AT_MOST);
                break;
            default:
                throw new IllegalArgumentException(c.definition());
        }
        if (!ok.contains(q.qualifier())) {
            return "qualifier: want one of " + ok + " for " + c.definition() + ", got " + q.qualifier();
        }
        return null;
    }

    private static BigDecimal round2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}

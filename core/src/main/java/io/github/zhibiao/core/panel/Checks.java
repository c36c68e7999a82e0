package io.github.zhibiao.core.panel;

import io.github.zhibiao.core.Period;
import io.github.zhibiao.core.StatementKind;
import io.github.zhibiao.numbers.Basis;
import io.github.zhibiao.numbers.Change;
import io.github.zhibiao.numbers.Dimension;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.Unit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the consistency checks of {@link CheckKind} over a panel's cells.
 *
 * <p>Growth rates implied by two levels need a root, so they are computed in {@code double} from the stated
 * {@code BigDecimal}s; they are derived numbers for a check, never values read from a text, and are reported
 * rounded to 2 decimals.
 *
 * <p>Stateless and thread-safe.
 */
final class Checks {
    /** Longest gap, in years, between two levels of a series that a level check bridges. */
    static final int MAX_LEVEL_GAP = 3;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    /** Holds the real-growth cue words; loaded on first use. */
    private static final class Cues {
        static final List<String> REAL = load("real-growth-cues.txt");
    }

    static List<Check> of(Map<CellKey, Cell> cells, IndicatorTraits traits, PriceRange prices) {
        List<Check> out = new ArrayList<>();
        // A five-year review's "由270亿元上升至356亿元，年均增长5.7%" is two statements of one span of text: the level
        // (in the last year's cell) and the average growth (in the span's cell). Pair them by report and span.
        Map<String, Source> growths = new java.util.HashMap<>();
        Map<String, Period> growthPeriods = new java.util.HashMap<>();
        for (Cell cell : cells.values()) {
            for (Source s : cell.sources()) {
                if (s.statement().value().isEmpty() && s.statement().change().isPresent()) {
                    growths.put(spanKey(s), s);
                    growthPeriods.put(spanKey(s), cell.key().period());
                }
            }
        }
        for (Cell cell : cells.values()) {
            fromTo(cell, traits, prices, growths, growthPeriods, out);
            sameCell(cell, out);
        }
        levelSeries(cells, traits, prices, out);
        return out;
    }

    // ---- from/to pairs ------------------------------------------------------------------------------------

    /** @return what identifies a statement's span of text in its report: source id, start and indicator */
    private static String spanKey(Source s) {
        return s.id() + "\u0000" + s.statement().start() + "\u0000" + s.statement().indicatorCode();
    }

    private static void fromTo(Cell cell, IndicatorTraits traits, PriceRange prices, Map<String, Source> growths,
            Map<String, Period> growthPeriods, List<Check> out) {
        for (Source s : cell.sources()) {
            Optional<Quantity> to = s.statement().value();
            Optional<Quantity> growth = s.statement().change();
            Period period = cell.key().period();
            List<Source> sources = List.of(s);
            if (to.isPresent() && growth.isEmpty() && growths.containsKey(spanKey(s))) {
                Source partner = growths.get(spanKey(s));
                growth = partner.statement().change();
                period = growthPeriods.get(spanKey(s));
                sources = List.of(s, partner);
            }
            if (to.isEmpty() || growth.isEmpty() || to.get().isRange() || growth.get().isRange()) {
                continue;
            }
            Optional<Change> how = to.get().change();
            if (how.isEmpty() || !how.get().isToLevel() || how.get().from().isEmpty()) {
                continue;
            }
            Quantity from = how.get().from().get();
            Quantity g = growth.get();
            if (!Figures.sameUnit(from, to.get()) || from.isRange() || from.value().signum() <= 0
                    || rate(from) && g.unit() == Unit.PERCENT) {
                // "由55%提高到60%，提高5%": percent of a rate may mean points; too ambiguous to check.
                continue;
            }
            boolean average = g.change().flatMap(Change::basis).filter(b -> b == Basis.ANNUAL_AVERAGE).isPresent();
            int years = years(period, average, s.text());
            if (years <= 0) {
                continue;
            }
            double f = from.value().doubleValue();
            double t = to.get().value().doubleValue();
            double df = half(Figures.precision(from));
            double dt = half(Figures.precision(to.get()));
            double stated = Figures.signedMiddle(g).doubleValue();
            double ds = half(Figures.precision(g));
            double lo;
            double hi;
            double mid;
            if (g.unit() == Unit.PERCENT) {
                lo = rate(t - dt, f + df, years);
                hi = rate(t + dt, f - df, years);
                mid = rate(t, f, years);
            } else if (g.unit() == Unit.PERCENTAGE_POINT && from.unit() == Unit.PERCENT || Figures.sameUnit(g, from)) {
                int n = average ? years : 1;
                lo = (t - dt - f - df) / n;
                hi = (t + dt - f + df) / n;
                mid = (t - f) / n;
            } else {
                continue;
            }
            boolean real = g.unit() == Unit.PERCENT && isReal(cell.key().indicator(), traits, sources);
            // nominal = real + price change: widen the stated growth by the price range.
            double below = real ? prices.lowest().doubleValue() : 0;
            double above = real ? prices.highest().doubleValue() : 0;
            boolean ok = stated + ds + above >= lo && stated - ds + below <= hi;
            String msg = String.format("%s from %s to %s over %d year%s implies %s, stated %s%s",
                    cell.key().indicator(),
                    Figures.show(from), Figures.show(to.get()), years, years == 1 ? "" : "s",
                    show(mid, g.unit()), Figures.show(g),
                    real ? " (real growth against nominal levels: prices may move " + prices.describe() + ")" : "");
            out.add(Check.of(CheckKind.FROM_TO_GROWTH, ok, cell.key(), spanOf(period, years), sources,
                    Figures.signedMiddle(g), round(mid), msg + " [" + s.id() + "]"));
        }
    }

    /** @return the years a from/to pair spans: the period's, else years written in the text, else one */
    private static int years(Period period, boolean average, String text) {
        int first = period.start().getYear();
        int last = period.end().getYear();
        if (last > first && period.start().getMonthValue() == 1 && period.end().getMonthValue() == 12) {
            return last - first + 1;
        }
        if (!average) {
            return period.isYear() ? 1 : -1;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i + 4 < text.length(); i++) {
            if (text.charAt(i + 4) == '年' && digits(text, i) && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                int y = Integer.parseInt(text.substring(i, i + 4));
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        return max > min ? max - min : -1;
    }

    private static boolean digits(String s, int i) {
        for (int j = i; j < i + 4; j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return s.charAt(i) == '1' || s.charAt(i) == '2';
    }

    private static Period spanOf(Period period, int years) {
        int last = period.end().getYear();
        return years > 1 && period.isYear() ? Period.years(last - years + 1, last) : period;
    }

    // ---- one cell, several sources ------------------------------------------------------------------------

    private static void sameCell(Cell cell, List<Check> out) {
        if (cell.sources().size() < 2) {
            return;
        }
        sameCell(cell, cell.valueSource().orElse(null), true, out);
        sameCell(cell, cell.changeSource().orElse(null), false, out);
    }

    private static void sameCell(Cell cell, Source chosen, boolean level, List<Check> out) {
        if (chosen == null) {
            return;
        }
        Quantity reported = figure(chosen, level);
        List<Source> stating = new ArrayList<>();
        Set<Integer> reports = new LinkedHashSet<>();
        List<Source> differing = new ArrayList<>();
        for (Source s : cell.sources()) {
            Quantity q = figure(s, level);
            if (q == null || !Figures.sameUnit(q, reported)) {
                continue;
            }
            stating.add(s);
            reports.add(s.order());
            if (s != chosen && Figures.differ(q, reported)) {
                differing.add(s);
            }
        }
        if (stating.size() < 2 || reports.size() < 2 && differing.isEmpty()) {
            return;
        }
        StringBuilder msg = new StringBuilder(level ? "level " : "change ").append(Figures.show(reported))
                .append(" [").append(chosen.id()).append("]");
        if (differing.isEmpty()) {
            msg.append(" stated alike by ").append(stating.size()).append(" sources");
        } else {
            msg.append(" (").append(cell.choice() == Choice.FIRST_REPORT ? "first report" : "latest report")
                    .append(") against");
            for (Source s : differing) {
                msg.append(' ').append(Figures.show(figure(s, level))).append(" [").append(s.id()).append(']');
            }
        }
        out.add(Check.of(CheckKind.SAME_CELL, differing.isEmpty(), cell.key(), cell.key().period(), stating,
                null, null, msg.toString()));
    }

    private static Quantity figure(Source s, boolean level) {
        return (level ? s.statement().value() : s.statement().change()).orElse(null);
    }

    // ---- level series against stated growth ---------------------------------------------------------------

    private static void levelSeries(Map<CellKey, Cell> cells, IndicatorTraits traits, PriceRange prices,
            List<Check> out) {
        // region + indicator + unit -> year -> fact cell with a single level
        Map<String, TreeMap<Integer, Cell>> series = new TreeMap<>();
        for (Cell c : cells.values()) {
            Optional<Quantity> v = c.value();
            if (c.key().kind() != StatementKind.FACT || !c.key().period().isYear() || v.isEmpty()
                    || v.get().isRange() || v.get().value().signum() <= 0 || rate(v.get())) {
                continue;
            }
            String id = c.key().region() + "\t" + c.key().indicator() + "\t" + v.get().unit() + "\t"
                    + v.get().classifier().orElse("");
            series.computeIfAbsent(id, k -> new TreeMap<>()).put(c.key().period().start().getYear(), c);
        }
        for (TreeMap<Integer, Cell> years : series.values()) {
            Map.Entry<Integer, Cell> previous = null;
            for (Map.Entry<Integer, Cell> e : years.entrySet()) {
                if (previous != null && e.getKey() - previous.getKey() <= MAX_LEVEL_GAP) {
                    levelPair(cells, previous.getValue(), e.getValue(), previous.getKey(), e.getKey(), traits,
                            prices, out);
                }
                previous = e;
            }
        }
    }

    private static void levelPair(Map<CellKey, Cell> cells, Cell a, Cell b, int ya, int yb, IndicatorTraits traits,
            PriceRange prices, List<Check> out) {
        List<Source> growthSources = new ArrayList<>();
        List<Quantity> growths = new ArrayList<>();
        List<Integer> unstated = new ArrayList<>();
        double gmin = Double.POSITIVE_INFINITY;
        double gmax = Double.NEGATIVE_INFINITY;
        StringBuilder stated = new StringBuilder();
        for (int y = ya + 1; y <= yb; y++) {
            Cell c = y == yb ? b : cells.get(CellKey.of(a.key().region(), a.key().indicator(), Period.year(y),
                    StatementKind.FACT));
            Quantity g = c == null ? null : c.change().filter(Checks::yearOnYearRate).orElse(null);
            if (g == null) {
                unstated.add(y);
                continue;
            }
            double ds = half(Figures.precision(g));
            double v = Figures.signedMiddle(g).doubleValue();
            gmin = Math.min(gmin, v - ds);
            gmax = Math.max(gmax, v + ds);
            Source s = c.changeSource().orElseThrow();
            growthSources.add(s);
            growths.add(g);
            stated.append(stated.length() == 0 ? "" : ", ").append(Figures.show(g)).append(" in ").append(y)
                    .append(" [").append(s.id()).append(']');
        }
        if (growthSources.isEmpty()) {
            return;
        }
        Quantity la = a.value().orElseThrow();
        Quantity lb = b.value().orElseThrow();
        Source sa = a.valueSource().orElseThrow();
        Source sb = b.valueSource().orElseThrow();
        int k = yb - ya;
        double fa = la.value().doubleValue();
        double fb = lb.value().doubleValue();
        double da = half(Figures.precision(la));
        double db = half(Figures.precision(lb));
        double lo = rate(fb - db, fa + da, k);
        double hi = rate(fb + db, fa - da, k);
        double mid = rate(fb, fa, k);
        List<Source> all = new ArrayList<>();
        all.add(sa);
        all.add(sb);
        all.addAll(growthSources);
        boolean real = isReal(a.key().indicator(), traits, growthSources);
        // A year without a stated growth may differ from the stated ones as much as prices may move.
        boolean loose = real || !unstated.isEmpty();
        double below = loose ? prices.lowest().doubleValue() : 0;
        double above = loose ? prices.highest().doubleValue() : 0;
        boolean ok = gmax + above >= lo && gmin + below <= hi;
        StringBuilder msg = new StringBuilder();
        msg.append(a.key().indicator()).append(' ').append(Figures.show(lb)).append(" in ").append(yb).append(" [")
                .append(sb.id()).append("] after ").append(Figures.show(la)).append(" in ").append(ya).append(" [")
                .append(sa.id()).append("]: ").append(show(mid, Unit.PERCENT)).append(k == 1 ? "" : " a year")
                .append("; stated growth ").append(stated);
        if (!unstated.isEmpty()) {
            msg.append("; not stated for ").append(unstated).append(" (taken as alike, give or take ")
                    .append(prices.describe()).append(')');
        }
        if (real) {
            msg.append("; real growth against nominal levels: prices may move ").append(prices.describe());
        }
        BigDecimal statedGrowth = growths.size() == 1 ? Figures.signedMiddle(growths.get(0))
                : round((gmin + gmax) / 2);
        out.add(Check.of(CheckKind.LEVEL_SERIES, ok, b.key(), Period.years(ya, yb), all, statedGrowth, round(mid),
                msg.toString()));
    }

    /** @return true for a rate level (城镇化率60%, 失业率3.9%), whose growth in percent is no series check */
    private static boolean rate(Quantity q) {
        return q.unit().dimension() == Dimension.RATIO;
    }

    private static boolean yearOnYearRate(Quantity g) {
        if (g.unit() != Unit.PERCENT || g.isRange()) {
            return false;
        }
        Optional<Change> c = g.change();
        return c.isPresent() && !c.get().isToLevel()
                && c.get().basis().map(b -> b == Basis.YEAR_ON_YEAR).orElse(true);
    }

    // ---- shared -------------------------------------------------------------------------------------------

    private static boolean isReal(String indicator, IndicatorTraits traits, List<Source> sources) {
        if (traits.realGrowth(indicator)) {
            return true;
        }
        for (Source s : sources) {
            for (String cue : Cues.REAL) {
                if (s.text().contains(cue)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the average yearly growth in percent from {@code from} to {@code to} over {@code years} */
    private static double rate(double to, double from, int years) {
        if (from <= 0 || to <= 0) {
            return to < from ? -100 : Double.POSITIVE_INFINITY;
        }
        return (Math.pow(to / from, 1.0 / years) - 1) * 100;
    }

    private static double half(BigDecimal precision) {
        return precision.doubleValue() / 2;
    }

    private static BigDecimal round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return null;
        }
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP);
    }

    private static String show(double x, Unit unit) {
        BigDecimal r = round(x);
        return (r == null ? "?" : r.toPlainString()) + (unit == Unit.PERCENT ? "%" : " " + unit.name());
    }

    private static List<String> load(String resource) {
        List<String> words = new ArrayList<>();
        try (InputStream in = Checks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words);
    }
}

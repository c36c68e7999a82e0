package io.github.zhibiao.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hand-written scanner behind {@link Quantities}: one pass, left to right, over a normalized copy of the
 * text (full-width forms, traditional characters and financial numerals mapped one char to one char, so offsets
 * stay those of the input). At each char that can begin a mention it reads, in order, an optional basis (同比),
 * change verb (增长), qualifier (约) or currency sign, then a numeral, its magnitude, unit or classifier, a
 * trailing qualifier (左右) and an optional range partner (3—5万亩). Nothing backtracks more than a few chars, and
 * rejected numeral runs are skipped whole, so time is linear in the input.
 *
 * <p>An instance scans one text and is then discarded; the class itself holds no shared mutable state.
 */
final class QuantityScanner {
    private static final int MAX_SPACE = 64;
    private static final int UNIT_SPACE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final char[] YUAN = {'元'};
    private static final String FINANCIAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";
    private static final BigDecimal YEAR_MIN = BigDecimal.valueOf(1900);
    private static final BigDecimal YEAR_MAX = BigDecimal.valueOf(2100);
    private static final boolean[] STARTS = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] NUMERAL_STARTS = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] WORD_STARTS = new boolean[Character.MAX_VALUE + 1];
    /** The longest distance from a cue word's start to its numeral: words, particles and spaces. */
    private static final int CHAIN_REACH = 3 * MAX_SPACE + 24;

    static {
        Lexicon lex = Lexicon.get();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            NUMERAL_STARTS[c] = Numeral.canStart(ch) || ch == '-' || ch == '.' || ch == '翻';
            WORD_STARTS[c] = lex.quantityWords.startsWith(ch);
            STARTS[c] = WORD_STARTS[c] || Numeral.canStart(ch) || ch == '-' || ch == '.' || ch == '翻' || lex.from.startsWith(ch)
                    || lex.basis.startsWith(ch) || lex.filler.startsWith(ch) || lex.change.startsWith(ch)
                    || lex.rate.startsWith(ch) || lex.qualifierBefore.startsWith(ch)
                    || lex.currencyBefore.startsWith(ch);
        }
    }

    private final CharSequence text;
    private final char[] s;
    private final int n;
    private final boolean whole;
    /** For general text: tells a lone numeral that is a word from one inside a word; null for report text. */
    private final WordBoundary boundary;
    private final Lexicon lex = Lexicon.get();
    private final List<QuantityMention> out = new ArrayList<>();
    private final Cues cues = new Cues();

    private int prevEnd = -1;
    private Quantity prevQuantity;
    private boolean prevFrom;

    /** The cue words read before a numeral: basis, change verb, qualifier, currency sign, from-marker. */
    private static final class Cues {
        /** Where the mention's text starts (the verb, qualifier or sign), or -1 for the numeral itself. */
        int spanStart = -1;
        Basis basis;
        Direction direction;
        boolean toLevel;
        boolean ratioOnly;
        boolean from;
        Qualifier qualifier = Qualifier.EXACT;
        Unit currency;

        /** Clears the cues for the next attempt; one instance serves a whole scan. */
        Cues reset() {
            spanStart = -1;
            basis = null;
            direction = null;
            toLevel = false;
            ratioOnly = false;
            from = false;
            qualifier = Qualifier.EXACT;
            currency = null;
            return this;
        }
    }

    /** One numeral with what stands right after it: magnitude, unit, trailing qualifier. */
    private static final class Piece {
        Numeral num;
        int end;
        BigDecimal low;
        BigDecimal high;
        Lexicon.UnitWord unit;
        Unit fractionUnit;
        boolean fraction;
        boolean excluded;
        Qualifier qualifier = Qualifier.EXACT;
    }

    private QuantityScanner(CharSequence text, boolean whole, WordBoundary boundary) {
        this.text = text;
        this.n = text.length();
        this.whole = whole;
        this.boundary = boundary;
        this.s = new char[n];
        char[] normal = lex.normal;
        for (int i = 0; i < n; i++) {
            s[i] = normal[text.charAt(i)];
        }
        blankBookmarks();
    }

    static List<QuantityMention> scan(CharSequence text, ScanOptions options) {
        if (text.length() == 0) {
            return List.of();
        }
        return Collections.unmodifiableList(new QuantityScanner(text, false, options.boundary()).run());
    }

    static Quantity parseOne(CharSequence text) {
        int first = 0;
        int last = text.length();
        while (first < last && isSpace(text.charAt(first))) {
            first++;
        }
        while (last > first && isSpace(text.charAt(last - 1))) {
            last--;
        }
        if (first == last) {
            throw new QuantityParseException("empty text is no quantity", text, first);
        }
        List<QuantityMention> found = new QuantityScanner(text, true, null).run();
        if (found.isEmpty()) {
            throw new QuantityParseException("no quantity (dates, ordinals and names are not quantities)", text,
                    first);
        }
        QuantityMention m = found.get(0);
        if (m.start() != first) {
            throw new QuantityParseException("unexpected text before the quantity", text, first);
        }
        if (found.size() > 1) {
            throw new QuantityParseException("more than one quantity", text, found.get(1).start());
        }
        if (m.end() != last) {
            throw new QuantityParseException("unexpected text after the quantity", text, m.end());
        }
        return m.quantity();
    }

    private static boolean isSpace(char c) {
        return Lexicon.get().normal[c] == ' ';
    }

    /** "[bookmark: OLE_LINK10]" residue of converted documents reads as spaces. */
    private void blankBookmarks() {
        final String mark = "[bookmark";
        for (int i = 0; i + mark.length() <= n; i++) {
            if (s[i] != '[' || !regionIs(i, mark)) {
                continue;
            }
            int j = i + mark.length();
            int limit = Math.min(n, i + 200);
            while (j < limit && s[j] != ']') {
                j++;
            }
            if (j < limit) {
                for (int k = i; k <= j; k++) {
                    s[k] = ' ';
                }
                i = j;
            }
        }
    }

    private boolean regionIs(int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (at + k >= n || Character.toLowerCase(s[at + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private List<QuantityMention> run() {
        int i = 0;
        int nextNumeral = -1;
        while (i < n) {
            if (!STARTS[s[i]]) {
                i++;
                continue;
            }
            if (WORD_STARTS[s[i]]) {
                int e = quantityWord(i);
                if (e > i) {
                    i = e;
                    continue;
                }
            }
            if (nextNumeral < i) {
                nextNumeral = i;
                while (nextNumeral < n && !NUMERAL_STARTS[s[nextNumeral]]) {
                    nextNumeral++;
                }
            }
            if (nextNumeral - i > CHAIN_REACH) {
                // No numeral close enough for a cue word here to belong to it.
                i = nextNumeral - CHAIN_REACH;
                continue;
            }
            int next = attempt(i);
            i = Math.max(next, i + 1);
        }
        return out;
    }

    /** 打对折, 半成: a quantity written as a word, unless the word runs on into a longer one (半成品). */
    private int quantityWord(int i) {
        int e = lex.quantityWords.longest(s, i, n);
        if (e < 0 || lex.stop.longest(s, i, n) > e || (i > 0 && lex.stop.longest(s, i - 1, n) > i)) {
            return -1;
        }
        return add(i, e, lex.quantityWords.get(s, i, e), false);
    }

    private int skipSpace(int p) {
        int q = p;
        while (q < n && s[q] == ' ' && q - p < MAX_SPACE) {
            q++;
        }
        return q < n && s[q] == ' ' ? p : q;
    }

    private int skipUnitSpace(int p) {
        int q = p;
        while (q < n && s[q] == ' ' && q - p < UNIT_SPACE) {
            q++;
        }
        return q;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || Numeral.isAsciiDigit(c) || c == '_';
    }

    private static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    private static boolean isOpenQuote(char c) {
        return c == '“' || c == '"' || c == '「' || c == '『' || c == '《' || c == '‘' || c == '\'';
    }

    private static boolean isCloseQuote(char c) {
        return c == '”' || c == '"' || c == '」' || c == '』' || c == '》' || c == '’' || c == '\'';
    }

    /** 亿元以上项目, 万元以下: a magnitude with its unit and a bound reads as one of it, with no cue word before. */
    private boolean boundedMagnitude(int p) {
        Numeral m = Numeral.implicitOne(s, p, n);
        if (m.end < 0) {
            return false;
        }
        int ue = lex.units.longest(s, m.end, n);
        if (ue < 0 || lex.units.get(s, m.end, ue).unit.dimension() != Dimension.CURRENCY) {
            return false;
        }
        int qe = lex.qualifierAfter.longest(s, ue, n);
        if (qe < 0) {
            return false;
        }
        Qualifier q = lex.qualifierAfter.get(s, ue, qe);
        return q == Qualifier.AT_LEAST || q == Qualifier.AT_MOST;
    }

    /** 由上年的2860家, 从2020年的55.2亿元: skips the short period phrase ending in 的 after a from-marker. */
    private int skipPeriodOf(int p) {
        for (int k = p; k < n && k - p < 10; k++) {
            char ch = s[k];
            if (ch == '的') {
                return k > p ? k + 1 : p;
            }
            if (!(Numeral.isAsciiDigit(ch) || "年上去前末底月同期初度".indexOf(ch) >= 0)) {
                return p;
            }
        }
        return p;
    }

    /** True when a comparison (高于, 快于 …) stands shortly before {@code p} in the same clause. */
    private boolean comparisonBefore(int p) {
        for (int j = p - 1; j >= 0 && p - j <= 12; j--) {
            char ch = s[j];
            if (ch == '，' || ch == ',' || ch == '。' || ch == '；' || ch == ';') {
                return false;
            }
            if (lex.comparative.longest(s, j, p) > 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the cue word starting at {@code p} is the tail of a longer word (签约, 新增, 通过). */
    private boolean insideWord(int p) {
        return p > 0 && !whole && lex.compound.longest(s, p - 1, n) > p;
    }

    /** Tries to read a mention whose first char is at {@code i}; returns where scanning resumes. */
    private int attempt(int i) {
        int p = i;
        int e;
        Cues c = cues.reset();

        if (s[i] == '-' && i > 0 && (isAsciiAlnum(s[i - 1]) || s[i - 1] == '%' || s[i - 1] == '.' || s[i - 1] == '号'
                || s[i - 1] == '-' || s[i - 1] == '—'
                || Numeral.isChineseDigit(s[i - 1]) || Numeral.isMagnitude(s[i - 1]))) {
            return i + 1;
        }
        if ((e = lex.from.longest(s, p, n)) > 0) {
            int q = skipPeriodOf(skipSpace(e));
            if (q < n && Numeral.canStart(s[q])) {
                c.from = true;
                if (whole) {
                    // Quantities.parse("从8500到3万港元"): the whole string is one range.
                    c.spanStart = p;
                }
                p = q;
            }
        }
        if (!c.from) {
            if ((e = lex.basis.longest(s, p, n)) > 0) {
                c.basis = lex.basis.get(s, p, e);
                if (whole) {
                    c.spanStart = p;
                }
                p = skipSpace(e);
            }
            for (int k = 0; k < 3 && (e = lex.filler.longest(s, p, n)) > 0; k++) {
                p = skipSpace(e);
            }
            int rateEnd = lex.rate.longest(s, p, n);
            if ((e = lex.change.longest(s, p, n)) > rateEnd && !insideWord(p)) {
                c.direction = lex.change.get(s, p, e);
                c.ratioOnly = lex.ratioOnly.get(s, p, e) != null;
                if (c.basis == null) {
                    c.basis = lex.impliedBasis.get(s, p, e);
                }
                c.spanStart = c.spanStart < 0 ? p : c.spanStart;
                p = skipSpace(e);
                if ((e = lex.linker.longest(s, p, n)) > 0) {
                    p = skipSpace(e);
                }
                if ((e = lex.to.longest(s, p, n)) > 0) {
                    c.toLevel = true;
                    p = skipSpace(e);
                }
            } else if ((e = rateEnd) > 0 && !comparisonBefore(p)) {
                c.direction = lex.rate.get(s, p, e);
                c.spanStart = c.spanStart < 0 ? p : c.spanStart;
                p = skipSpace(e);
                for (int k = 0; k < 2 && (e = lex.filler.longest(s, p, n)) > 0; k++) {
                    p = skipSpace(e);
                }
                if ((e = lex.linker.longest(s, p, n)) > 0) {
                    p = skipSpace(e);
                }
            }
            if (p < n && (e = lex.qualifierBefore.longest(s, p, n)) > 0 && !insideWord(p)) {
                c.qualifier = lex.qualifierBefore.get(s, p, e);
                c.spanStart = c.spanStart < 0 ? p : c.spanStart;
                p = skipSpace(e);
            }
            if (p < n && (e = lex.currencyBefore.longest(s, p, n)) > 0) {
                c.currency = lex.currencyBefore.get(s, p, e);
                c.spanStart = c.spanStart < 0 ? p : c.spanStart;
                p = skipSpace(e);
            }
        }
        if (p >= n) {
            return i + 1;
        }
        if (s[p] == '翻') {
            return doubling(i, c.spanStart < 0 ? p : c.spanStart, p, c.basis);
        }
        boolean sign = s[p] == '-' && (p == i || c.direction != null) && p + 1 < n && (Numeral.isAsciiDigit(s[p + 1])
                || (s[p + 1] == '.' && p + 2 < n && Numeral.isAsciiDigit(s[p + 2])));
        boolean point = s[p] == '.' && p + 1 < n && Numeral.isAsciiDigit(s[p + 1])
                && (p == 0 || !(Numeral.isAsciiDigit(s[p - 1]) || isAsciiLetter(s[p - 1]) || s[p - 1] == '.'));
        if (!Numeral.canStart(s[p]) && !sign && !point) {
            return i + 1;
        }
        int numStart = p;
        if (c.spanStart < 0) {
            c.spanStart = numStart;
        }
        char before = numStart > 0 ? s[numStart - 1] : ' ';
        boolean chineseStart = !Numeral.isAsciiDigit(s[numStart]) && s[numStart] != '-';
        if (!whole && inUrl(numStart)) {
            return skipAscii(numStart);
        }
        if (!whole && numStart == c.spanStart) {
            if (before == '第' || before == '每' || before == '%' || isAsciiLetter(before) || before == '_'
                    || ((before == '-' || before == '/' || before == '.' || before == '+') && numStart > 1
                        && (isAsciiAlnum(s[numStart - 2]) || s[numStart - 2] == '号'))) {
                return skipNumeral(numStart);
            }
        }
        if (!whole && chineseStart && numStart + 1 < n && numStart == c.spanStart && Numeral.isChineseDigit(s[numStart])
                && !mayFollowChineseDigit(s[numStart + 1]) && !loneWord(numStart, numStart + 1)) {
            // 进一步, 一是: a lone Chinese digit followed by no numeral, unit or cue is a word; skip it cheaply.
            return numStart + 1;
        }
        if (!whole && chineseStart) {
            int stop = lex.stop.longest(s, numStart, n);
            if (numStart > 0) {
                stop = Math.max(stop, lex.stop.longest(s, numStart - 1, n));
            }
            if (stop > numStart) {
                return stop;
            }
        }

        boolean magnitudeOnly = s[numStart] == '万' || s[numStart] == '亿';
        Piece a = magnitudeOnly && (c.spanStart < numStart || boundedMagnitude(numStart))
                ? piece(numStart, Numeral.implicitOne(s, numStart, n)) : piece(numStart);
        if (a != null && a.unit == null && a.num.digitless()) {
            // 超亿 alone is no amount; 超亿元 is.
            a = null;
        }
        if (a == null) {
            return Math.max(i + 1, lastSkip);
        }
        if (a.excluded) {
            return a.end;
        }
        if (isDate(a)) {
            return skipDate(a.end);
        }
        Piece b = rangePartner(a);
        if (b != null && b.excluded) {
            return b.end;
        }
        if (c.direction != null && a.unit != null && !a.fraction) {
            Dimension dim = a.unit.unit.dimension();
            boolean chineseCount = a.num.chinese && !a.num.arabic && dim == Dimension.COUNT;
            if (chineseCount || (c.ratioOnly && dim != Dimension.RATIO && dim != Dimension.CURRENCY)) {
                // 道路提升三种方式, 改造提升5万亩: the verb names an upgrade, not a change of this amount.
                c.direction = null;
                c.toLevel = false;
                c.spanStart = numStart;
            }
        }
        return emit(c, a, b);
    }

    private int lastSkip;

    private boolean mayFollowChineseDigit(char c) {
        return Numeral.isChineseDigit(c) || Numeral.isMagnitude(c) || c == '点' || c == '几' || c == '分' || c == ' '
                || c == '又' || c == '个' || isRangeSeparator(c) || lex.units.startsWith(c)
                || lex.qualifierAfter.startsWith(c) || lex.notUnit.startsWith(c) || lex.notUnitChinese.startsWith(c);
    }

    /** True inside a web address or e-mail: the ASCII run around {@code p} holds "://", "www." or "@". */
    private boolean inUrl(int p) {
        if (p == 0 || s[p - 1] == ' ' || s[p - 1] > 0x7E) {
            return false;
        }
        int k = p - 1;
        while (k > 0 && p - k < 200 && s[k - 1] > ' ' && s[k - 1] <= 0x7E) {
            k--;
        }
        for (int j = k; j + 2 < p; j++) {
            if ((s[j] == ':' && s[j + 1] == '/' && s[j + 2] == '/') || (s[j] == 'w' && s[j + 1] == 'w'
                    && s[j + 2] == 'w') || s[j] == '@') {
                return true;
            }
        }
        return false;
    }

    private int skipAscii(int p) {
        int q = p;
        while (q < n && s[q] > ' ' && s[q] <= 0x7E) {
            q++;
        }
        return Math.max(q, p + 1);
    }

    private int skipNumeral(int p) {
        Numeral num = Numeral.read(s, p, n);
        return num.end >= 0 ? num.end : num.skipTo;
    }

    /** 2024-09-11, 2024/9/11, 2024.09.11: a four-digit year joined to a month. */
    private boolean isDate(Piece a) {
        Numeral num = a.num;
        int q = num.end;
        return a.unit == null && !a.fraction && num.arabic && !num.chinese && num.integerDigits == 4
                && !num.decimalPoint && q + 1 < n && (s[q] == '-' || s[q] == '/' || s[q] == '.' || s[q] == '—')
                && Numeral.isAsciiDigit(s[q + 1]);
    }

    private int skipDate(int p) {
        int q = p;
        while (q < n && (Numeral.isAsciiDigit(s[q]) || s[q] == '-' || s[q] == '/' || s[q] == '.' || s[q] == ':'
                || s[q] == '—' || (s[q] == ' ' && q + 1 < n && Numeral.isAsciiDigit(s[q + 1])))) {
            q++;
        }
        return q;
    }

    /** Reads a numeral at {@code p} with its unit and trailing qualifier; null when the numeral is rejected. */
    private Piece piece(int p) {
        return piece(p, Numeral.read(s, p, n));
    }

    private Piece piece(int p, Numeral read) {
        Numeral num = read;
        if (num.end < 0) {
            lastSkip = num.skipTo;
            return null;
        }
        Piece pc = new Piece();
        pc.num = num;
        pc.low = num.low;
        pc.high = num.high;
        if (num.moreThan) {
            pc.qualifier = Qualifier.MORE_THAN;
        }
        int q = num.end;
        int numerator = fractionNumerator(q);
        if (numerator < 0 && q < n && s[q] == '/' && num.arabic && !num.chinese && !num.decimalPoint
                && q + 1 < n && Numeral.isAsciiDigit(s[q + 1])) {
            numerator = q + 1;
        }
        if (numerator > 0) {
            Numeral d = Numeral.read(s, numerator, n);
            if (d.end < 0 || num.low.signum() == 0 || num.low.compareTo(num.high) != 0) {
                lastSkip = numerator;
                return null;
            }
            if (s[q] == '/') {
                // 3/5: the Arabic way round, numerator first.
                Numeral top = num;
                num = d;
                d = top;
                pc.num = top;
                if (d.end < 0 || num.low.signum() == 0 || num.low.compareTo(num.high) != 0) {
                    // 3/0, 2024/0: a zero (or ranged) denominator makes no fraction.
                    lastSkip = num.end;
                    return null;
                }
                d.end = num.end;
            }
            pc.fraction = true;
            if (num.low.compareTo(HUNDRED) == 0) {
                pc.fractionUnit = Unit.PERCENT;
                pc.low = d.low;
                pc.high = d.high;
            } else if (num.low.compareTo(THOUSAND) == 0) {
                pc.fractionUnit = Unit.PERMILLE;
                pc.low = d.low;
                pc.high = d.high;
            } else {
                pc.fractionUnit = Unit.NUMBER;
                pc.low = d.low.divide(num.low, MathContext.DECIMAL128);
                pc.high = d.high.divide(num.low, MathContext.DECIMAL128);
            }
            q = d.end;
        } else if (mixedFraction(pc, q)) {
            q = pc.end;
        } else {
            int r = skipUnitSpace(q);
            if (r < n && (s[r] == '多' || s[r] == '余') && lex.units.longest(s, skipUnitSpace(r + 1), n) > 0
                    && lex.notUnit.longest(s, skipUnitSpace(r + 1), n) < 0) {
                pc.qualifier = Qualifier.MORE_THAN;
                q = r + 1;
                r = skipUnitSpace(q);
            }
            int ue = lex.units.longestSpaced(s, r, n);
            if (ue == r + 1 && s[r] == '两' && !Numeral.liangIsWeight(s, r, n)) {
                // 1980两年, 三两天: 两 begins the next quantity here, it is not the weight.
                ue = -1;
            }
            int ne = r + 1 < n && s[r] == '分' && s[r + 1] == '之' ? -1 : lex.notUnit.longest(s, r, n);
            if (num.chinese && !num.arabic) {
                ne = Math.max(ne, lex.notUnitChinese.longest(s, r, n));
            }
            if (ne > 0 && ne >= ue && !whole || (whole && ne > 0 && ne >= ue && ne == n)) {
                pc.excluded = true;
                pc.end = ne;
                return pc;
            }
            if (ue > 0) {
                pc.unit = lex.units.getSpaced(s, r, ue);
                q = ue;
                if ("块".equals(pc.unit.classifier) && num.chinese && !num.arabic
                        && (q >= n || !isCjk(s[q]) || Numeral.isChineseDigit(s[q]))) {
                    // 几十万块, 三块五: colloquial yuan; 35.6亿块 (chips) and 三块地 stay counts.
                    pc.unit = lex.units.get(YUAN, 0, YUAN.length);
                }
                pc.unit = sharedUnit(pc.unit, q);
                q = smallerCoins(pc, q);
                q = currencyAfterYuan(pc, q);
                q = minorCoins(pc, q);
                if (pc.unit.unit.dimension() == Dimension.CURRENCY && q < n && (s[q] == '整' || s[q] == '钱')) {
                    // 肆佰叁拾萬圆整, 六角七分钱
                    q++;
                }
                q = halfAndTenths(pc, q);
            }
        }
        if (q + 2 < n && s[q] == '(' && s[q + 1] == '含' && s[q + 2] == ')') {
            // 50万元（含）以上: "inclusive" changes nothing we record.
            q += 3;
        }
        int r = skipUnitSpace(q);
        int qe = r < n ? lex.qualifierAfter.longest(s, r, n) : -1;
        if (qe > 0) {
            boolean single = qe - r == 1;
            boolean fits = !(single && qe < n && isCjk(s[qe]) && !whole)
                    && !(s[r] == '上' && qe < n && s[qe] == '游');
            if (fits) {
                if (pc.qualifier == Qualifier.EXACT) {
                    pc.qualifier = lex.qualifierAfter.get(s, r, qe);
                }
                q = qe;
            }
        }
        pc.end = q;
        return pc;
    }

    /**
     * "高1.2个和0.8个百分点": a bare 个 before a list partner whose unit is 个百分点 shares that unit.
     *
     * @return the unit word to use for the first item
     */
    private Lexicon.UnitWord sharedUnit(Lexicon.UnitWord unit, int q) {
        if (unit.unit != Unit.COUNT || !"个".equals(unit.classifier) || q >= n
                || !(s[q] == '和' || s[q] == '、' || s[q] == '与' || s[q] == '及')) {
            return unit;
        }
        int k = q + 1;
        while (k < n && (Numeral.isAsciiDigit(s[k]) || s[k] == '.') && k - q < 12) {
            k++;
        }
        int e = k > q + 1 ? lex.units.longest(s, k, n) : -1;
        Lexicon.UnitWord partner = e > 0 ? lex.units.get(s, k, e) : null;
        return partner != null && partner.unit == Unit.PERCENTAGE_POINT ? partner : unit;
    }

    /** Where the numerator of "三分之一", "百 分 之 五" begins, or -1. */
    private int fractionNumerator(int q) {
        int k = q;
        while (k < n && s[k] == ' ' && k - q < 3) {
            k++;
        }
        if (k >= n || s[k] != '分') {
            return -1;
        }
        k++;
        while (k < n && s[k] == ' ' && k - q < 8) {
            k++;
        }
        if (k >= n || s[k] != '之') {
            return -1;
        }
        k++;
        while (k < n && s[k] == ' ' && k - q < 12) {
            k++;
        }
        return k < n && (Numeral.canStart(s[k]) || s[k] == '-') ? k : -1;
    }

    /** 三百五又三分之一, 3又一千分之23, 1 3/5: a whole number and a fraction. */
    private boolean mixedFraction(Piece pc, int q) {
        int k = q;
        while (k < n && s[k] == ' ' && k - q < 3) {
            k++;
        }
        boolean arabicPair = k == q + 1 && pc.num.arabic && !pc.num.chinese && !pc.num.decimalPoint
                && arabicFraction(k);
        if (k >= n || (s[k] != '又' && !arabicPair)) {
            return false;
        }
        if (s[k] == '又') {
            k++;
        }
        while (k < n && s[k] == ' ' && k - q < 6) {
            k++;
        }
        if (k >= n || !Numeral.canStart(s[k])) {
            return false;
        }
        Piece f = piece(k);
        if (f == null || !f.fraction || f.low.signum() < 0) {
            return false;
        }
        if (f.fractionUnit != Unit.NUMBER) {
            int places = f.fractionUnit == Unit.PERCENT ? 2 : 3;
            f.low = f.low.movePointLeft(places);
        }
        boolean negative = pc.low.signum() < 0;
        pc.low = negative ? pc.low.subtract(f.low) : pc.low.add(f.low);
        pc.high = pc.low;
        pc.fraction = true;
        pc.fractionUnit = Unit.NUMBER;
        pc.end = f.end;
        return true;
    }

    /** True when "3/5" (digits, a slash, digits) starts at {@code k}. */
    private boolean arabicFraction(int k) {
        int j = k;
        while (j < n && Numeral.isAsciiDigit(s[j]) && j - k < 6) {
            j++;
        }
        return j > k && j + 1 < n && s[j] == '/' && Numeral.isAsciiDigit(s[j + 1]);
    }

    /** 一吨半 = 1.5吨, 三成半 = 35%, 七成六 = 76%. */
    private int halfAndTenths(Piece pc, int q) {
        Unit u = pc.unit.unit;
        if (q >= n || u.dimension() == Dimension.COUNT || u.dimension() == Dimension.CURRENCY) {
            return q;
        }
        if (s[q] == '半' && !(q + 1 < n && isCjk(s[q + 1]) && lex.units.longest(s, q + 1, n) < 0
                && q + 1 < n && s[q + 1] != '的')) {
            pc.low = pc.low.add(HALF);
            pc.high = pc.high.add(HALF);
            return q + 1;
        }
        if (pc.unit.factor.compareTo(BigDecimal.TEN) == 0 && u == Unit.PERCENT) {
            int k = skipUnitSpace(q);
            if (k < n && Numeral.isChineseDigit(s[k]) && s[k] != '零'
                    && (k + 1 >= n || !(Numeral.isChineseDigit(s[k + 1]) || Numeral.isMagnitude(s[k + 1])
                        || lex.units.longest(s, k + 1, n) > 0))) {
                BigDecimal tenth = BigDecimal.valueOf(Numeral.chineseDigit(s[k])).movePointLeft(1);
                pc.low = pc.low.add(tenth);
                pc.high = pc.high.add(tenth);
                return k + 1;
            }
        }
        return q;
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** 三万元欧元, 9000元日币: a currency named right after 元 says which 元 it is. */
    private int currencyAfterYuan(Piece pc, int q) {
        if (pc.unit.unit != Unit.CNY || q >= n) {
            return q;
        }
        int e = lex.units.longest(s, q, n);
        if (e < 0) {
            return q;
        }
        Lexicon.UnitWord w = lex.units.get(s, q, e);
        if (w.unit.dimension() != Dimension.CURRENCY || w.unit == Unit.CNY) {
            return q;
        }
        pc.unit = w;
        return e;
    }

    /** 5元3角2分, 三块五: smaller coins after 元 or 块. */
    private int smallerCoins(Piece pc, int q) {
        if (pc.unit.unit != Unit.CNY || pc.unit.factor.compareTo(BigDecimal.ONE) != 0 || q >= n
                || !Numeral.canStart(s[q]) || s[q] == '-') {
            return q;
        }
        Numeral jiao = Numeral.read(s, q, n);
        if (jiao.end < 0 || jiao.low.compareTo(jiao.high) != 0 || jiao.low.compareTo(BigDecimal.TEN) >= 0) {
            return q;
        }
        int r = jiao.end;
        BigDecimal add;
        if (r < n && (s[r] == '角' || s[r] == '毛')) {
            add = jiao.low.movePointLeft(1);
            r++;
            if (r < n && Numeral.canStart(s[r]) && s[r] != '-') {
                Numeral fen = Numeral.read(s, r, n);
                if (fen.end > 0 && fen.end < n && s[fen.end] == '分' && fen.low.compareTo(BigDecimal.TEN) < 0) {
                    add = add.add(fen.low.movePointLeft(2));
                    r = fen.end + 1;
                }
            }
        } else if (r < n && s[r] == '分') {
            add = jiao.low.movePointLeft(2);
            r++;
        } else if (s[q - 1] == '块' && jiao.chinese && jiao.length == 1
                && (r >= n || lex.units.longest(s, r, n) < 0)) {
            add = jiao.low.movePointLeft(1);
        } else {
            return q;
        }
        pc.low = pc.low.add(add);
        pc.high = pc.high.add(add);
        return r;
    }

    /** 两美元又三美分 = 2.03 USD, 10日元5日本銭 = 10.05 JPY: coins of the same currency after its main unit. */
    private int minorCoins(Piece pc, int q) {
        Unit u = pc.unit.unit;
        if (u.dimension() != Dimension.CURRENCY || pc.unit.factor.compareTo(BigDecimal.ONE) != 0 || q >= n) {
            return q;
        }
        int k = s[q] == '又' || s[q] == '零' ? q + 1 : q;
        if (k >= n || !Numeral.canStart(s[k]) || s[k] == '-' || s[k] == '负') {
            return q;
        }
        Numeral coins = Numeral.read(s, k, n);
        if (coins.end < 0 || coins.low.compareTo(coins.high) != 0 || coins.low.signum() <= 0) {
            return q;
        }
        int e = lex.units.longest(s, coins.end, n);
        Lexicon.UnitWord w = e > 0 ? lex.units.get(s, coins.end, e) : null;
        if (w == null || w.unit != u || w.factor.compareTo(BigDecimal.ONE) >= 0) {
            return q;
        }
        BigDecimal add = coins.low.multiply(w.factor);
        if (add.compareTo(BigDecimal.ONE) >= 0) {
            return q;
        }
        pc.low = pc.low.add(add);
        pc.high = pc.high.add(add);
        return e;
    }

    private static boolean isRangeSeparator(char c) {
        return c == '-' || c == '—' || c == '~' || c == '～' || c == '至' || c == '到' || c == '〜';
    }

    /** The second half of "3—5万亩", "5%-8%", "百分之三到五", when there is one. */
    private Piece rangePartner(Piece a) {
        int r = skipUnitSpace(a.end);
        if (r >= n || !isRangeSeparator(s[r]) || a.qualifier != Qualifier.EXACT) {
            return null;
        }
        int r2 = r + 1;
        if ((s[r] == '—' || s[r] == '-') && r2 < n && s[r2] == s[r]) {
            r2++;
        }
        r2 = skipUnitSpace(r2);
        if (r2 >= n || !Numeral.canStart(s[r2]) || s[r2] == '-') {
            return null;
        }
        Piece b = piece(r2);
        if (b == null || b.fraction) {
            return null;
        }
        if (b.excluded) {
            // 1-7月, 2020—2025年: a span of dates; when the first half has its own unit it stands alone.
            return a.unit == null && !a.fraction ? b : null;
        }
        if (a.fraction) {
            return b.unit == null ? b : null;
        }
        if (a.unit != null && (b.unit == null || a.unit.unit != b.unit.unit)) {
            return null;
        }
        if (a.unit == null && b.unit == null && (a.num.chinese != b.num.chinese)) {
            return null;
        }
        return b;
    }

    private int emit(Cues c, Piece a, Piece b) {
        int spanStart = c.spanStart;
        Basis basis = c.basis;
        Direction direction = c.direction;
        boolean toLevel = c.toLevel;
        boolean from = c.from;
        Qualifier prefixQualifier = c.qualifier;
        Unit currency = c.currency;
        Lexicon.UnitWord unitWord = a.unit != null ? a.unit : b != null ? b.unit : null;
        Unit unit;
        BigDecimal factor = BigDecimal.ONE;
        if (a.fraction) {
            unit = a.fractionUnit;
        } else if (unitWord != null) {
            unit = unitWord.unit;
            factor = unitWord.factor;
            if (currency != null && unit == Unit.CNY && factor.compareTo(BigDecimal.ONE) == 0) {
                unit = currency;
            }
        } else if (currency != null) {
            unit = currency;
        } else {
            unit = Unit.NUMBER;
        }
        BigDecimal magnitude = a.num.magnitude;
        BigDecimal low = a.low;
        BigDecimal high = b != null ? b.high : a.high;
        if (b != null && !a.fraction) {
            // 3-5万亩, 两到三仟: a plain first number takes the second one's multiplier, when that keeps order.
            if (a.unit == null && a.num.magnitude.compareTo(BigDecimal.ONE) == 0) {
                BigDecimal m = b.num.magnitude;
                if (m.compareTo(BigDecimal.ONE) == 0 || a.low.multiply(m).compareTo(b.high) > 0) {
                    m = a.num.scale().compareTo(BigDecimal.ONE) == 0 ? b.num.scale() : BigDecimal.ONE;
                }
                if (m.compareTo(BigDecimal.ONE) > 0 && a.low.multiply(m).compareTo(b.high) <= 0) {
                    low = low.multiply(m);
                }
            }
            magnitude = magnitude.max(b.num.magnitude);
        }
        if (factor.signum() == 0) {
            // 折 (discount): 8折 and 85折 are 80% and 85% of the price; 十折 is no discount at all.
            if (high.compareTo(BigDecimal.TEN) == 0 && !whole) {
                return end(a, b);
            }
            factor = high.compareTo(BigDecimal.TEN) < 0 ? BigDecimal.TEN : BigDecimal.ONE;
        }
        low = low.multiply(factor);
        high = high.multiply(factor);
        if (low.compareTo(high) > 0) {
            if (b != null) {
                // "10-5" is no range; keep only the first half.
                return emit(c, a, null);
            }
            BigDecimal t = low;
            low = high;
            high = t;
        }
        int end = b != null ? b.end : a.end;
        boolean bare = unitWord == null && unit == Unit.NUMBER && direction == null && !a.fraction;
        if (!whole && bare && !acceptBare(spanStart, a, end)) {
            return end;
        }
        if (!whole && a.num.length == 1 && unitWord != null && unitWord.unit.dimension() == Dimension.COUNT
                && FINANCIAL.indexOf(text.charAt(a.num.end - 1)) >= 0) {
            // 登陆部队: a lone financial numeral is almost always part of a word (陆, 伍, 拾).
            return end;
        }
        boolean loneBare = unitWord == null && unit == Unit.NUMBER && !a.fraction;
        if (!whole && a.num.chinese && !a.num.arabic && a.num.length < 2 && (a.low.signum() == 0 && b == null
                || loneBare) && !(loneBare && loneWord(a.num.end - 1, a.num.end))) {
            // 提升两手抓, 四减四增: one Chinese numeral without a unit is a word, not an amount; a lone 零 too,
            // but not the 零 that opens a range (零至零点五个百分点).
            return end;
        }
        if (!whole && a.num.chinese && !a.num.arabic && spanStart > 0 && isOpenQuote(s[spanStart - 1])
                && !(a.num.length < 2 && loneWord(a.num.end - 1, a.num.end))) {
            return end;
        }
        if (!whole && boundary == null && a.num.length == 1 && s[a.num.end - 1] == '一' && b == null && unitWord != null
                && unitWord.unit.dimension() == Dimension.COUNT && direction == null
                && prefixQualifier == Qualifier.EXACT && a.qualifier == Qualifier.EXACT) {
            // 打造一个…, 交上一份答卷: 一 with a classifier is the indefinite article.
            return end;
        }
        if (!whole && unitWord == null && end < n && isAsciiLetter(s[end])) {
            return end;
        }
        Qualifier qualifier = prefixQualifier != Qualifier.EXACT ? prefixQualifier
                : a.qualifier != Qualifier.EXACT ? a.qualifier
                : b != null ? b.qualifier : Qualifier.EXACT;
        Change change = null;
        if (direction != null) {
            if (toLevel) {
                change = prevFrom && prevQuantity != null && glue(prevEnd, spanStart, 2)
                        ? Change.toLevel(direction, basis, prevQuantity) : null;
            } else {
                change = Change.of(direction, basis);
            }
        } else if (prevQuantity != null && prevQuantity.unit() == unit && prevQuantity.change().isPresent()
                && listGlue(prevEnd, spanStart)) {
            // 分别增长3.9%、5.6%: the second rate shares the first one's verb.
            change = prevQuantity.change().filter(shared -> !shared.isToLevel()).orElse(null);
        }
        Quantity q = Quantity.create(low, high, unit, unitWord == null ? null : unitWord.classifier, qualifier,
                change, magnitude);
        return add(spanStart, end, q, from);
    }

    private static int end(Piece a, Piece b) {
        return b != null ? b.end : a.end;
    }

    /** Bare numbers (no unit) are kept only when they look like amounts, not codes, names or labels. */
    private boolean acceptBare(int start, Piece a, int end) {
        Numeral num = a.num;
        char before = start > 0 ? s[start - 1] : ' ';
        char after = end < n ? s[end] : ' ';
        boolean labelStart = start == 0 || before == ' ' || before == '(' || before == '（' || before == '“';
        if (labelStart && num.magnitude.compareTo(BigDecimal.ONE) == 0 && (after == '、' || after == ')'
                || after == '）' || (after == '.' && !(end + 1 < n && Numeral.isAsciiDigit(s[end + 1]))))) {
            // 一、 1. (1): list labels
            return false;
        }
        if (num.chinese && !num.arabic) {
            if (num.length < 2) {
                return loneWord(num.end - 1, num.end);
            }
            return !(isOpenQuote(before) && isCloseQuote(after));
        }
        if (num.integerDigits == 4 && !num.decimalPoint && !num.separators && num.low.compareTo(YEAR_MIN) >= 0
                && num.low.compareTo(YEAR_MAX) <= 0) {
            // 举办2024玫瑰产品博览会, ©2018: a bare four-digit number in this range names a year.
            return false;
        }
        boolean longInteger = num.integerDigits >= 7 && !num.decimalPoint && !num.separators;
        if (num.leadingZero || (longInteger && (num.integerDigits >= 11 || nearContactDetails(start)))) {
            // phone and fax numbers, ID and account numbers
            return false;
        }
        if (before == '+' || after == '+' || after == '@' || (isOpenQuote(before) && isCloseQuote(after))) {
            return false;
        }
        if (isCjk(after) && !num.decimalPoint && lex.qualifierAfter.longest(s, end, n) < 0) {
            // 12345政务服务热线, 1463工作思路: a bare integer run into a word names something.
            return false;
        }
        return !(after == '.' && end + 1 < n && Numeral.isAsciiDigit(s[end + 1]));
    }

    /** In general text, whether the lone numeral {@code [start, end)} is a word of its own (是四不是五, not 四川). */
    private boolean loneWord(int start, int end) {
        return boundary != null && end - start == 1 && boundary.isWord(text, start, end);
    }

    /** True after another digit group ("010-63074375 63072334") or a contact label (电话, 热线, 传真, Tel). */
    private boolean nearContactDetails(int start) {
        int k = start - 1;
        while (k >= 0 && s[k] == ' ' && start - k < 4) {
            k--;
        }
        if (k >= 0 && (Numeral.isAsciiDigit(s[k]) || s[k] == '-' || s[k] == '/' || s[k] == ',' || s[k] == '、')) {
            return true;
        }
        for (int j = Math.max(0, start - 24); j < start; j++) {
            if (lex.contact.longest(s, j, start) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean glue(int from, int to, int max) {
        if (from < 0 || to < from || to - from > MAX_SPACE) {
            return false;
        }
        int other = 0;
        for (int k = from; k < to; k++) {
            if (s[k] != ' ' && ++other > max) {
                return false;
            }
            if (s[k] != ' ' && s[k] != ',' && s[k] != '、') {
                return false;
            }
        }
        return true;
    }

    private boolean listGlue(int from, int to) {
        if (from < 0 || to <= from || to - from > 4) {
            return false;
        }
        int marks = 0;
        for (int k = from; k < to; k++) {
            char c = s[k];
            if (c == '、' || c == '和' || c == '与' || c == '及') {
                marks++;
            } else if (c != ' ') {
                return false;
            }
        }
        return marks == 1;
    }

    /** Records a mention and remembers it for the next one (lists, from/to pairs); returns its end. */
    private int add(int start, int end, Quantity q, boolean from) {
        out.add(QuantityMention.of(text.subSequence(start, end).toString(), start, end, q));
        prevEnd = end;
        prevQuantity = q;
        prevFrom = from;
        return end;
    }

    /** 翻一番 = 2 times, 翻两番 = 4 times. */
    private int doubling(int i, int spanStart, int p, Basis basis) {
        int r = p + 1;
        if (r < n && s[r] == '了') {
            r++;
        }
        if (r >= n || !(Numeral.canStart(s[r]) || s[r] == '番')) {
            return i + 1;
        }
        if (s[r] == '番') {
            // 实现翻番: doubled, with the one left out.
            Quantity q = Quantity.of(BigDecimal.valueOf(2), Unit.TIMES).withChange(Change.of(Direction.INCREASE, basis));
            return add(spanStart, r + 1, q, false);
        }
        Numeral num = Numeral.read(s, r, n);
        if (num.end < 0 || num.end >= n || s[num.end] != '番' || num.low.compareTo(num.high) != 0
                || num.low.signum() <= 0 || num.low.compareTo(BigDecimal.TEN) > 0
                || num.low.stripTrailingZeros().scale() > 0) {
            return i + 1;
        }
        BigDecimal times = BigDecimal.valueOf(2).pow(num.low.intValueExact());
        int end = num.end + 1;
        Quantity q = Quantity.of(times, Unit.TIMES).withChange(Change.of(Direction.INCREASE, basis));
        return add(spanStart, end, q, false);
    }
}

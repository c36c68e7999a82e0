package io.github.zhibiao.numbers;

import java.math.BigDecimal;

/**
 * Reads one numeral — Arabic ("1,234.5"), Chinese ("三千五百二十一", "三点五"), financial (壹佰, after
 * normalization) or mixed ("1.8万", "3万5千", "4.2万亿") — from a normalized char array. A numeral either parses
 * completely or is rejected together with the whole run of numeral characters it belongs to ("十四五",
 * "1.1.1", "一一一"), so that callers can skip that run and the scan stays linear.
 *
 * <p>Instances are throw-away results of one read; they are not shared.
 */
final class Numeral {
    static final int MAX_DIGITS = 30;
    private static final int MAX_RUN = 40;
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    /** Offset after the numeral, or -1 when rejected. */
    int end = -1;
    /** When rejected: where the caller should resume scanning. */
    int skipTo;
    BigDecimal low;
    BigDecimal high;
    /** The written magnitude (万 = 10000), 1 when none. */
    BigDecimal magnitude = BigDecimal.ONE;
    boolean chinese;
    boolean arabic;
    /** Count of Arabic integer digits, for telling phone numbers and codes from amounts. */
    int integerDigits;
    boolean decimalPoint;
    boolean separators;
    boolean leadingZero;
    boolean moreThan;
    /** Number of chars of the numeral, excluding embedded whitespace. */
    int length;

    static boolean isChineseDigit(char c) {
        return chineseDigit(c) >= 0;
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** @return the value of a Chinese digit (零 … 九, 两 = 2, after normalization), or -1 */
    static int chineseDigit(char c) {
        return c == '两' ? 2 : DIGITS.indexOf(c);
    }

    static int smallUnit(char c) {
        switch (c) {
            case '十':
                return 10;
            case '百':
                return 100;
            case '千':
                return 1000;
            default:
                return 0;
        }
    }

    /**
     * True when the 两 at {@code p} is the weight liang (二两, 三十两, 1234两) rather than the numeral two: nothing
     * that continues a numeral or names a unit or date follows it (两百, 两天, 1980两年 and 三两个 read 两 as two).
     */
    static boolean liangIsWeight(char[] s, int p, int n) {
        if (s[p] != '两' || (p > 0 && s[p - 1] == '两')) {
            // 两两 (in pairs) is a word.
            return false;
        }
        int k = p + 1;
        if (k >= n) {
            return true;
        }
        char c = s[k];
        Lexicon lex = Lexicon.get();
        return !(canStart(c) || isMagnitude(c) || c == '点' || lex.units.longest(s, k, n) > 0
                || lex.notUnit.longest(s, k, n) > 0);
    }

    static boolean isMagnitude(char c) {
        return c == '万' || c == '亿' || smallUnit(c) > 0;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return true when a numeral can start with {@code c} */
    static boolean canStart(char c) {
        return isAsciiDigit(c) || isChineseDigit(c) || smallUnit(c) > 0 || c == '负' || c == '几' || c == '数'
                || c == '万' || c == '亿';
    }

    private static boolean isRunChar(char c) {
        return isAsciiDigit(c) || isChineseDigit(c) || isMagnitude(c) || c == '.' || c == ',' || c == ':' || c == '点';
    }

    private Numeral reject(char[] s, int from, int n) {
        int i = from;
        while (i < n && isRunChar(s[i])) {
            i++;
        }
        end = -1;
        skipTo = Math.max(i, from + 1);
        return this;
    }

    /**
     * Reads a numeral starting at {@code from}.
     *
     * @return this, with {@link #end} set, or -1 when rejected
     */
    static Numeral read(char[] s, int from, int n) {
        return new Numeral().parse(s, from, n);
    }

    private Numeral parse(char[] s, int from, int n) {
        if (spacedDiscount(s, from, n)) {
            return this;
        }
        Numeral lowRead = parse(s, from, n, false);
        if (lowRead.end >= 0 && lowRead.approximate) {
            // 几十万, 十几, 数十亿: 几 spans a range; read again with 几 at its top.
            Numeral highRead = new Numeral().parse(s, from, n, true);
            if (highRead.end == lowRead.end && highRead.high.compareTo(lowRead.low) > 0) {
                lowRead.high = highRead.high;
            }
        }
        return lowRead;
    }

    /** 7 2 折, 九 九 折: the two digits of a discount written apart; sets this numeral when they stand here. */
    private boolean spacedDiscount(char[] s, int from, int n) {
        if (from + 2 >= n || s[from + 1] != ' ') {
            return false;
        }
        boolean ascii = isAsciiDigit(s[from]);
        int first = ascii ? s[from] - '0' : chineseDigit(s[from]);
        int q = from + 1;
        while (q < n && s[q] == ' ' && q - from <= 3) {
            q++;
        }
        if (first <= 0 || q == from + 1 || q >= n || (ascii ? !isAsciiDigit(s[q]) : !isChineseDigit(s[q]))) {
            return false;
        }
        int second = ascii ? s[q] - '0' : chineseDigit(s[q]);
        int r = q + 1;
        while (r < n && s[r] == ' ' && r - q <= 3) {
            r++;
        }
        if (second < 0 || r >= n || s[r] != '折') {
            return false;
        }
        low = BigDecimal.valueOf(first * 10L + second);
        high = low;
        chinese = !ascii;
        arabic = ascii;
        integerDigits = ascii ? 2 : 0;
        end = q + 1;
        length = 2;
        return true;
    }

    /** True when a space run at {@code p} is followed by more of a Chinese numeral. */
    private static int spaceInside(char[] s, int p, int n, boolean chineseSoFar) {
        int q = p;
        while (q < n && s[q] == ' ' && q - p < 4) {
            q++;
        }
        if (q == p || q >= n) {
            return p;
        }
        char c = s[q];
        if (chineseSoFar && (isChineseDigit(c) || isMagnitude(c) || c == '点' || c == '余' || c == '几')) {
            return q;
        }
        return p;
    }

    /** For "7 万5 千4 百": after a magnitude, an Arabic number followed by a smaller unit continues. */
    private static boolean arabicContinues(char[] s, int q, int n) {
        int k = q;
        while (k < n && isAsciiDigit(s[k]) && k - q < 4) {
            k++;
        }
        return k > q && k < n && smallUnit(s[k]) > 0;
    }

    private static final BigDecimal ZHAO = YI.multiply(WAN);

    private boolean approximate;
    private BigDecimal scaleBase;

    /** @return the multiplier applied to a numeral that is one number followed by units only (三仟 → 1000), else 1 */
    BigDecimal scale() {
        return scaleBase == null ? BigDecimal.ONE
                : high.abs().divide(scaleBase.abs(), java.math.MathContext.DECIMAL128);
    }

    private Numeral parse(char[] s, int from, int n, boolean jiHigh) {
        int p = from;
        boolean negative = false;
        if (s[p] == '负' || s[p] == '-') {
            if (p + 1 >= n || !(isAsciiDigit(s[p + 1]) || isChineseDigit(s[p + 1]) || smallUnit(s[p + 1]) > 0
                    || (s[p + 1] == '.' && p + 2 < n && isAsciiDigit(s[p + 2])))) {
                end = -1;
                skipTo = from + 1;
                return this;
            }
            negative = true;
            p++;
        }
        int start = p;
        // A pair of neighbouring digits is an approximate range: 两三万 = 20000 to 30000.
        if (p + 1 < n && isChineseDigit(s[p]) && isChineseDigit(s[p + 1])
                && !(s[p] != '一' && liangIsWeight(s, p + 1, n))) {
            int a = chineseDigit(s[p]);
            int b = chineseDigit(s[p + 1]);
            boolean neighbours = a > 0 && (b == a + 1 || (a == 1 && s[p + 1] == '两') || (a == 3 && b == 5));
            if (neighbours && p + 2 < n && (isMagnitude(s[p + 2]) || !isChineseDigit(s[p + 2]))
                    && !(p + 2 < n && s[p + 2] == '折')) {
                return pair(s, start, p + 2, n, a, b == 2 && a == 1 ? 2 : b, negative);
            }
            if (s[p] != '十') {
                return digitSequence(s, start, n, negative);
            }
        }

        BigDecimal zhaoPart = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal wanPart = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal cur = null;
        BigDecimal fraction = null;
        boolean curChinese = false;
        int lastSmall = 10_000;
        int lastUnit = 0;
        int digitTokens = 0;
        BigDecimal firstDigit = null;
        /** 三点五 in 三点五千: the decimal that the units after it multiply, or null. */
        BigDecimal decimalBase = null;
        boolean zero = false;
        boolean wanSeen = false;
        boolean yiSeen = false;
        int lastEnd = p;
        while (p < n) {
            char c = s[p];
            if (c == ' ') {
                int q = spaceInside(s, p, n, chinese);
                if (q == p && digitTokens > 0 && lastUnit >= 10 && cur == null) {
                    int k = p;
                    while (k < n && s[k] == ' ' && k - p < 3) {
                        k++;
                    }
                    if (arabicContinues(s, k, n)) {
                        q = k;
                    }
                }
                if (q == p) {
                    break;
                }
                p = q;
                continue;
            }
            if (isAsciiDigit(c) || (c == '.' && p == start && p + 1 < n && isAsciiDigit(s[p + 1]))) {
                if (cur != null) {
                    break;
                }
                int q = literal(s, p, n);
                if (q < 0) {
                    return reject(s, start, n);
                }
                cur = literalValue();
                digitTokens++;
                firstDigit = firstDigit == null ? cur : firstDigit;
                q = suffixes(s, q, n);
                if (multiplierSuffix != null) {
                    cur = cur.multiply(multiplierSuffix);
                }
                curChinese = false;
                arabic = true;
                p = q;
                lastEnd = p;
                // "2.6 万家", "7 万": a magnitude may stand after a space.
                int w = p;
                while (w < n && w - p < 3 && s[w] == ' ') {
                    w++;
                }
                if (w > p && w < n && isMagnitude(s[w]) && multiplierSuffix == null) {
                    p = w;
                }
                continue;
            }
            if ((c == '几' && (p > start || (p + 1 < n && isMagnitude(s[p + 1]))))
                    || (c == '数' && p == start && p + 1 < n && isMagnitude(s[p + 1]))) {
                if (cur != null) {
                    return reject(s, start, n);
                }
                approximate = true;
                chinese = true;
                boolean leading = p == start;
                cur = jiHigh ? TEN : leading ? BigDecimal.ONE : BigDecimal.ZERO;
                if (!leading && !jiHigh) {
                    cur = null;
                    zero = true;
                }
                curChinese = false;
                p++;
                lastEnd = p;
                continue;
            }
            int d = chineseDigit(c);
            if (d >= 0) {
                if (cur != null) {
                    if (!curChinese || liangIsWeight(s, p, n)) {
                        // 12三, or 二两: the weight liang after a digit.
                        break;
                    }
                    return reject(s, start, n);
                }
                if (c == '两' && p > start && !(p + 1 < n && isMagnitude(s[p + 1]))) {
                    // 三十两, 两万两: a final 两 is the weight unit, never the digit two.
                    break;
                }
                chinese = true;
                if (d == 0 && !(p == start && p + 1 < n && s[p + 1] == '点')) {
                    zero = true;
                    p++;
                    lastEnd = p;
                    continue;
                }
                cur = BigDecimal.valueOf(d);
                digitTokens++;
                firstDigit = firstDigit == null ? cur : firstDigit;
                curChinese = true;
                p++;
                lastEnd = p;
                continue;
            }
            if (c == '点' && chinese) {
                int q = p + 1;
                while (q < n && s[q] == ' ' && q - p < 4) {
                    q++;
                }
                if (q >= n || !isChineseDigit(s[q])) {
                    break;
                }
                StringBuilder frac = new StringBuilder("0.");
                while (q < n && frac.length() < MAX_DIGITS && (isChineseDigit(s[q])
                        || (s[q] == ' ' && q + 1 < n && isChineseDigit(s[q + 1])))) {
                    if (s[q] != ' ') {
                        frac.append(chineseDigit(s[q]));
                    }
                    q++;
                }
                BigDecimal f = new BigDecimal(frac.toString());
                boolean simple = cur != null && section.signum() == 0 && wanPart.signum() == 0
                        && total.signum() == 0 && zhaoPart.signum() == 0;
                if (simple) {
                    // 三点五万: the decimal belongs to the digit, and a magnitude may follow.
                    cur = cur.add(f);
                    decimalBase = cur;
                    curChinese = false;
                } else {
                    fraction = f;
                }
                decimalPoint = true;
                p = q;
                lastEnd = p;
                if (!simple) {
                    break;
                }
                continue;
            }
            int unit = smallUnit(c);
            if (unit > 0 && p > start && Lexicon.get().units.longest(s, p, n) > p + 1) {
                // 8千米, 5万千瓦: the 千 begins a unit word, not a multiplier.
                break;
            }
            if (unit > 0) {
                if (unit >= lastSmall && p + 1 < n && s[p + 1] == '分' && (cur != null || section.signum() != 0)) {
                    // 百分之七十百分位: 百分 begins the next word.
                    break;
                }
                if (unit >= lastSmall) {
                    return reject(s, start, n);
                }
                if (cur == null) {
                    // 十五, 百万: an implicit one only at the start of a section.
                    if (!(p == start || zero || (section.signum() == 0 && lastUnit >= 10_000))) {
                        return reject(s, start, n);
                    }
                    cur = BigDecimal.ONE;
                    firstDigit = firstDigit == null ? cur : firstDigit;
                    digitTokens++;
                }
                chinese = true;
                section = section.add(cur.multiply(BigDecimal.valueOf(unit)));
                cur = null;
                lastSmall = unit;
                lastUnit = unit;
                zero = false;
                p++;
                lastEnd = p;
                continue;
            }
            if (c == '多' || c == '余') {
                // 十多万, 10余万, 五百 余万: "more than", inside the numeral before a magnitude.
                int q = p + 1;
                while (q < n && s[q] == ' ' && q - p < 3) {
                    q++;
                }
                if (q < n && (s[q] == '万' || s[q] == '亿') && (cur != null || section.signum() != 0)) {
                    moreThan = true;
                    p = q;
                    continue;
                }
                break;
            }
            if (c == '个' && p + 1 < n && s[p + 1] == '亿' && cur != null) {
                // 两个亿: colloquial for 两亿.
                p++;
                continue;
            }
            if ((c == '万' || c == '亿') && p == start && fractionFollows(s, p, n)) {
                // 万分之三, 万万分之七: a denominator written without its leading one.
                cur = BigDecimal.ONE;
                firstDigit = cur;
                digitTokens++;
            }
            if (c == '万' || c == '亿' || c == '兆') {
                BigDecimal v = section.add(cur == null ? BigDecimal.ZERO : cur);
                boolean doubled = (c == '亿' || c == '万') && p > start && s[p - 1] == '万' && v.signum() == 0;
                if (doubled) {
                    // 万亿 = 10^12, 万万 = 10^8: the 万 just read becomes part of a larger magnitude.
                    BigDecimal m = c == '亿' ? YI : WAN;
                    total = total.add(wanPart.multiply(m));
                    wanPart = BigDecimal.ZERO;
                    magnitude = WAN.multiply(m);
                    yiSeen = true;
                    wanSeen = false;
                } else {
                    if (v.signum() == 0 && cur == null) {
                        return reject(s, start, n);
                    }
                    if (c == '万') {
                        if (wanSeen) {
                            return reject(s, start, n);
                        }
                        wanPart = v.multiply(WAN);
                        wanSeen = true;
                        magnitude = magnitude.max(WAN);
                    } else if (c == '亿') {
                        if (yiSeen) {
                            return reject(s, start, n);
                        }
                        total = total.add(wanPart).add(v).multiply(YI);
                        wanPart = BigDecimal.ZERO;
                        wanSeen = false;
                        yiSeen = true;
                        magnitude = magnitude.max(YI);
                    } else {
                        if (zhaoPart.signum() != 0 || !(p + 1 < n && (isChineseDigit(s[p + 1])
                                || isAsciiDigit(s[p + 1]) || s[p + 1] == '亿' || s[p + 1] == '万'))) {
                            // 兆 as 10^12 only inside a longer numeral (五兆六十二亿); 兆瓦 is a unit.
                            break;
                        }
                        zhaoPart = total.add(wanPart).add(v).multiply(ZHAO);
                        total = BigDecimal.ZERO;
                        wanPart = BigDecimal.ZERO;
                        wanSeen = false;
                        yiSeen = false;
                        magnitude = ZHAO;
                    }
                }
                chinese = true;
                section = BigDecimal.ZERO;
                cur = null;
                lastSmall = 10_000;
                lastUnit = c == '万' ? 10_000 : 100_000_000;
                zero = false;
                p++;
                lastEnd = p;
                continue;
            }
            break;
        }
        if (lastEnd - start > MAX_RUN) {
            return reject(s, start, n);
        }
        if (digitTokens == 0 && cur == null && section.signum() == 0 && wanPart.signum() == 0
                && total.signum() == 0 && zhaoPart.signum() == 0) {
            if (zero && lastEnd == start + 1) {
                cur = BigDecimal.ZERO;
            } else if (!approximate) {
                return reject(s, start, n);
            }
        }
        if (cur != null && curChinese && !zero && lastUnit >= 100 && cur.compareTo(TEN) < 0) {
            // 一千五 = 1500, 三万五 = 35000: a last digit without its unit counts in the next lower unit.
            cur = cur.multiply(BigDecimal.valueOf(lastUnit / 10));
        }
        BigDecimal value = cur == null ? BigDecimal.ZERO : cur;
        if (chinese) {
            value = zhaoPart.add(total).add(wanPart).add(section).add(value);
        }
        if (fraction != null) {
            value = value.add(fraction);
        }
        // The number the units multiply: 3 in 三千, 1.5 in 一点五千 and in 一点五 (which then scales by 1, so that
        // 一至一点五 stays 1–1.5); never 0 (零点五).
        BigDecimal base = decimalBase != null ? decimalBase : firstDigit;
        if (digitTokens == 1 && fraction == null && !approximate && value.signum() != 0
                && base != null && base.signum() != 0 && (chinese || multiplierSuffix != null)) {
            scaleBase = base;
        }
        if (negative) {
            value = value.negate();
        }
        low = value;
        high = value;
        end = lastEnd;
        length = lastEnd - from;
        return this;
    }

    private static boolean fractionFollows(char[] s, int p, int n) {
        int q = p;
        while (q < n && q - p < 4 && (s[q] == '万' || s[q] == '亿')) {
            q++;
        }
        return q + 1 < n && s[q] == '分' && s[q + 1] == '之';
    }

    private BigDecimal multiplierSuffix;

    /**
     * Reads what may stick to an Arabic literal: an exponent (2e5, 2^5) or a web-style multiplier (15k, 30w,
     * 2.5 M). Sets {@link #multiplierSuffix}.
     */
    private int suffixes(char[] s, int q, int n) {
        multiplierSuffix = null;
        if (q >= n) {
            return q;
        }
        char c = s[q];
        int after = q + 1;
        if ((c == 'e' || c == 'E' || c == '^') && after < n) {
            int k = after;
            if (k < n && (s[k] == '+' || s[k] == '-' || s[k] == '—')) {
                k++;
            }
            int digits = k;
            while (k < n && isAsciiDigit(s[k]) && k - digits < 3) {
                k++;
            }
            if (k > digits && (k >= n || !(isAsciiLetter(s[k]) || isAsciiDigit(s[k])))) {
                int exp = Integer.parseInt(new String(s, digits, k - digits));
                boolean minus = s[after] == '-' || s[after] == '—';
                if (c == '^') {
                    BigDecimal base = literalValue();
                    if (base.signum() == 0) {
                        return q;
                    }
                    BigDecimal pow = base.pow(exp);
                    BigDecimal value = minus ? BigDecimal.ONE.divide(pow, java.math.MathContext.DECIMAL128) : pow;
                    multiplierSuffix = value.divide(base, java.math.MathContext.DECIMAL128);
                } else {
                    multiplierSuffix = minus ? BigDecimal.ONE.movePointLeft(exp) : BigDecimal.ONE.movePointRight(exp);
                }
                return k;
            }
            return q;
        }
        int k = q;
        while (k < n && s[k] == ' ' && k - q < 1) {
            k++;
        }
        if (k < n && (k + 1 >= n || !isAsciiLetter(s[k + 1])) && !(k + 1 < n && s[k + 1] >= '\u4E00'
                && s[k + 1] <= '\u9FFF' && Lexicon.get().units.longest(s, k + 1, n) < 0
                && Lexicon.get().qualifierAfter.longest(s, k + 1, n) < 0)) {
            // 15k左右, 10~15k元 — but 4K超高清 names a resolution.
            char m = s[k];
            if (m == 'k' || m == 'K') {
                // 52.5 k: one space may stand before the k.
                multiplierSuffix = THOUSAND;
            } else if (k == q && (m == 'w' || m == 'W')) {
                multiplierSuffix = WAN;
            } else if (m == 'M' && (k + 1 >= n || s[k + 1] == ' ' || s[k + 1] == ',' || s[k + 1] == '。')) {
                multiplierSuffix = MILLION;
            }
            if (multiplierSuffix != null) {
                return k + 1;
            }
        }
        return q;
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Reads a magnitude written without its one after a cue word: 超亿元, 逾万人, 近万亿元.
     *
     * @return the numeral, with {@link #end} -1 when no magnitude stands at {@code p}
     */
    /** @return true for a magnitude read by {@link #implicitOne}, which has no digit of its own */
    boolean digitless() {
        return implicit;
    }

    private boolean implicit;

    static Numeral implicitOne(char[] s, int p, int n) {
        Numeral num = new Numeral();
        num.implicit = true;
        BigDecimal m = null;
        int q = p;
        if (q < n && s[q] == '万' && q + 1 < n && s[q + 1] == '亿') {
            m = WAN.multiply(YI);
            q += 2;
        } else if (q < n && s[q] == '亿') {
            m = YI;
            q++;
        } else if (q < n && s[q] == '万') {
            m = WAN;
            q++;
        }
        if (m == null) {
            num.skipTo = p + 1;
            return num;
        }
        num.low = m;
        num.high = m;
        num.magnitude = m;
        num.chinese = true;
        num.end = q;
        num.length = q - p;
        return num;
    }

    /** 两三万, 三四十: two neighbouring digits, then optional multipliers. */
    private Numeral pair(char[] s, int start, int p, int n, int a, int b, boolean negative) {
        BigDecimal m = BigDecimal.ONE;
        int q = p;
        while (q < n && q - p < 4) {
            char c = s[q];
            if (smallUnit(c) > 0) {
                m = m.multiply(BigDecimal.valueOf(smallUnit(c)));
            } else if (c == '万') {
                m = m.multiply(WAN);
                magnitude = WAN;
            } else if (c == '亿') {
                m = m.multiply(YI);
                magnitude = YI;
            } else {
                break;
            }
            q++;
        }
        if (q < n && (isChineseDigit(s[q]) || isAsciiDigit(s[q]))) {
            return reject(s, start, n);
        }
        chinese = true;
        low = BigDecimal.valueOf(a).multiply(m);
        high = BigDecimal.valueOf(b).multiply(m);
        if (negative) {
            BigDecimal t = low.negate();
            low = high.negate();
            high = t;
        }
        end = q;
        length = q - start;
        return this;
    }

    /** 二〇二五: a digit-by-digit numeral; only accepted when it holds a zero, as years and codes do. */
    private Numeral digitSequence(char[] s, int start, int n, boolean negative) {
        int q = start;
        boolean hasZero = false;
        StringBuilder b = new StringBuilder();
        while (q < n && isChineseDigit(s[q]) && b.length() <= MAX_DIGITS) {
            int d = chineseDigit(s[q]);
            hasZero |= d == 0;
            b.append(d);
            q++;
        }
        boolean discount = q < n && s[q] == '折' && b.length() == 2;
        if ((!hasZero && !discount) || b.length() > MAX_DIGITS || (q < n && (isMagnitude(s[q]) || s[q] == '点'))) {
            return reject(s, start, n);
        }
        chinese = true;
        BigDecimal v = new BigDecimal(b.toString());
        low = negative ? v.negate() : v;
        high = low;
        end = q;
        length = q - start;
        return this;
    }

    private char[] buffer;
    private int bufferLength;

    /** The literal in {@link #buffer} as a BigDecimal, without parsing a string for short literals. */
    private BigDecimal literalValue() {
        if (bufferLength <= 18) {
            long unscaled = 0;
            int scaleDigits = -1;
            for (int i = 0; i < bufferLength; i++) {
                char c = buffer[i];
                if (c == '.') {
                    scaleDigits = 0;
                } else {
                    unscaled = unscaled * 10 + (c - '0');
                    if (scaleDigits >= 0) {
                        scaleDigits++;
                    }
                }
            }
            return scaleDigits <= 0 ? BigDecimal.valueOf(unscaled) : BigDecimal.valueOf(unscaled, scaleDigits);
        }
        return new BigDecimal(buffer, 0, bufferLength);
    }

    /**
     * Reads "1,234.5" into {@link #buffer}. Commas separate thousands only when every group after the first
     * has exactly three digits.
     *
     * @return the offset after the literal, or -1 for a run that is no amount (1.1.1, 16:37, too long)
     */
    private int literal(char[] s, int p, int n) {
        bufferLength = 0;
        if (buffer == null) {
            buffer = new char[MAX_DIGITS + 2];
        }
        int q = p;
        int firstGroup = 0;
        leadingZero = s[p] == '0' && p + 1 < n && isAsciiDigit(s[p + 1]);
        while (q < n && isAsciiDigit(s[q])) {
            if (bufferLength >= MAX_DIGITS) {
                return -1;
            }
            buffer[bufferLength++] = s[q++];
            firstGroup++;
        }
        if (firstGroup <= 3) {
            while (q + 3 < n + 0 && s[q] == ',' && isAsciiDigit(s[q + 1]) && isAsciiDigit(s[q + 2])
                    && isAsciiDigit(s[q + 3]) && (q + 4 >= n || !isAsciiDigit(s[q + 4]))) {
                if (bufferLength + 3 >= MAX_DIGITS) {
                    return -1;
                }
                buffer[bufferLength++] = s[q + 1];
                buffer[bufferLength++] = s[q + 2];
                buffer[bufferLength++] = s[q + 3];
                separators = true;
                q += 4;
            }
        }
        integerDigits = bufferLength;
        int afterPoint = q + 1;
        while (afterPoint < n && s[afterPoint] == ' ' && afterPoint - q <= 8) {
            // "12." and "5%" on two lines: a line break after the decimal point of a converted document.
            afterPoint++;
        }
        if (afterPoint < n && s[q] == '.' && isAsciiDigit(s[afterPoint])) {
            buffer[bufferLength++] = '.';
            q = afterPoint;
            while (q < n && isAsciiDigit(s[q])) {
                if (bufferLength >= buffer.length) {
                    return -1;
                }
                buffer[bufferLength++] = s[q++];
            }
            decimalPoint = true;
            if (q + 1 < n && s[q] == '.' && isAsciiDigit(s[q + 1])) {
                return -1;
            }
        }
        if (q + 1 < n && (s[q] == ':') && isAsciiDigit(s[q + 1])) {
            return -1;
        }
        return q;
    }
}

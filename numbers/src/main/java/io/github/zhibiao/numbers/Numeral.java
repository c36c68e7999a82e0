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

    static int chineseDigit(char c) {
        switch (c) {
            case '零':
                return 0;
            case '一':
                return 1;
            case '二':
            case '两':
                return 2;
            case '三':
                return 3;
            case '四':
                return 4;
            case '五':
                return 5;
            case '六':
                return 6;
            case '七':
                return 7;
            case '八':
                return 8;
            case '九':
                return 9;
            default:
                return -1;
        }
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

    static boolean isMagnitude(char c) {
        return c == '万' || c == '亿' || smallUnit(c) > 0;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return true when a numeral can start with {@code c} */
    static boolean canStart(char c) {
        return isAsciiDigit(c) || isChineseDigit(c) || smallUnit(c) > 0 || c == '负';
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
        int p = from;
        boolean negative = false;
        if (s[p] == '负' || s[p] == '-') {
            if (p + 1 >= n || !(isAsciiDigit(s[p + 1]) || isChineseDigit(s[p + 1]) || smallUnit(s[p + 1]) > 0)) {
                end = -1;
                skipTo = from + 1;
                return this;
            }
            negative = true;
            p++;
        }
        int start = p;
        // A pair of neighbouring digits is an approximate range: 两三万 = 20000 to 30000.
        if (p + 1 < n && isChineseDigit(s[p]) && isChineseDigit(s[p + 1])) {
            int a = chineseDigit(s[p]);
            int b = chineseDigit(s[p + 1]);
            if (a > 0 && (b == a + 1 || (a == 1 && s[p + 1] == '两'))) {
                return pair(s, start, p + 2, n, a, b == 2 && a == 1 ? 2 : b, negative);
            }
            return digitSequence(s, start, n, negative);
        }

        BigDecimal total = BigDecimal.ZERO;
        BigDecimal wanPart = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal cur = null;
        boolean curChinese = false;
        int lastSmall = 10_000;
        int lastUnit = 0;
        boolean zero = false;
        boolean wanSeen = false;
        boolean yiSeen = false;
        int lastEnd = p;
        while (p < n) {
            char c = s[p];
            if (isAsciiDigit(c)) {
                if (cur != null) {
                    break;
                }
                int q = literal(s, p, n);
                if (q < 0) {
                    return reject(s, start, n);
                }
                cur = new BigDecimal(buffer, 0, bufferLength);
                curChinese = false;
                arabic = true;
                p = q;
                lastEnd = p;
                // "2.6 万家": a magnitude may stand after a space.
                int w = p;
                while (w < n && w - p < 3 && s[w] == ' ') {
                    w++;
                }
                if (w > p && w < n && (s[w] == '万' || s[w] == '亿')) {
                    p = w;
                }
                continue;
            }
            int d = chineseDigit(c);
            if (d >= 0) {
                if (cur != null) {
                    if (!curChinese) {
                        break;
                    }
                    return reject(s, start, n);
                }
                chinese = true;
                if (d == 0 && !(p == start && p + 1 < n && s[p + 1] == '点')) {
                    zero = true;
                    p++;
                    lastEnd = p;
                    continue;
                }
                cur = BigDecimal.valueOf(d);
                curChinese = true;
                p++;
                lastEnd = p;
                if (p + 1 < n && s[p] == '点' && isChineseDigit(s[p + 1]) && section.signum() == 0
                        && wanPart.signum() == 0 && total.signum() == 0) {
                    StringBuilder frac = new StringBuilder().append(d).append('.');
                    p++;
                    while (p < n && isChineseDigit(s[p]) && frac.length() < MAX_DIGITS) {
                        frac.append(chineseDigit(s[p]));
                        p++;
                    }
                    cur = new BigDecimal(frac.toString());
                    lastEnd = p;
                    curChinese = false;
                }
                continue;
            }
            int unit = smallUnit(c);
            if (unit > 0 && p > start && Lexicon.get().units.longest(s, p, n) > p + 1) {
                // 8千米, 5万千瓦: the 千 begins a unit word, not a multiplier.
                break;
            }
            if (unit > 0) {
                if (unit >= lastSmall) {
                    return reject(s, start, n);
                }
                if (cur == null) {
                    // 十五, 百万: an implicit one only at the start of a section.
                    if (section.signum() != 0 || (p != start && !(zero || lastUnit >= 10_000))) {
                        return reject(s, start, n);
                    }
                    cur = BigDecimal.ONE;
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
                // 十多万, 10余万: "more than", inside the numeral before a magnitude.
                if (p + 1 < n && (s[p + 1] == '万' || s[p + 1] == '亿') && (cur != null || section.signum() != 0)) {
                    moreThan = true;
                    p++;
                    continue;
                }
                break;
            }
            if (c == '万' || c == '亿') {
                BigDecimal v = section.add(cur == null ? BigDecimal.ZERO : cur);
                boolean wanYi = c == '亿' && p > start && s[p - 1] == '万' && v.signum() == 0;
                if (wanYi) {
                    // 万亿: the 万 just read becomes part of a 10^12 magnitude.
                    total = total.add(wanPart).multiply(YI);
                    wanPart = BigDecimal.ZERO;
                    magnitude = WAN.multiply(YI);
                    yiSeen = true;
                } else {
                    if (v.signum() == 0) {
                        return reject(s, start, n);
                    }
                    if (c == '万') {
                        if (wanSeen) {
                            return reject(s, start, n);
                        }
                        wanPart = v.multiply(WAN);
                        wanSeen = true;
                        magnitude = WAN;
                    } else {
                        if (yiSeen) {
                            return reject(s, start, n);
                        }
                        total = total.add(wanPart).add(v).multiply(YI);
                        wanPart = BigDecimal.ZERO;
                        wanSeen = false;
                        yiSeen = true;
                        magnitude = YI;
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
        if (cur == null && section.signum() == 0 && wanPart.signum() == 0 && total.signum() == 0) {
            if (zero && lastEnd == start + 1) {
                cur = BigDecimal.ZERO;
            } else {
                return reject(s, start, n);
            }
        }
        if (cur != null && curChinese && !zero && lastUnit >= 100 && cur.compareTo(TEN) < 0) {
            // 一千五 = 1500, 三万五 = 35000: a last digit without its unit counts in the next lower unit.
            cur = cur.multiply(BigDecimal.valueOf(lastUnit / 10));
        }
        BigDecimal value = total.add(wanPart).add(section).add(cur == null ? BigDecimal.ZERO : cur);
        if (negative) {
            value = value.negate();
        }
        low = value;
        high = value;
        end = lastEnd;
        length = lastEnd - from;
        return this;
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
        if (!hasZero || b.length() > MAX_DIGITS || (q < n && (isMagnitude(s[q]) || s[q] == '点'))) {
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

    private final char[] buffer = new char[MAX_DIGITS + 2];
    private int bufferLength;

    /**
     * Reads "1,234.5" into {@link #buffer}. Commas separate thousands only when every group after the first
     * has exactly three digits.
     *
     * @return the offset after the literal, or -1 for a run that is no amount (1.1.1, 16:37, too long)
     */
    private int literal(char[] s, int p, int n) {
        bufferLength = 0;
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
        if (q + 1 < n && s[q] == '.' && isAsciiDigit(s[q + 1])) {
            buffer[bufferLength++] = '.';
            q++;
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

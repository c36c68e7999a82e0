package io.github.zhibiao.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Detects a report's date, region and kind from its text: the dateline of a work report
 * ("——2026年1月27日在平阴县第十九届人民代表大会第六次会议上"), the header of a web page ("发布时间:2024-09-11",
 * "2020-05-14 09:24:00 来源:济南市济阳区政府"), and, for the region, the name the text uses most.
 *
 * <p>Stateless and thread-safe.
 */
final class ContextDetector {
    private static final int HEADER = 1500;
    private static final int REGION_SCAN = 200_000;

    private ContextDetector() {
    }

    static ReportContext detect(char[] t) {
        ReportContext ctx = ReportContext.empty();
        int headerEnd = Math.min(t.length, HEADER);
        // The header with spaces and line breaks removed ("政 府 工 作 报 告" → "政府工作报告").
        StringBuilder compact = new StringBuilder();
        for (int i = 0; i < headerEnd; i++) {
            char c = t[i];
            if (c != ' ' && c != '\n') {
                compact.append(c);
            }
        }
        String h = compact.toString();
        LocalDate date = date(new String(t, 0, headerEnd));
        if (date != null) {
            ctx = ctx.withDate(date);
        }
        ctx = ctx.withKind(kind(h));
        String region = headerRegion(h);
        if (region == null) {
            region = frequentRegion(t);
        }
        if (region != null) {
            ctx = ctx.withRegion(region);
        }
        return ctx;
    }

    private static ReportKind kind(String h) {
        int title = h.indexOf("政府工作报告");
        if (title >= 0 && !newsBefore(h, title) || h.contains("人民代表大会") && (h.contains("报告工作")
                || h.contains("会议上")) || h.startsWith("各位代表") && (h.contains("向大会报告")
                || h.contains("报告工作") || h.contains("政府工作"))) {
            return ReportKind.WORK_REPORT;
        }
        int communique = h.indexOf("统计公报");
        if (communique >= 0 && !newsBefore(h, communique)) {
            return ReportKind.STATISTICAL_COMMUNIQUE;
        }
        for (String w : Lexicon.words("NEWS_BYLINE_WORDS")) {
            if (h.contains(w)) {
                return ReportKind.NEWS;
            }
        }
        return ReportKind.UNKNOWN;
    }

    /**
     * True when a news page's byline ("来源：", "发布时间") comes before {@code end}: the page is news that names a
     * work report or communiqué in passing or in a link ("一图读懂2024年区政府工作报告"), unless a delivery line says otherwise.
     */
    private static boolean newsBefore(String h, int end) {
        int source = h.indexOf("来源");
        int time = h.indexOf("发布时间");
        return source >= 0 && source < end || time >= 0 && time < end;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String s, int i) {
        int j = i;
        while (j < s.length() && digit(s.charAt(j))) {
            j++;
        }
        return j - i;
    }

    private static LocalDate make(String y, String m, String d) {
        try {
            LocalDate v = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return v.getYear() >= 1949 && v.getYear() <= 2100 ? v : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * A dated dateline wins; else a numeric date of the page header; else a Chinese date near the top; else a month
     * in brackets ("（2023年9月）", read as its first day).
     */
    static LocalDate date(String h) {
        LocalDate numeric = null;
        LocalDate chinese = null;
        LocalDate dateline = null;
        LocalDate monthOnly = null;
        for (int i = 0; i < h.length(); i++) {
            if (!digit(h.charAt(i)) || i > 0 && digit(h.charAt(i - 1))) {
                continue;
            }
            int n = digits(h, i);
            if (n != 4) {
                continue;
            }
            int k = i + 4;
            if (k >= h.length()) {
                break;
            }
            char sep = h.charAt(k);
            if (sep == '-' || sep == '/' || sep == '.') {
                int m = digits(h, k + 1);
                if (m >= 1 && m <= 2 && k + 1 + m < h.length() && h.charAt(k + 1 + m) == sep) {
                    int d = digits(h, k + 2 + m);
                    if (d >= 1 && d <= 2) {
                        LocalDate v = make(h.substring(i, i + 4), h.substring(k + 1, k + 1 + m),
                                h.substring(k + 2 + m, k + 2 + m + d));
                        if (v != null && numeric == null) {
                            numeric = v;
                        }
                    }
                }
            } else if (sep == '年') {
                int m = digits(h, k + 1);
                if (m >= 1 && m <= 2 && k + 1 + m < h.length() && h.charAt(k + 1 + m) == '月') {
                    int d = digits(h, k + 2 + m);
                    int close = k + 2 + m;
                    if (d == 0 && monthOnly == null && i > 0 && close < h.length()
                            && (h.charAt(i - 1) == '（' || h.charAt(i - 1) == '(')
                            && (h.charAt(close) == '）' || h.charAt(close) == ')')) {
                        // "（2023年9月）" under the title of a plan review or a speech.
                        monthOnly = make(h.substring(i, i + 4), h.substring(k + 1, k + 1 + m), "1");
                    }
                    int e = k + 2 + m + d;
                    if (d >= 1 && d <= 2 && e < h.length() && (h.charAt(e) == '日' || h.charAt(e) == '号')) {
                        LocalDate v = make(h.substring(i, i + 4), h.substring(k + 1, k + 1 + m),
                                h.substring(k + 2 + m, e));
                        if (v == null) {
                            continue;
                        }
                        // "——2026年1月27日在…", and "（2007年1月30日）" on its own under a work report's title.
                        boolean line = i > 0 && (h.charAt(i - 1) == '\u2014' || h.charAt(i - 1) == '-')
                                || e + 1 < h.length() && h.charAt(e + 1) == '在'
                                || i > 0 && (h.charAt(i - 1) == '（' || h.charAt(i - 1) == '(') && e + 1 < h.length()
                                && (h.charAt(e + 1) == '）' || h.charAt(e + 1) == ')');
                        if (line && dateline == null) {
                            dateline = v;
                        }
                        if (chinese == null && i < 300) {
                            chinese = v;
                        }
                    }
                }
            }
        }
        if (dateline != null) {
            return dateline;
        }
        if (numeric != null) {
            return numeric;
        }
        return chinese != null ? chinese : monthOnly;
    }

    /** "在平阴县第十九届人民代表大会", "来源:济南市济阳区政府": the last region named there. */
    private static String headerRegion(String h) {
        int council = h.indexOf("国务院");
        if (council >= 0 && council < 200 && (h.contains("代表国务院") || h.contains("国务院总理"))) {
            return "全国"; // "我代表国务院向大会报告": the State Council's report is about the whole country
        }
        int congress = h.indexOf("人民代表大会");
        if (congress > 0) {
            int at = h.lastIndexOf('在', congress);
            if (at >= 0 && congress - at < 30) {
                String r = lastRegion(h, at + 1, congress);
                if (r != null) {
                    return r;
                }
            }
        }
        int source = h.indexOf("来源");
        while (source >= 0) {
            int s = source + 2;
            if (s < h.length() && (h.charAt(s) == ':' || h.charAt(s) == '：')) {
                s++;
            }
            int e = s;
            while (e < h.length() && e - s < 20 && Regions.cjk(h.charAt(e))) {
                e++;
            }
            String r = lastRegion(h, s, e);
            if (r != null) {
                return r;
            }
            source = h.indexOf("来源", source + 2);
        }
        return null;
    }

    private static String lastRegion(String h, int from, int to) {
        char[] t = h.toCharArray();
        String found = null;
        for (int p = from; p < to; p++) {
            int s = Regions.nameStartingBefore(t, p, from, to);
            if (s >= 0) {
                found = h.substring(s, p + 1);
            }
        }
        return found;
    }

    /** How often each region name occurs in the first part of the text. */
    static Map<String, Integer> regionCounts(char[] t) {
        Map<String, Integer> counts = new HashMap<>();
        int end = Math.min(t.length, REGION_SCAN);
        for (int p = 2; p < end; p++) {
            int s = Regions.nameStartingBefore(t, p, 0, end);
            if (s >= 0) {
                counts.merge(new String(t, s, p + 1 - s), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The region name used most often; at equal counts the smaller unit (县, 区) wins over 市 and 省. */
    private static String frequentRegion(char[] t) {
        Map<String, Integer> counts = regionCounts(t);
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            char[] name = e.getKey().toCharArray();
            if (e.getKey().endsWith("地区") && !Gazetteer.get().isName(name, 0, name.length)) {
                continue; // 民族地区, 西部地区: a kind of area, not a region (阿克苏地区 is one)
            }
            char suffix = e.getKey().charAt(e.getKey().length() - 1);
            int score = e.getValue() * 4 + (suffix == '县' || suffix == '区' || suffix == '旗' ? 2 : 0);
            if (score > bestScore || score == bestScore && best != null && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return bestScore >= 8 ? best : null;
    }
}

package io.github.zhibiao.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report is: its date, its region and its kind. {@link ReportParser} detects these from headers such as
 * "——2026年1月27日在平阴县第十九届人民代表大会第六次会议上", "发布时间:2024-09-11" or
 * "2020-05-14 09:24:00 来源:济南市济阳区政府"; a caller may override any of them.
 *
 * <pre>{@code
 * ReportContext overrides = ReportContext.empty().withDate(LocalDate.of(2026, 1, 27)).withRegion("平阴县");
 * Report report = parser.parse(text, overrides);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportContext {
    private static final ReportContext EMPTY = new ReportContext(null, null, ReportKind.UNKNOWN);

    private final LocalDate date;
    private final String region;
    private final ReportKind kind;

    private ReportContext(LocalDate date, String region, ReportKind kind) {
        this.date = date;
        this.region = region;
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns a context that knows nothing: no date, no region, kind {@link ReportKind#UNKNOWN}. As overrides it
     * overrides nothing.
     *
     * @return the empty context, never null
     */
    public static ReportContext empty() {
        return EMPTY;
    }

    /**
     * Creates a context with all three parts.
     *
     * @param date the report's date, not null
     * @param region the report's region, such as "平阴县", not null, not blank
     * @param kind the kind, not null
     * @return the context, never null
     * @throws ReportInputException if {@code region} is blank
     */
    public static ReportContext of(LocalDate date, String region, ReportKind kind) {
        return empty().withDate(date).withRegion(region).withKind(kind);
    }

    /** @return the date the report was given or published, when known */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** @return the region the report is about ("平阴县"), when known; 全县 in the text means this region */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** @return the kind of document, never null ({@link ReportKind#UNKNOWN} when not recognised) */
    public ReportKind kind() {
        return kind;
    }

    /**
     * Returns a copy with the given date.
     *
     * @param newDate the date, not null
     * @return the copy, never null
     */
    public ReportContext withDate(LocalDate newDate) {
        return new ReportContext(Objects.requireNonNull(newDate, "date"), region, kind);
    }

    /**
     * Returns a copy with the given region.
     *
     * @param newRegion the region, such as "济阳区", not null, not blank
     * @return the copy, never null
     * @throws ReportInputException if {@code newRegion} is blank
     */
    public ReportContext withRegion(String newRegion) {
        Objects.requireNonNull(newRegion, "region");
        if (newRegion.isBlank()) {
            throw new ReportInputException("region must not be blank", newRegion, 0);
        }
        return new ReportContext(date, newRegion.strip(), kind);
    }

    /**
     * Returns a copy with the given kind.
     *
     * @param newKind the kind, not null
     * @return the copy, never null
     */
    public ReportContext withKind(ReportKind newKind) {
        return new ReportContext(date, region, Objects.requireNonNull(newKind, "kind"));
    }

    /**
     * Returns this context with every part that {@code overrides} knows replaced by the override.
     *
     * @param overrides the overrides, not null; its unknown parts change nothing
     * @return the merged context, never null
     */
    ReportContext overriddenBy(ReportContext overrides) {
        return new ReportContext(overrides.date != null ? overrides.date : date,
                overrides.region != null ? overrides.region : region,
                overrides.kind != ReportKind.UNKNOWN ? overrides.kind : kind);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ReportContext)) {
            return false;
        }
        ReportContext c = (ReportContext) o;
        return Objects.equals(date, c.date) && Objects.equals(region, c.region) && kind == c.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, region, kind);
    }

    /** @return e.g. "2026-01-27 平阴县 WORK_REPORT" */
    @Override
    public String toString() {
        return (date == null ? "?" : date.toString()) + " " + (region == null ? "?" : region) + " " + kind;
    }
}

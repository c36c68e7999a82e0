package io.github.zhibiao.core;

import io.github.zhibiao.numbers.Quantities;
import io.github.zhibiao.numbers.QuantityMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The front door of the core module: reads a government work report, a statistical communiqué or an economic
 * news article and returns every headline indicator it states, as facts (what was achieved) and targets (what is
 * planned).
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.create();
 * Report report = parser.parse("2025年，全县地区生产总值增长5.8%。主要预期目标是：全县地区生产总值增长5.2%左右。");
 * for (Statement s : report.statements()) {
 *     System.out.println(s);   // FACT GDP(地区生产总值) … 2025 …, TARGET GDP(地区生产总值) … commitment=主要预期目标
 * }
 * }</pre>
 *
 * <p>The report's date, region and kind are detected from its header; the builder (or
 * {@link #parse(CharSequence, ReportContext)}) overrides them. Parsing never throws on any text: empty text,
 * binary garbage and HTML residue give a report with fewer or no statements.
 *
 * <p>This class is immutable and thread-safe: one parser may serve any number of threads.
 */
public final class ReportParser {
    private static final Function<CharSequence, List<QuantityMention>> NUMBERS = Quantities::scan;

    private final IndicatorCatalog catalog;
    private final ReportContext overrides;
    private final Function<CharSequence, List<QuantityMention>> scanner;

    private ReportParser(IndicatorCatalog catalog, ReportContext overrides,
            Function<CharSequence, List<QuantityMention>> scanner) {
        this.catalog = catalog;
        this.overrides = overrides;
        this.scanner = scanner;
    }

    /**
     * Returns a parser with the default catalog and no overrides.
     *
     * @return the parser, never null
     */
    public static ReportParser create() {
        return builder().build();
    }

    /**
     * Returns a builder for a parser with its own catalog or fixed date, region or kind.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a report, detecting its date, region and kind (unless the builder fixed them).
     *
     * @param text the whole report, not null
     * @return the report, never null
     * @throws NullPointerException if {@code text} is null
     */
    public Report parse(CharSequence text) {
        return parse(text, ReportContext.empty());
    }

    /**
     * Reads a report; every part that {@code overrides} knows (date, region, kind other than
     * {@link ReportKind#UNKNOWN}) replaces what is detected and what the builder fixed:
     * {@code parse(text, ReportContext.empty().withDate(LocalDate.of(2022, 4, 15)))}.
     *
     * @param text the whole report, not null
     * @param overrides the overrides, not null; {@link ReportContext#empty()} overrides nothing
     * @return the report, never null
     * @throws NullPointerException if an argument is null
     */
    public Report parse(CharSequence text, ReportContext overrides) {
        return parse(text, overrides, null);
    }

    /**
     * Reads a report that came from a file: like {@link #parse(CharSequence, ReportContext)}, and a year in the
     * file's name ("2019.txt", "hailaer_2016.txt") stands in for the report's year when neither a date line, a
     * title nor a dated heading gives it (the report then carries a warning saying so).
     *
     * @param text the whole report, not null
     * @param overrides the overrides, not null; {@link ReportContext#empty()} overrides nothing
     * @param sourceName the file name or path the text came from, or null when there is none
     * @return the report, never null
     * @throws NullPointerException if {@code text} or {@code overrides} is null
     */
    public Report parse(CharSequence text, ReportContext overrides, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(overrides, "overrides");
        Invisibles cleaned = Invisibles.clean(text);
        if (cleaned != null) {
            // "生产总\u200B值", "7 4 7 7 2 亿元": read without what cuts words and numbers apart, report on the original.
            return read(cleaned.text(), overrides, sourceName).remapped(cleaned, text);
        }
        return read(text, overrides, sourceName);
    }

    private Report read(CharSequence text, ReportContext overrides, String sourceName) {
        char[] normalized = TextNormalizer.normalize(text);
        ReportContext context = ContextDetector.detect(normalized).overriddenBy(this.overrides)
                .overriddenBy(overrides);
        return new Extractor(catalog, scanner, text, normalized, context, sourceName).run();
    }

    /** @return the catalog this parser uses, never null */
    public IndicatorCatalog catalog() {
        return catalog;
    }

    /** For tests: the same parser with another quantity scanner. */
    ReportParser withScanner(Function<CharSequence, List<QuantityMention>> newScanner) {
        return new ReportParser(catalog, overrides, Objects.requireNonNull(newScanner, "scanner"));
    }

    /**
     * Builds a {@link ReportParser}.
     *
     * <p>A builder is mutable and not thread-safe; the parsers it builds are immutable and thread-safe.
     */
    public static final class Builder {
        private IndicatorCatalog catalog = null;
        private ReportContext overrides = ReportContext.empty();

        private Builder() {
        }

        /**
         * Sets the catalog, for example {@code IndicatorCatalog.defaults().with(myIndicator)}.
         *
         * @param newCatalog the catalog, not null
         * @return this builder
         */
        public Builder catalog(IndicatorCatalog newCatalog) {
            this.catalog = Objects.requireNonNull(newCatalog, "catalog");
            return this;
        }

        /**
         * Fixes the report date for every report, instead of detecting it ("--date 2026-01-27").
         *
         * @param date the date, not null
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.overrides = overrides.withDate(date);
            return this;
        }

        /**
         * Fixes the report region for every report ("--region 平阴县"); 全县 in the text then means it.
         *
         * @param region the region, not null, not blank
         * @return this builder
         * @throws ReportInputException if {@code region} is blank
         */
        public Builder region(String region) {
            this.overrides = overrides.withRegion(region);
            return this;
        }

        /**
         * Fixes the report kind for every report.
         *
         * @param kind the kind, not null; {@link ReportKind#UNKNOWN} means detect
         * @return this builder
         */
        public Builder kind(ReportKind kind) {
            this.overrides = overrides.withKind(kind);
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return the parser, never null
         */
        public ReportParser build() {
            IndicatorCatalog c = catalog != null ? catalog : IndicatorCatalog.defaults();
            return new ReportParser(c, overrides, NUMBERS);
        }
    }
}

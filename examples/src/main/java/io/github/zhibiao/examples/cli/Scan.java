package io.github.zhibiao.examples.cli;

import io.github.zhibiao.numbers.Quantities;
import io.github.zhibiao.numbers.QuantityMention;
import io.github.zhibiao.numbers.ScanOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code quantities} command: every quantity of each section with {@link Quantities#scan}, placed in the
 * whole input.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class Scan implements Job<QuantityMention> {
    static final Scan INSTANCE = new Scan(ScanOptions.report());
    /** {@code --text general}: text that is no report, where a lone numeral may be a word (答案是四不是五). */
    static final Scan GENERAL = new Scan(ScanOptions.general());

    private final ScanOptions options;

    private Scan(ScanOptions options) {
        this.options = options;
    }

    @Override
    public Layout<QuantityMention> layout() {
        return QuantityLayout.INSTANCE;
    }

    @Override
    public List<QuantityMention> find(Input input, SourceReader.Section section, List<String> warnings,
            List<String> notes) {
        List<QuantityMention> found = Quantities.scan(section.text(), options);
        if (section.offset() == 0) {
            return found;
        }
        List<QuantityMention> shifted = new ArrayList<>(found.size());
        for (QuantityMention m : found) {
            shifted.add(Extract.shift(m, section.offset()));
        }
        return shifted;
    }
}

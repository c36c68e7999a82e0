package io.github.zhibiao.core;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A ranking stated with a value: "增幅全市第一" is {@code Rank} 1 within 全市, "居全市第三" is 3 within 全市,
 * "增幅居全市前列" has the scope 全市 and no position.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rank {
    private final String scope;
    private final int position;
    private final String text;

    private Rank(String scope, int position, String text) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.text = Objects.requireNonNull(text, "text");
        this.position = position;
    }

    /**
     * Creates a rank.
     *
     * @param scope where the ranking holds, such as "全市", not null (may be empty when the text names none)
     * @param position the place, 1 for first; 0 or less when the text gives none (前列)
     * @param text the words as written, such as "全市第三", not null
     * @return the rank, never null
     */
    public static Rank of(String scope, int position, String text) {
        return new Rank(scope, Math.max(position, 0), text);
    }

    /** @return the scope as written ("全市", "全省"), never null, possibly empty */
    public String scope() {
        return scope;
    }

    /** @return the place (1 for 第一 or 首位), or empty for 前列 */
    public OptionalInt position() {
        return position > 0 ? OptionalInt.of(position) : OptionalInt.empty();
    }

    /** @return the words as written ("全市第三"), never null */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Rank)) {
            return false;
        }
        Rank r = (Rank) o;
        return position == r.position && scope.equals(r.scope) && text.equals(r.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, position, text);
    }

    /** @return the words as written, such as "全市第三" */
    @Override
    public String toString() {
        return text;
    }
}

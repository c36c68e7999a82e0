package io.github.zhibiao.core;

import java.util.Objects;

/**
 * A section of a report: its heading ("一、2025年工作回顾", "（二）“十五五”时期主要目标", "2026年重点工作"), its level
 * (1 for 一、 or 第一部分 and for plain headings that frame time, 2 for （一）, 3 for 1. and （1）) and its span
 * {@code [start, end)} in the text, from the heading to the next heading of the same or a higher level. Its
 * {@link TimeFrame} dates the statements under it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Section {
    private final int level;
    private final String heading;
    private final int start;
    private final int headingEnd;
    private final int end;
    private final TimeFrame frame;

    private Section(int level, String heading, int start, int headingEnd, int end, TimeFrame frame) {
        this.level = level;
        this.heading = Objects.requireNonNull(heading, "heading");
        this.start = start;
        this.headingEnd = headingEnd;
        this.end = end;
        this.frame = Objects.requireNonNull(frame, "frame");
    }

    static Section of(int level, String heading, int start, int headingEnd, int end, TimeFrame frame) {
        return new Section(level, heading, start, headingEnd, end, frame);
    }

    /** This section read from a cleaned copy of {@code original}, with its offsets and heading mapped back. */
    Section remapped(Invisibles map, CharSequence original) {
        int s = map.start(start);
        int h = map.end(headingEnd);
        return new Section(level, original.subSequence(s, h).toString(), s, h, map.end(end), frame);
    }

    /** @return 1 for the top level (一、, 第一部分), 2 for （一）, 3 and deeper for 1. and （1） */
    public int level() {
        return level;
    }

    /** @return the heading as written, marks and line breaks inside it kept; never null */
    public String heading() {
        return heading;
    }

    /** @return the UTF-16 offset where the heading starts */
    public int start() {
        return start;
    }

    /** @return the UTF-16 offset where the heading ends and the section's body begins */
    public int headingEnd() {
        return headingEnd;
    }

    /** @return the UTF-16 offset where the section ends (exclusive): the next heading of its level or above */
    public int end() {
        return end;
    }

    /** @return the time the section speaks of, never null ({@link TimeFrame#none()} when its heading names none) */
    public TimeFrame frame() {
        return frame;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Section)) {
            return false;
        }
        Section s = (Section) o;
        return level == s.level && start == s.start && headingEnd == s.headingEnd && end == s.end
                && heading.equals(s.heading) && frame.equals(s.frame);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, heading, start, headingEnd, end, frame);
    }

    /** @return e.g. "Section[1 一、2025年工作回顾 @[120,5230) REVIEW 2025]" */
    @Override
    public String toString() {
        return "Section[" + level + " " + heading + " @[" + start + "," + end + ") " + frame + "]";
    }
}

package io.github.zhibiao.examples.spark;

import io.github.zhibiao.core.Period;
import io.github.zhibiao.core.Statement;
import io.github.zhibiao.numbers.Change;
import io.github.zhibiao.numbers.Quantity;
import java.io.Serializable;
import java.util.Locale;

/**
 * One row of the statements table: one fact or target of one report, flattened into columns that Parquet and JSON
 * hold as they are ({@code value} and {@code change} as plain decimal strings, never doubles). A Java bean, so that
 * {@code Encoders.bean(StatementRow.class)} gives Spark its schema.
 *
 * <p>Instances are mutable (as beans are) and not thread-safe; each belongs to one task.
 */
public final class StatementRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String file;
    private String kind;
    private String indicator;
    private String name;
    private String subject;
    private String period;
    private String value;
    private String valueLow;
    private String valueHigh;
    private String valueUnit;
    private String change;
    private String changeUnit;
    private String changeDirection;
    private String changeBasis;
    private String commitment;
    private boolean estimated;
    private String text;
    private int start;
    private int end;

    /** An empty row, for Spark's bean encoder. */
    public StatementRow() {
    }

    /**
     * Flattens a statement: "全县地区生产总值增长5.8%" becomes indicator GDP, change 5.8, change unit PERCENT.
     *
     * @param file the report's path, not null
     * @param s the statement, not null
     * @return the row, never null
     */
    public static StatementRow of(String file, Statement s) {
        StatementRow r = new StatementRow();
        r.file = file;
        r.kind = s.kind().name().toLowerCase(Locale.ROOT);
        r.indicator = s.indicatorCode();
        r.name = s.name();
        r.subject = s.subject().orElse(null);
        r.period = s.period().map(Period::toIsoString).orElse(null);
        Quantity v = s.value().orElse(null);
        if (v != null) {
            r.value = v.isRange() ? null : v.value().toPlainString();
            r.valueLow = v.isRange() ? v.low().toPlainString() : null;
            r.valueHigh = v.isRange() ? v.high().toPlainString() : null;
            r.valueUnit = v.unit().name();
        }
        Quantity c = s.change().orElse(null);
        if (c != null) {
            r.change = c.isRange() ? c.low().toPlainString() + "/" + c.high().toPlainString()
                    : c.value().toPlainString();
            r.changeUnit = c.unit().name();
            Change how = c.change().orElse(null);
            if (how != null) {
                r.changeDirection = how.direction().name().toLowerCase(Locale.ROOT);
                r.changeBasis = how.basis().map(b -> b.name().toLowerCase(Locale.ROOT)).orElse(null);
            }
        }
        r.commitment = s.commitment().orElse(null);
        r.estimated = s.isEstimated();
        r.text = s.text();
        r.start = s.start();
        r.end = s.end();
        return r;
    }

    /** @return the report's path */
    public String getFile() {
        return file;
    }

    /** @param file the report's path */
    public void setFile(String file) {
        this.file = file;
    }

    /** @return fact or target */
    public String getKind() {
        return kind;
    }

    /** @param kind fact or target */
    public void setKind(String kind) {
        this.kind = kind;
    }

    /** @return the indicator code, such as GDP */
    public String getIndicator() {
        return indicator;
    }

    /** @param indicator the indicator code */
    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    /** @return the indicator's name as written (地区生产总值) */
    public String getName() {
        return name;
    }

    /** @param name the name as written */
    public void setName(String name) {
        this.name = name;
    }

    /** @return whose figure it is (平阴县), or null */
    public String getSubject() {
        return subject;
    }

    /** @param subject whose figure it is */
    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** @return the period (2025, 2024-01/2024-06, 2021/2025), or null */
    public String getPeriod() {
        return period;
    }

    /** @param period the period */
    public void setPeriod(String period) {
        this.period = period;
    }

    /** @return the level as a plain decimal in the base unit, or null */
    public String getValue() {
        return value;
    }

    /** @param value the level */
    public void setValue(String value) {
        this.value = value;
    }

    /** @return the low end of a ranged level, or null */
    public String getValueLow() {
        return valueLow;
    }

    /** @param valueLow the low end of a ranged level */
    public void setValueLow(String valueLow) {
        this.valueLow = valueLow;
    }

    /** @return the high end of a ranged level, or null */
    public String getValueHigh() {
        return valueHigh;
    }

    /** @param valueHigh the high end of a ranged level */
    public void setValueHigh(String valueHigh) {
        this.valueHigh = valueHigh;
    }

    /** @return the level's unit code (CNY, PERCENT ...), or null */
    public String getValueUnit() {
        return valueUnit;
    }

    /** @param valueUnit the level's unit code */
    public void setValueUnit(String valueUnit) {
        this.valueUnit = valueUnit;
    }

    /** @return the change as a plain decimal (low/high for a range), or null */
    public String getChange() {
        return change;
    }

    /** @param change the change */
    public void setChange(String change) {
        this.change = change;
    }

    /** @return the change's unit code, or null */
    public String getChangeUnit() {
        return changeUnit;
    }

    /** @param changeUnit the change's unit code */
    public void setChangeUnit(String changeUnit) {
        this.changeUnit = changeUnit;
    }

    /** @return increase, decrease or flat, or null */
    public String getChangeDirection() {
        return changeDirection;
    }

    /** @param changeDirection increase, decrease or flat */
    public void setChangeDirection(String changeDirection) {
        this.changeDirection = changeDirection;
    }

    /** @return yoy, mom or annual_average, or null */
    public String getChangeBasis() {
        return changeBasis;
    }

    /** @param changeBasis yoy, mom or annual_average */
    public void setChangeBasis(String changeBasis) {
        this.changeBasis = changeBasis;
    }

    /** @return the commitment word (确保, 力争 ...), or null */
    public String getCommitment() {
        return commitment;
    }

    /** @param commitment the commitment word */
    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    /** @return whether the figure is an estimate (预计, 初步核算) */
    public boolean isEstimated() {
        return estimated;
    }

    /** @param estimated whether the figure is an estimate */
    public void setEstimated(boolean estimated) {
        this.estimated = estimated;
    }

    /** @return the statement's text as written */
    public String getText() {
        return text;
    }

    /** @param text the statement's text */
    public void setText(String text) {
        this.text = text;
    }

    /** @return the UTF-16 start offset in the decoded report */
    public int getStart() {
        return start;
    }

    /** @param start the start offset */
    public void setStart(int start) {
        this.start = start;
    }

    /** @return the UTF-16 end offset in the decoded report */
    public int getEnd() {
        return end;
    }

    /** @param end the end offset */
    public void setEnd(int end) {
        this.end = end;
    }
}

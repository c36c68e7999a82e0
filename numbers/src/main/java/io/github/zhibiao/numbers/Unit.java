package io.github.zhibiao.numbers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The unit of a {@link Quantity}: the stable code printed by the command line ({@code CNY}, {@code PERCENT},
 * {@code MU} …) with its {@link Dimension}. Values are always held in the unit itself after magnitudes are
 * applied: "350.19亿元" is 35019000000 {@link #CNY}, "20.5万吨" is 205000 {@link #TONNE}.
 *
 * <p>The Chinese words that denote each unit live in the resource file {@code units.tsv}, and the factors to
 * SI base units in {@code si.tsv}; both are read once, lazily.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Unit {
    /** 元, 人民币. */
    CNY(Dimension.CURRENCY),
    /** 美元. */
    USD(Dimension.CURRENCY),
    /** 欧元. */
    EUR(Dimension.CURRENCY),
    /** 港元, 港币. */
    HKD(Dimension.CURRENCY),
    /** 日元. */
    JPY(Dimension.CURRENCY),
    /** 英镑. */
    GBP(Dimension.CURRENCY),
    /** 新台币. */
    TWD(Dimension.CURRENCY),
    /** 泰铢. */
    THB(Dimension.CURRENCY),
    /** 卢布. */
    RUB(Dimension.CURRENCY),
    /** 澳元. */
    AUD(Dimension.CURRENCY),
    /** 加元. */
    CAD(Dimension.CURRENCY),
    /** 韩元. */
    KRW(Dimension.CURRENCY),
    /** 瑞士法郎. */
    CHF(Dimension.CURRENCY),
    /** 新加坡元. */
    SGD(Dimension.CURRENCY),
    /** 澳门元, 澳门币 (pataca). */
    MOP(Dimension.CURRENCY),
    /** 印度卢比. */
    INR(Dimension.CURRENCY),
    /** 奈拉, 尼日利亚奈拉. */
    NGN(Dimension.CURRENCY),
    /** 比特币: not an ISO 4217 currency; {@code BTC} is the code exchanges use. */
    BTC(Dimension.CURRENCY),
    /** %, ％, 百分之…, 成. */
    PERCENT(Dimension.RATIO),
    /** ‰, 千分之…. */
    PERMILLE(Dimension.RATIO),
    /** 个百分点. */
    PERCENTAGE_POINT(Dimension.RATIO),
    /** 倍, 翻一番 (2 times). */
    TIMES(Dimension.RATIO),
    /** 亩. */
    MU(Dimension.AREA),
    /** 平方米, ㎡. */
    SQUARE_METRE(Dimension.AREA),
    /** 平方公里, 平方千米. */
    SQUARE_KILOMETRE(Dimension.AREA),
    /** 公顷. */
    HECTARE(Dimension.AREA),
    /** 米. */
    METRE(Dimension.LENGTH),
    /** 公里, 千米. */
    KILOMETRE(Dimension.LENGTH),
    /** 公斤, 千克. */
    KILOGRAM(Dimension.MASS),
    /** 吨. */
    TONNE(Dimension.MASS),
    /** 斤. */
    JIN(Dimension.MASS),
    /** 克; also 毫克 and 微克, converted into grams. */
    GRAM(Dimension.MASS),
    /** 两 (liang): the market weight of 50 grams, a tenth of a 斤. */
    LIANG(Dimension.MASS),
    /** 立方米, 方. */
    CUBIC_METRE(Dimension.VOLUME),
    /** 千瓦时, 度 (of electricity). */
    KILOWATT_HOUR(Dimension.ENERGY),
    /** 吨标准煤: energy use in tonnes of standard coal equivalent (能耗). */
    TONNE_OF_STANDARD_COAL(Dimension.ENERGY),
    /** 焦耳; also 千焦, converted into joules. */
    JOULE(Dimension.ENERGY),
    /** 千卡, 大卡: the kilocalorie of food energy, 4184 joules. */
    KILOCALORIE(Dimension.ENERGY),
    /** 千瓦. */
    KILOWATT(Dimension.POWER),
    /** 兆瓦. */
    MEGAWATT(Dimension.POWER),
    /** 微克/立方米: concentrations of air pollutants (PM2.5, PM10). */
    MICROGRAM_PER_CUBIC_METRE(Dimension.CONCENTRATION),
    /** 赫兹, Hz; also 千赫, 兆赫兹, 吉赫, converted into hertz. */
    HERTZ(Dimension.FREQUENCY),
    /** 比特, bit; also 千比特, 兆比特 (decimal prefixes), converted into bits. */
    BIT(Dimension.INFORMATION),
    /** 字节, byte; also 千字节, 兆字节, 吉字节, KB, MB, GB (decimal prefixes: 1 兆字节 = 10^6 bytes). */
    BYTE(Dimension.INFORMATION),
    /** 人, 名 (of people). */
    PERSON(Dimension.COUNT),
    /** 人次. */
    PERSON_TIME(Dimension.COUNT),
    /** 户. */
    HOUSEHOLD(Dimension.COUNT),
    /** 天, 日 (as a duration). */
    DAY(Dimension.TIME),
    /** 小时. */
    HOUR(Dimension.TIME),
    /** Counted things; the classifier (家, 个, 项 …) says what. */
    COUNT(Dimension.COUNT),
    /** A bare number. */
    NUMBER(Dimension.NONE);

    private final Dimension dimension;

    Unit(Dimension dimension) {
        this.dimension = dimension;
    }

    /**
     * Returns what this unit measures.
     *
     * @return the dimension, never null
     */
    public Dimension dimension() {
        return dimension;
    }

    /**
     * Returns the SI unit (or, for money, ratios and counts, the unit itself) that {@link #toSi} converts to:
     * {@code MU} → {@code SQUARE_METRE}, {@code JIN} → {@code KILOGRAM}, {@code KILOMETRE} → {@code METRE}.
     *
     * @return the SI unit, never null
     */
    public Unit siUnit() {
        return UnitTable.get().siUnit(this);
    }

    /**
     * Converts an amount in this unit into {@link #siUnit()}: 15 亩 is 10000 平方米, 2 斤 is 1 公斤.
     * Conversions that are not finite decimals (1 亩 = 10000/15 m²) are rounded to 34 significant digits.
     *
     * @param amount the amount in this unit, not null
     * @return the amount in {@link #siUnit()}, never null
     */
    public BigDecimal toSi(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return UnitTable.get().toSi(this, amount);
    }
}

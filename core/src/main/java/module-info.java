/**
 * Indicators, periods, regions and report context: the facts and targets of whole Chinese economic reports.
 * The front door is {@link io.github.zhibiao.core.ReportParser}; panels across reports are in
 * {@link io.github.zhibiao.core.panel}. Statements carry {@code numbers}' quantities, so reading this module
 * reads {@code io.github.zhibiao.numbers} too.
 */
module io.github.zhibiao.core {
    requires transitive io.github.zhibiao.numbers;

    exports io.github.zhibiao.core;
    exports io.github.zhibiao.core.panel;
}

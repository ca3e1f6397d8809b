package org.ccmplatform.actionplan;

/**
 * One indicator's figure on a day: how many States, out of how many (null where the figure is a plain count), and for
 * the annual reports the year the latest report due covers.
 */
record Figure(long value, Long outOf, Integer yearCovered) {

    static Figure count(long value) {
        return new Figure(value, null, null);
    }

    static Figure of(long value, long outOf) {
        return new Figure(value, outOf, null);
    }
}

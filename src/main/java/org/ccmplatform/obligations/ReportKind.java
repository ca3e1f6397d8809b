package org.ccmplatform.obligations;

/** An Article 7 transparency report: the initial one, or the annual one for a calendar year. */
public enum ReportKind {
    INITIAL,
    ANNUAL
}

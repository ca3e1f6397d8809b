package org.ccmplatform.actionplan;

/**
 * The figures the platform computes for the actions of a plan, each from the records of one part of the platform
 * ({@link #source()} names which, as a message key). Every figure counts States, as at a chosen day.
 */
enum IndicatorCode {
    /** States that had deposited their instrument and whose withdrawal had not taken effect. */
    STATES_PARTIES(Source.REGISTER),
    /** Of them, those for which the Convention had entered into force. */
    STATES_PARTIES_IN_FORCE(Source.REGISTER),
    /** States Parties whose initial Article 7 report was due and not received. */
    INITIAL_REPORTS_OVERDUE(Source.TRANSPARENCY),
    /** States Parties whose latest annual report due (the year it covers is said) was not received. */
    ANNUAL_REPORTS_OVERDUE(Source.TRANSPARENCY),
    /** Of them, those whose initial report was not overdue. */
    ANNUAL_REPORTS_OVERDUE_INITIAL_IN(Source.TRANSPARENCY),
    /** States Parties with Article 5 obligations that had designated a victim-assistance focal point. */
    VA_FOCAL_POINT(Source.VICTIM_ASSISTANCE),
    /** Those whose focal point was due and not designated. */
    VA_FOCAL_POINT_OVERDUE(Source.VICTIM_ASSISTANCE),
    /** States Parties with Article 5 obligations that had a national action plan for victim assistance. */
    VA_ACTION_PLAN(Source.VICTIM_ASSISTANCE),
    /** Those whose national action plan was due and not in place. */
    VA_ACTION_PLAN_OVERDUE(Source.VICTIM_ASSISTANCE),
    /** States Parties whose national implementation measures (Article 9) were in place. */
    LEGISLATION_IN_PLACE(Source.MEASURES),
    STOCKPILES_COMPLETED(Source.STOCKPILES),
    STOCKPILES_ON_TRACK(Source.STOCKPILES),
    STOCKPILES_AT_RISK(Source.STOCKPILES),
    STOCKPILES_OVERDUE(Source.STOCKPILES),
    CLEARANCE_COMPLETED(Source.CLEARANCE),
    CLEARANCE_ON_TRACK(Source.CLEARANCE),
    CLEARANCE_AT_RISK(Source.CLEARANCE),
    CLEARANCE_OVERDUE(Source.CLEARANCE);

    /** Where the figures come from. */
    enum Source {
        REGISTER,
        TRANSPARENCY,
        VICTIM_ASSISTANCE,
        MEASURES,
        STOCKPILES,
        CLEARANCE
    }

    private final Source source;

    IndicatorCode(Source source) {
        this.source = source;
    }

    /** The message key of the indicator's name: {@code actionplan.indicator.STATES_PARTIES}. */
    String messageKey() {
        return "actionplan.indicator." + name();
    }

    /** The message key of where its figures come from: {@code actionplan.source.REGISTER}. */
    String source() {
        return "actionplan.source." + source.name();
    }
}

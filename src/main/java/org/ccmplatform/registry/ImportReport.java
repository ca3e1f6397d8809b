package org.ccmplatform.registry;

import java.util.List;

/** What an import did, or, when it was refused, every bad line and why (then it changed nothing). */
public record ImportReport(int rows, int statesCreated, int statesChanged, int participationsRecorded,
        List<RowProblem> problems) {

    /** A line of the file that cannot be taken, the column concerned, and the message that says why. */
    public record RowProblem(long line, String column, String messageCode, Object[] arguments) {}

    public boolean accepted() {
        return problems.isEmpty();
    }
}

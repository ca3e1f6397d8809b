package org.ccmplatform.obligations;

import java.time.LocalDate;
import org.ccmplatform.registry.State;

/** A transparency report that was due and had not been received on the day asked. */
public record OverdueReport(State state, ReportKind kind, Integer yearCovered, LocalDate dueDate) {}

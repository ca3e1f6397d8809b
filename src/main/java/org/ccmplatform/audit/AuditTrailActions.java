package org.ccmplatform.audit;

import java.util.List;

/** The actions the audit trail records. */
public final class AuditTrailActions {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final List<String> ALL = List.of(CREATE, UPDATE, DELETE);

    private AuditTrailActions() {}
}

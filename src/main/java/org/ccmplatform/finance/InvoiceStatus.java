package org.ccmplatform.finance;

/** An invoice is issued; it may be cancelled (with a reason), never deleted, so that its number stays accounted for. */
public enum InvoiceStatus {
    ISSUED,
    CANCELLED
}

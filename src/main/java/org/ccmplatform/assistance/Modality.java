package org.ccmplatform.assistance;

/** How a donor channels its funds. */
public enum Modality {
    BILATERAL_GRANT,
    THROUGH_OPERATOR,
    THROUGH_TRUST_FUND
}

package org.ccmplatform.registry;

/** The kind of instrument by which a State consents to be bound by a treaty. */
public enum DepositType {
    RATIFICATION,
    ACCEPTANCE,
    APPROVAL,
    ACCESSION,
    SUCCESSION;

    /** Ratification, acceptance and approval follow a signature; accession and succession do not. */
    public boolean followsSignature() {
        return this == RATIFICATION || this == ACCEPTANCE || this == APPROVAL;
    }
}

package org.ccmplatform.registry;

/** A State's standing at the United Nations. */
public enum UnMembership {
    MEMBER,
    OBSERVER,
    NON_MEMBER
}

package org.ccmplatform.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks an entity whose every create, change and delete goes into the audit trail. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

    /** Fields whose change is recorded without their values (password hashes, token hashes). */
    String[] masked() default {};

    /** Fields that change as a side effect and say nothing about who edited what (counters, last-used times). */
    String[] ignored() default {};

    /**
     * A confidential record (an operator's concern to the facilitator): the trail keeps that it changed and when,
     * never who changed it nor what it says, since the administrators who read the trail must not learn either.
     */
    boolean confidential() default false;
}

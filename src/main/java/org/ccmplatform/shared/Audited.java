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
}

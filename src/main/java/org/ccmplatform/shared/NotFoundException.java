package org.ccmplatform.shared;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The record asked for does not exist (or is not visible to the one asking). */
public class NotFoundException extends ErrorResponseException {

    /** {@code what} names the kind of record; its message key is {@code entity.<what>}. */
    public NotFoundException(String what, Object key) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, null,
                new Object[] {new DefaultMessageSourceResolvable(new String[] {"entity." + what}, what), String.valueOf(key)});
    }
}

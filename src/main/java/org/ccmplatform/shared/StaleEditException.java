package org.ccmplatform.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Someone else saved the record after this form was opened; saving would overwrite their change. */
public class StaleEditException extends ErrorResponseException {

    public StaleEditException() {
        super(HttpStatus.CONFLICT);
    }

    public static void check(long expectedVersion, long actualVersion) {
        if (expectedVersion != actualVersion) {
            throw new StaleEditException();
        }
    }
}

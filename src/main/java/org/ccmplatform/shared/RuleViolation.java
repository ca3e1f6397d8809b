package org.ccmplatform.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Input that a rule of the domain refuses (an impossible date, a duplicate code). Carries the field it concerns and
 * a message key, so that a page shows the message next to the field and the API answers with a 400 problem.
 */
public class RuleViolation extends ErrorResponseException {

    private final String field;
    private final String messageCode;
    private final transient Object[] arguments;

    public RuleViolation(String field, String messageCode, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null, messageCode, arguments);
        this.field = field;
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String getMessage() {
        return messageCode + " (" + field + ")";
    }
}

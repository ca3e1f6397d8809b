package org.ccmplatform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem, with title and detail from the messages in the caller's language
 * ({@code problemDetail.title.<exception class>}, {@code problemDetail.<exception class>} or the rule's own key).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    ApiProblems(MessageSource messages) {
        setMessageSource(messages);
    }

    /** Left to Spring Security, which answers 401 to an anonymous caller and 403 to a signed-in one. */
    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        log.info("Conflicting API change refused: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "problem.conflict");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected error answering {}", request.getDescription(false), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected");
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setTitle(getMessageSource().getMessage(code + ".title", null, status.getReasonPhrase(), locale));
        body.setDetail(getMessageSource().getMessage(code + ".detail", null, null, locale));
        return ResponseEntity.status(status).body(body);
    }
}

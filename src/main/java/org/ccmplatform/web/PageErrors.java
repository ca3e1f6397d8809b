package org.ccmplatform.web;

import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/** Errors on pages: a page in the reader's language that says what went wrong, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    static final String VIEW = "error";

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, "error.notFound");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
        RuleViolation.class})
    ModelAndView badRequest(Exception e) {
        return page(HttpStatus.BAD_REQUEST, "error.badRequest");
    }

    @ExceptionHandler({StaleEditException.class, ObjectOptimisticLockingFailureException.class,
        DataIntegrityViolationException.class})
    ModelAndView conflict(RuntimeException e) {
        log.info("Conflicting change refused: {}", e.getMessage());
        return page(HttpStatus.CONFLICT, "edit.stale");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge");
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView badUpload(MultipartException e) {
        return page(HttpStatus.BAD_REQUEST, "error.badUpload");
    }

    private static ModelAndView page(HttpStatus status, String messageCode) {
        ModelAndView view = new ModelAndView(VIEW, status);
        view.addObject("status", status.value());
        view.addObject("messageCode", messageCode);
        return view;
    }
}

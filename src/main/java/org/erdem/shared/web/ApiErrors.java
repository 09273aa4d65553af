package org.erdem.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** JSON API errors as RFC 9457 problem details, with messages in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(1)
class ApiErrors extends ResponseEntityExceptionHandler {
  private final MessageSource messages;

  ApiErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(ValidationException.class)
  ProblemDetail invalid(ValidationException e) {
    Locale locale = LocaleContextHolder.getLocale();
    var problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
    List<Map<String, String>> errors = e.errors().stream()
        .map(err -> Map.of("field", err.field() == null ? "" : err.field(), "message", messages.getMessage(err.messageKey(), err.args(), err.messageKey(), locale)))
        .toList();
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "error.notFound");
  }

  @ExceptionHandler({AccessDeniedException.class, org.springframework.security.access.AccessDeniedException.class})
  ProblemDetail forbidden(RuntimeException e) {
    return problem(HttpStatus.FORBIDDEN, "error.forbidden");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
    var problem = problem(HttpStatus.BAD_REQUEST, "error.badParameter");
    problem.setProperty("parameter", e.getName());
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    // Spring's own 4xx answers (unreadable JSON, missing parameter, wrong method) get a translated title too.
    if (body instanceof ProblemDetail problem) {
      problem.setTitle(messages.getMessage("error.status." + status.value(), null, problem.getTitle(), LocaleContextHolder.getLocale()));
    }
    return super.handleExceptionInternal(ex, body, headers, status, request);
  }

  private ProblemDetail problem(HttpStatus status, String key) {
    var problem = ProblemDetail.forStatus(status);
    Locale locale = LocaleContextHolder.getLocale();
    problem.setTitle(messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale));
    problem.setDetail(messages.getMessage(key, null, key, locale));
    return problem;
  }
}

package org.erdem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.NotFoundException;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Error pages in the user's language, inside the normal page shell. */
@ControllerAdvice
@Order(2)
class HtmlErrors {
  private final PageContextAdvice contexts;

  HtmlErrors(PageContextAdvice contexts) {
    this.contexts = contexts;
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  ModelAndView notFound(HttpServletRequest request) {
    return page(HttpStatus.NOT_FOUND, contexts.ctx(request));
  }

  @ExceptionHandler({AccessDeniedException.class, org.springframework.security.access.AccessDeniedException.class})
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ModelAndView forbidden(HttpServletRequest request) {
    return page(HttpStatus.FORBIDDEN, contexts.ctx(request));
  }

  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
  ModelAndView tooLarge(HttpServletRequest request) {
    return page(HttpStatus.PAYLOAD_TOO_LARGE, contexts.ctx(request));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ModelAndView badParameter(HttpServletRequest request) {
    return page(HttpStatus.BAD_REQUEST, contexts.ctx(request));
  }

  /** Statuses with their own title and explanation in the bundles; others are told as their family's. */
  static final java.util.Set<Integer> EXPLAINED = java.util.Set.of(400, 401, 403, 404, 405, 413, 415, 422, 500);

  static ModelAndView page(HttpStatus status, PageContext ctx) {
    int shown = EXPLAINED.contains(status.value()) ? status.value() : status.is5xxServerError() ? 500 : 400;
    return new ModelAndView("error", Map.of("status", shown, PageContextAdvice.CTX, ctx), status);
  }

  /** Renders Boot's {@code /error} dispatches (404 of unknown URLs, 405, 500) with the same template. */
  @Component
  static class Resolver implements ErrorViewResolver {
    private final PageContextAdvice contexts;

    Resolver(PageContextAdvice contexts) {
      this.contexts = contexts;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
      return page(status, contexts.ctx(request));
    }
  }
}

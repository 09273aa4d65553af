package org.erdem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every HTML view its {@link PageContext} as {@code ctx}. */
@ControllerAdvice
class PageContextAdvice {
  static final String CTX = "ctx";
  private final MessageSource messages;
  private final Assets assets;
  private final ShellUserSource users;

  PageContextAdvice(MessageSource messages, Assets assets, ObjectProvider<ShellUserSource> users) {
    this.messages = messages;
    this.assets = assets;
    this.users = users.getIfAvailable(() -> Optional::empty);
  }

  @ModelAttribute(CTX)
  PageContext ctx(HttpServletRequest request) {
    return new PageContext(request, messages, LocaleContextHolder.getLocale(), assets, users);
  }
}

package org.erdem.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Everything a template needs besides its own data: messages in the user's language, formatting by
 * locale, the signed-in user, the CSRF token, asset URLs and the display settings.
 */
public final class PageContext {
  public static final String TEXT_COOKIE = "erdem-text";
  public static final String CONTRAST_COOKIE = "erdem-contrast";

  private final HttpServletRequest request;
  private final MessageSource messages;
  private final Locale locale;
  private final Assets assets;
  private final ShellUserSource users;
  private Optional<ShellUser> user;

  PageContext(HttpServletRequest request, MessageSource messages, Locale locale, Assets assets, ShellUserSource users) {
    this.request = request;
    this.messages = messages;
    this.locale = locale;
    this.assets = assets;
    this.users = users;
  }

  /** A message in the user's language; a missing key shows as the key so that it is seen and fixed. */
  public String t(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  /** A message, or the fallback text where the bundles have none (open-ended codes such as audit actions). */
  public String tOr(String key, String fallback) {
    return messages.getMessage(key, null, fallback, locale);
  }

  public String lang() {
    return locale.getLanguage();
  }

  public List<String> languages() {
    return Languages.CODES;
  }

  /** The current page in another language. */
  public String languageLink(String code) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam(WebConfiguration.LANGUAGE_PARAM, code)
        .build()
        .toUriString();
  }

  /** A link to the current page with one query parameter replaced (or, with a null value, removed). */
  public String linkWith(String param, Object value) {
    var builder = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    if (value == null) {
      builder.replaceQueryParam(param);
    } else {
      builder.replaceQueryParam(param, value);
    }
    return builder.build().encode().toUriString();
  }

  public String asset(String path) {
    return assets.url(path);
  }

  public Optional<ShellUser> user() {
    if (user == null) {
      user = users.current();
    }
    return user;
  }

  public String csrfParameter() {
    return csrf().map(CsrfToken::getParameterName).orElse("_csrf");
  }

  public String csrfToken() {
    return csrf().map(CsrfToken::getToken).orElse("");
  }

  private Optional<CsrfToken> csrf() {
    return Optional.ofNullable((CsrfToken) request.getAttribute(CsrfToken.class.getName()));
  }

  /** The reader's own choice (a cookie), else what their plan gives by default. */
  public boolean largeText() {
    String chosen = cookie(TEXT_COOKIE);
    return chosen != null ? "large".equals(chosen) : byDefault("large-text");
  }

  public boolean highContrast() {
    String chosen = cookie(CONTRAST_COOKIE);
    return chosen != null ? "high".equals(chosen) : byDefault("high-contrast");
  }

  private boolean byDefault(String setting) {
    return user().map(u -> u.display().contains(setting)).orElse(false);
  }

  /** CSS classes of the root element for the user's display settings. */
  public String displayClasses() {
    return (largeText() ? "large-text " : "") + (highContrast() ? "high-contrast" : "");
  }

  public String date(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  public String dateTime(OffsetDateTime time) {
    return time == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).format(time.atZoneSameInstant(org.erdem.shared.Calendar.ZONE));
  }

  public String number(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** Picks the name in the user's language from names keyed by language code. */
  public String name(Map<String, String> names) {
    return LocalizedNames.pick(names, lang());
  }

  public boolean currentPath(String href) {
    return request.getRequestURI().equals(href);
  }

  private String cookie(String name) {
    return cookie(request, name);
  }

  static String cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie c : cookies) {
      if (c.getName().equals(name)) {
        return c.getValue();
      }
    }
    return null;
  }
}

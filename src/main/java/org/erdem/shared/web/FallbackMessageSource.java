package org.erdem.shared.web;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Message bundles where Kazakh, Kyrgyz and Tajik fall back to Russian (the second language most of
 * their speakers read) for keys not yet translated; every other locale falls back to Mongolian.
 */
class FallbackMessageSource extends ResourceBundleMessageSource {

  FallbackMessageSource() {
    setBasename("messages");
    setDefaultEncoding("UTF-8");
    setDefaultLocale(Languages.DEFAULT);
    setFallbackToSystemLocale(false);
    setUseCodeAsDefaultMessage(false);
  }

  @Override
  protected String resolveCodeWithoutArguments(String code, Locale locale) {
    String message = super.resolveCodeWithoutArguments(code, locale);
    return message != null || !fallsBackToRussian(locale) ? message : super.resolveCodeWithoutArguments(code, Languages.RUSSIAN);
  }

  @Override
  protected MessageFormat resolveCode(String code, Locale locale) {
    MessageFormat format = super.resolveCode(code, locale);
    return format != null || !fallsBackToRussian(locale) ? format : super.resolveCode(code, Languages.RUSSIAN);
  }

  private static boolean fallsBackToRussian(Locale locale) {
    return Languages.FALLING_BACK_TO_RUSSIAN.contains(locale.getLanguage());
  }
}

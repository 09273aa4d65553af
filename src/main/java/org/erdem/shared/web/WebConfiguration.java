package org.erdem.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.erdem.shared.db.ChangeNotices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
  static final String LANGUAGE_COOKIE = "erdem-lang";
  static final String LANGUAGE_PARAM = "lang";

  @Bean
  WebMvcRegistrations handlerLookup() {
    return new WebMvcRegistrations() {
      @Override
      public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new HandlerLookup();
      }
    };
  }

  @Bean
  RequestAdmission requestAdmission(@Value("${erdem.web.max-concurrent-requests:64}") int atOnce) {
    return new RequestAdmission(atOnce);
  }

  @Bean
  Assets assets() {
    return new Assets(WebConfiguration.class.getClassLoader());
  }

  @Bean
  FilterRegistrationBean<AssetFilter> assetFilter(Assets assets) {
    var registration = new FilterRegistrationBean<>(new AssetFilter(assets));
    // After the work gate (which lets assets pass) and the HTTP metrics' filter (HIGHEST_PRECEDENCE + 1),
    // before the session and security: assets are public and the same for everyone.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WorkGate> workGate(@Value("${erdem.web.concurrent-work:0}") int atOnce) {
    int turns = atOnce > 0 ? atOnce : 4 * Runtime.getRuntime().availableProcessors();
    var registration = new FilterRegistrationBean<>(new WorkGate(turns));
    // First of all filters, so that reading the session and the caller waits its turn too.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  KeptPages keptPages(ChangeNotices notices, @Value("${erdem.web.kept-pages}") int capacity) {
    return new KeptPages(notices, capacity);
  }

  @Bean
  FilterRegistrationBean<KeptPageFilter.Ticketing> keptPageTicketing(KeptPages pages) {
    var registration = new FilterRegistrationBean<>(new KeptPageFilter.Ticketing(pages));
    // After the assets, before the session and the caller are read.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  @Bean
  FilterRegistrationBean<KeptPageFilter> keptPageFilter(KeptPages pages, LocaleResolver locales) {
    var registration = new FilterRegistrationBean<>(new KeptPageFilter(pages, locales));
    // Last of all filters: a kept page is sent only to a request that the session, Spring Security
    // and the password-change check let through, just as the page itself would be.
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }

  @Bean
  MessageSource messageSource() {
    return new FallbackMessageSource();
  }

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
    // Without a choice kept in the cookie, the browser's (or API client's) Accept-Language decides.
    resolver.setDefaultLocaleFunction(Languages::preferred);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setCookieHttpOnly(true);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var change = new LocaleChangeInterceptor() {
      @Override
      protected Locale parseLocaleValue(String value) {
        if (!Languages.isSupported(value)) {
          throw new IllegalArgumentException("unsupported language");
        }
        return super.parseLocaleValue(value);
      }
    };
    change.setParamName(LANGUAGE_PARAM);
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}

package org.erdem.identity.internal;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session JDBC as Boot configures it, behind {@link FrugalSessionRepository} (which keeps sessions on this node), with
 * attributes stored by {@link SessionAttributeCodec}.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

  @Bean
  static BeanPostProcessor frugalSessions(@Value("${erdem.session.touch-every:PT1M}") Duration touchEvery,
      ObjectProvider<IdentityChanges> changes) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof JdbcIndexedSessionRepository jdbc) {
          var codec = SessionAttributeCodec.conversionService(SessionConfiguration.class.getClassLoader());
          jdbc.setConversionService(codec);
          return new FrugalSessionRepository<>(jdbc, touchEvery, changes.getObject().sessions(), codec);
        }
        return bean;
      }
    };
  }

  @Bean
  FilterRegistrationBean<FrugalSessionRepository.OncePerRequest> sessionsReadOncePerRequest() {
    var registration = new FilterRegistrationBean<>(new FrugalSessionRepository.OncePerRequest());
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
    return registration;
  }
}

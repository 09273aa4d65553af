package org.erdem.identity.internal;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
  /** No inline script or style anywhere: everything the pages run or wear comes from our own files. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    String argon2 = "argon2@SpringSecurity_v5_8";
    return new DelegatingPasswordEncoder(argon2, Map.of(
        argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
        "bcrypt", new BCryptPasswordEncoder()));
  }

  /**
   * No traces of the filter chain, its authentications or its authorizations. The property that makes
   * them no-ops still leaves each of the chain's filters wrapped in one, a twentieth of a page's time.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /** Not a bean: Spring Security would hand a provider bean to the global manager as well. */
  private static ThrottlingAuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
      LoginThrottle throttle, AccountStore accounts, JdbcAuditLog audit) {
    var passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(encoder);
    return new ThrottlingAuthenticationProvider(passwords, throttle, accounts, audit);
  }

  /** The API description and its viewer: public, and the viewer needs inline styles. */
  @Bean
  @Order(1)
  SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
    http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain application(HttpSecurity http, AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
      AccountStore accounts, JdbcAuditLog audit, CallerLoader callers,
      @Value("${server.servlet.session.cookie.secure:true}") boolean secureCookies) throws Exception {
    var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    var csrfCookies = new CookieCsrfTokenRepository();
    csrfCookies.setCookieCustomizer(c -> c.sameSite("Lax").secure(secureCookies).httpOnly(true));
    // Its own manager without a parent: a refused attempt must not be retried by Boot's global manager.
    http.authenticationManager(new ProviderManager(authenticationProvider(users, encoder, throttle, accounts, audit)))
        .authorizeHttpRequests(a -> a
            .requestMatchers("/login", "/error", "/favicon.ico", "/settings/display").permitAll()
            .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
            .requestMatchers("/actuator/**").denyAll()
            .anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").failureHandler((request, response, e) -> {
          String reason = e instanceof ThrottlingAuthenticationProvider.AddressBlockedException ? "address"
              : e instanceof LockedException ? "locked" : e instanceof DisabledException ? "disabled" : "bad";
          response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        }).defaultSuccessUrl("/", false))
        .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
        // API clients that authenticate on each request (HTTP Basic) carry no session cookie to forge.
        .csrf(c -> c.csrfTokenRepository(csrfCookies).ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
        .headers(h -> h
            .contentSecurityPolicy(c -> c.policyDirectives(CSP))
            .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .frameOptions(f -> f.deny()))
        .addFilterAfter(new PasswordChangeRequiredFilter(callers), BasicAuthenticationFilter.class);
    return http.build();
  }
}

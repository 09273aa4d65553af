package org.erdem.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * How session attributes are stored: Java serialization, as Spring Session does, except for the one
 * attribute every signed-in request reads, the security context of a signed-in account. Its Java
 * form is ~1 KB of class descriptions whose decoding was 5 % of a page's processor time; all it holds
 * that matters is the username (roles are read per request, {@link CallerLoader}) and when the
 * password was checked (Spring Security's factor), so it is stored as a prefix, that time and the
 * username. Sessions stored the old way still decode.
 */
final class SessionAttributeCodec {
  static final GrantedAuthority SIGNED_IN = new SimpleGrantedAuthority("USER");
  private static final byte[] PREFIX = "erdem-signed-in:".getBytes(StandardCharsets.US_ASCII);

  private SessionAttributeCodec() {}

  static ConversionService conversionService(ClassLoader classLoader) {
    var serializer = new SerializingConverter();
    var deserializer = new DeserializingConverter(classLoader);
    var service = new GenericConversionService();
    service.addConverter(Object.class, byte[].class, value -> {
      String compact = value instanceof SecurityContext context ? compact(context) : null;
      return compact == null ? serializer.convert(value) : encode(compact);
    });
    service.addConverter(byte[].class, Object.class, bytes -> isCompact(bytes) ? decode(bytes) : deserializer.convert(bytes));
    return service;
  }

  /** The password's time and the username, if the context is exactly what signing in with a password leaves behind. */
  private static String compact(SecurityContext context) {
    var auth = context.getAuthentication();
    var authorities = auth == null ? List.of() : List.copyOf(auth.getAuthorities());
    boolean password = authorities.size() == 2 && authorities.get(1) instanceof FactorGrantedAuthority factor
        && factor.getAuthority().equals(FactorGrantedAuthority.PASSWORD_AUTHORITY);
    boolean plain = context.getClass() == SecurityContextImpl.class && auth != null && auth.getClass() == UsernamePasswordAuthenticationToken.class
        && auth.isAuthenticated() && auth.getCredentials() == null && (auth.getDetails() == null || auth.getDetails() instanceof WebAuthenticationDetails)
        && auth.getPrincipal() instanceof User user && user.getClass() == User.class && user.getPassword() == null && user.isEnabled()
        && user.isAccountNonLocked() && user.isAccountNonExpired() && user.isCredentialsNonExpired()
        && List.copyOf(user.getAuthorities()).equals(List.of(SIGNED_IN)) && password && authorities.get(0).equals(SIGNED_IN);
    return plain ? ((FactorGrantedAuthority) authorities.get(1)).getIssuedAt() + " " + auth.getName() : null;
  }

  private static byte[] encode(String compact) {
    byte[] name = compact.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(PREFIX, PREFIX.length + name.length);
    System.arraycopy(name, 0, bytes, PREFIX.length, name.length);
    return bytes;
  }

  private static boolean isCompact(byte[] bytes) {
    return bytes.length > PREFIX.length && Arrays.equals(bytes, 0, PREFIX.length, PREFIX, 0, PREFIX.length);
  }

  private static SecurityContext decode(byte[] bytes) {
    String compact = new String(bytes, PREFIX.length, bytes.length - PREFIX.length, StandardCharsets.UTF_8);
    int space = compact.indexOf(' ');
    var checked = FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(Instant.parse(compact.substring(0, space))).build();
    var user = new User(compact.substring(space + 1), "", List.of(SIGNED_IN));
    user.eraseCredentials();
    return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(SIGNED_IN, checked)));
  }
}

package org.erdem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;

class SessionAttributeCodecTest {
  private final ConversionService codec = SessionAttributeCodec.conversionService(getClass().getClassLoader());

  private static final Instant CHECKED = Instant.parse("2026-12-02T08:15:30.123456789Z");

  /** As the password check leaves it: the account's authority and the password factor. */
  private static SecurityContext signedIn(String username, String authority) {
    var user = new User(username, "secret", List.of(new SimpleGrantedAuthority(authority)));
    var factor = FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(CHECKED).build();
    var auth = UsernamePasswordAuthenticationToken.authenticated(user, "secret", List.of(user.getAuthorities().iterator().next(), factor));
    auth.eraseCredentials();
    return new SecurityContextImpl(auth);
  }

  private byte[] encode(Object value) {
    return codec.convert(value, byte[].class);
  }

  private SecurityContext decode(byte[] bytes) {
    return (SecurityContext) codec.convert(bytes, Object.class);
  }

  @Test
  void aSignedInAccountIsStoredAsItsNameAndComesBackTheSame() {
    byte[] bytes = encode(signedIn("g12-s-t8", "USER"));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("erdem-signed-in:2026-12-02T08:15:30.123456789Z g12-s-t8");
    var auth = decode(bytes).getAuthentication();
    assertThat(auth.getName()).isEqualTo("g12-s-t8");
    assertThat(auth.isAuthenticated()).isTrue();
    assertThat(auth.getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("USER", "FACTOR_PASSWORD");
    assertThat(((FactorGrantedAuthority) List.copyOf(auth.getAuthorities()).get(1)).getIssuedAt()).isEqualTo(CHECKED);
    assertThat(auth.getCredentials()).isNull();
    assertThat(((User) auth.getPrincipal()).getPassword()).as("no password hash comes back into memory").isNull();
  }

  @Test
  void aNameInAnyScriptSurvives() {
    assertThat(decode(encode(signedIn("Болд Ганбаатар", "USER"))).getAuthentication().getName()).isEqualTo("Болд Ганбаатар");
  }

  @Test
  void anythingElseIsJavaSerializedAsBefore() {
    byte[] other = encode(signedIn("admin", "ADMIN"));
    assertThat(other[0] & 0xff).as("Java serialization's magic number").isEqualTo(0xAC);
    assertThat(decode(other).getAuthentication().getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("ADMIN", "FACTOR_PASSWORD");
    assertThat(codec.convert(encode(List.of("a", "b")), Object.class)).isEqualTo(List.of("a", "b"));
  }

  @Test
  void sessionsStoredBeforeTheCompactFormStillDecode() {
    byte[] old = new SerializingConverter().convert(signedIn("g3-s-a", "USER"));
    assertThat(decode(old).getAuthentication().getName()).isEqualTo("g3-s-a");
  }
}

package org.erdem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.DigestUtils;

class AssetsTest {
  private final Assets assets = new Assets(AssetsTest.class.getClassLoader());

  @Test
  void anAssetsUrlNamesItsContentAndItsCompressedBytesAreTheSame() throws IOException {
    byte[] stylesheet = AssetsTest.class.getClassLoader().getResourceAsStream("static/assets/app.css").readAllBytes();
    String url = assets.url("/assets/app.css");
    assertThat(url).isEqualTo("/assets/app-" + DigestUtils.md5DigestAsHex(stylesheet) + ".css");
    var asset = assets.find(url).orElseThrow();
    assertThat(asset.plain()).isEqualTo(stylesheet);
    assertThat(asset.contentType()).isEqualTo("text/css");
    assertThat(asset.gzip().length).isLessThan(stylesheet.length / 2);
    assertThat(new GZIPInputStream(new ByteArrayInputStream(asset.gzip())).readAllBytes()).isEqualTo(stylesheet);
  }

  @Test
  void aWebjarFileIsNamedBeforeItsLastExtension() {
    String url = assets.url("/webjars/htmx.org/2.0.10/dist/htmx.min.js");
    assertThat(url).matches("/webjars/htmx\\.org/2\\.0\\.10/dist/htmx\\.min-[0-9a-f]{32}\\.js");
    assertThat(assets.find(url)).get().extracting(Assets.Asset::contentType).isEqualTo("text/javascript");
  }

  @Test
  void aPlainPathIsFoundTooButAnotherContentsHashIsNot() {
    assertThat(assets.find("/assets/quiz.js")).isPresent();
    assertThat(assets.find("/assets/quiz-0123456789abcdef0123456789abcdef.js")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/assets/no-such-file.css", "/assets/../application.properties", "/assets/%2e%2e/application.properties",
      "/assets//app.css", "/assets/.hidden.css", "/webjars/htmx.org", "/webjars/htmx.org/2.0.10",
      "/static/assets/app.css", "/application.properties", "/webjars/../../../static/assets/app.css",
      "/assets/../assets/app.css", "/assets/%2e%2e/assets/app.css", "/assets/App.css", "/assets/app.css;x=1"})
  void nothingElseIsServed(String path) {
    assertThat(assets.find(path)).isEmpty();
    assertThatThrownBy(() -> assets.url(path)).as("a page linking to it is a mistake").isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.5", "*", "GZIP"})
  void gzipIsSentToWhoTakesIt(String header) {
    assertThat(AssetFilter.acceptsGzip(header)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "identity", "br", "gzip;q=0", "gzip; q=0.0, br"})
  void gzipIsNotSentToWhoRefusesIt(String header) {
    assertThat(AssetFilter.acceptsGzip(header)).isFalse();
  }
}

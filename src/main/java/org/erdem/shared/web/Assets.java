package org.erdem.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.util.DigestUtils;

/**
 * The stylesheet, scripts and webjar files the pages link to, each read once from the classpath and
 * kept in memory as it is and compressed, under a URL that carries a hash of its content
 * ({@code /assets/app-<md5>.css}). Spring's resource chain had read each asset from inside the jar,
 * looked for its modification date (through an exception) and compressed it again on every request:
 * a stylesheet cost the server nine times what Tomcat needs to send it.
 */
final class Assets {
  /** URL prefix to classpath folder. Nothing outside these folders is ever served. */
  private static final Map<String, String> FOLDERS = Map.of(
      "/assets/", "static/assets/",
      "/webjars/", "META-INF/resources/webjars/");
  /** The kinds of file served, by extension; this also keeps folders (htmx.org, 2.0.10) from being read. */
  private static final Map<String, String> TYPES = Map.of(
      "css", "text/css",
      "js", "text/javascript");
  private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+");
  private static final Pattern FINGERPRINT = Pattern.compile("-([0-9a-f]{32})(?=\\.[^./]+$)");

  private final ClassLoader classes;
  private final Map<String, Asset> byPath = new ConcurrentHashMap<>();

  Assets(ClassLoader classes) {
    this.classes = classes;
  }

  /** Whether a request path is under the assets' URL prefixes (so no page may answer it). Asked of every request. */
  static boolean covers(String path) {
    return path.startsWith("/assets/") || path.startsWith("/webjars/");
  }

  /** The URL that names the asset's content. A page that links to no asset is a mistake, failed at once. */
  String url(String path) {
    return asset(path).map(Asset::url).orElseThrow(() -> new IllegalStateException("no asset " + path));
  }

  /** The asset a request asks for by its fingerprinted URL, or by its plain path. */
  Optional<Asset> find(String requestPath) {
    var fingerprint = FINGERPRINT.matcher(requestPath);
    if (!fingerprint.find()) {
      return asset(requestPath);
    }
    String hash = fingerprint.group(1);
    return asset(fingerprint.replaceFirst("")).filter(asset -> asset.hash().equals(hash));
  }

  private Optional<Asset> asset(String path) {
    if (!covers(path) || !SAFE_PATH.matcher(path).matches()) {
      return Optional.empty();
    }
    var known = byPath.get(path);
    if (known != null) {
      return Optional.of(known);
    }
    // Paths that name nothing are not remembered: anyone may ask for as many of them as they like.
    var read = read(path);
    read.ifPresent(asset -> byPath.put(path, asset));
    return read;
  }

  private Optional<Asset> read(String path) {
    int dot = path.lastIndexOf('.');
    String type = TYPES.get(path.substring(dot + 1));
    if (type == null) {
      return Optional.empty();
    }
    String prefix = FOLDERS.keySet().stream().filter(path::startsWith).findFirst().orElseThrow();
    String location = FOLDERS.get(prefix) + path.substring(prefix.length());
    var resource = classes.getResource(location);
    // Exactly the file named: not one that a case-insensitive file system or a folder's ".." finds for it.
    if (resource == null || !resource.getPath().endsWith("/" + location)) {
      return Optional.empty();
    }
    try (InputStream in = resource.openStream()) {
      byte[] plain = in.readAllBytes();
      String hash = DigestUtils.md5DigestAsHex(plain);
      String url = path.substring(0, dot) + "-" + hash + path.substring(dot);
      byte[] gzip = gzip(plain);
      return Optional.of(new Asset(url, hash, type, plain, gzip.length < plain.length ? gzip : null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(byte[] plain) throws IOException {
    var out = new ByteArrayOutputStream(plain.length / 2 + 64);
    try (var gzip = new GZIPOutputStream(out) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gzip.write(plain);
    }
    return out.toByteArray();
  }

  static byte[] gunzip(byte[] gzip, int length) throws IOException {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readNBytes(length);
    }
  }

  /** One asset: its fingerprinted URL, the hash in it, its media type, and its bytes (compressed: none if that is no smaller). */
  record Asset(String url, String hash, String contentType, byte[] plain, byte[] gzip) {
  }
}

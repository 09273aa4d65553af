package org.erdem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.erdem.identity.Role;
import org.erdem.registry.internal.ChildService;
import org.erdem.registry.internal.SchoolService;
import org.erdem.registry.internal.StaffService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text a user reads comes from the message bundles, and Mongolian, Russian and English are complete. */
class MessageBundlesTest {
  private static final Path BUNDLES = Path.of("src/main/resources");
  private static final Path TEMPLATES = Path.of("src/main/jte");
  private static final Path SOURCES = Path.of("src/main/java");

  static Properties bundle(String lang) throws IOException {
    var props = new Properties();
    try (var reader = new InputStreamReader(Files.newInputStream(BUNDLES.resolve("messages_" + lang + ".properties")), StandardCharsets.UTF_8)) {
      props.load(reader);
    }
    return props;
  }

  @ParameterizedTest
  @ValueSource(strings = {"mn", "ru"})
  void completeLanguagesHaveEveryEnglishKeyAndNoOther(String lang) throws IOException {
    assertThat(bundle(lang).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(bundle("en").stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ky", "tg"})
  void otherLanguagesHaveNoKeyEnglishLacks(String lang) throws IOException {
    assertThat(bundle("en").stringPropertyNames()).containsAll(bundle(lang).stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"mn", "ru", "en", "kk", "ky", "tg"})
  void placeholdersMatchTheEnglishOnes(String lang) throws IOException {
    Properties en = bundle("en");
    Properties other = bundle(lang);
    for (String key : other.stringPropertyNames()) {
      assertThat(placeholders(other.getProperty(key))).as(lang + ": " + key).isEqualTo(placeholders(en.getProperty(key)));
      assertThat(other.getProperty(key)).as(lang + ": " + key + " (an ASCII apostrophe breaks MessageFormat)").doesNotContain("'");
    }
  }

  private static Set<String> placeholders(String value) {
    var found = new TreeSet<String>();
    Matcher m = Pattern.compile("\\{\\d}").matcher(value);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @Test
  void everyKeyTheCodeUsesExists() throws IOException {
    Set<String> keys = bundle("en").stringPropertyNames();
    var used = new TreeSet<String>();
    for (Path file : files(TEMPLATES, ".jte")) {
      collect(Files.readString(file), Pattern.compile("ctx\\.t\\(\"([a-zA-Z0-9._]+)\""), used);
    }
    for (Path file : files(SOURCES, ".java")) {
      collect(Files.readString(file), Pattern.compile("\"((?:validation|import\\.error|login\\.error|error|nav|admin\\.(?:role|account|password)|account\\.password)\\.[a-zA-Z0-9._]+)\""), used);
    }
    used.removeIf(k -> k.endsWith("."));
    for (Role role : Role.values()) {
      used.add(role.messageKey());
    }
    Stream.of("country", "aimag", "capital", "soum", "district", "school").forEach(k -> used.add("kind." + k));
    SchoolService.LOCALITIES.forEach(k -> used.add("locality." + k));
    SchoolService.TYPES.forEach(k -> used.add("schoolType." + k));
    SchoolService.INSTRUCTION_LANGUAGES.forEach(k -> used.add("language." + k));
    ChildService.SEXES.forEach(k -> used.add("sex." + k));
    StaffService.POSITIONS.forEach(k -> used.add("position." + k));
    Languages.CODES.forEach(k -> used.add("lang." + k));
    Stream.of("transfer", "completed", "left", "moved_class").forEach(k -> used.add("endReason." + k));
    Stream.of("home", "eschool").forEach(k -> used.add("enrolment." + k));
    Stream.of("mother", "father", "parent").forEach(k -> used.add("relationship." + k));
    Stream.of(400, 401, 403, 404, 405, 500).forEach(s -> {
      used.add("error.status." + s);
      used.add("error.page." + s);
    });
    assertThat(keys).containsAll(used);
  }

  @Test
  void templatesHoldNoHardCodedText() throws IOException {
    var offences = new ArrayList<String>();
    for (Path file : files(TEMPLATES, ".jte")) {
      String[] lines = Files.readString(file).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String text = TemplateText.visibleText(lines[i]);
        if (text.codePoints().anyMatch(Character::isLetter)) {
          offences.add(file + ":" + (i + 1) + ": " + text.strip());
        }
        Matcher attr = Pattern.compile("\\b(alt|title|placeholder|aria-label)=\"([^\"$]*\\p{L}[^\"]*)\"").matcher(lines[i]);
        while (attr.find()) {
          offences.add(file + ":" + (i + 1) + ": " + attr.group());
        }
      }
    }
    assertThat(offences).as("text in templates must come from the message bundles").isEmpty();
  }

  @Test
  void theDetectorCatchesHardCodedText() {
    assertThat(TemplateText.visibleText("<p>Hello ${ctx.t(\"a.b\")}</p>")).contains("Hello");
    assertThat(TemplateText.visibleText("@if(x)<li>${ctx.t(\"a\")}</li>@endif")).isBlank();
    assertThat(TemplateText.visibleText("<td>${a} · ${b}</td>")).doesNotMatch(".*\\p{L}.*");
  }

  @Test
  void kazakhKyrgyzAndTajikFallBackToRussianAndOthersToMongolian() throws IOException {
    var source = new FallbackMessageSource();
    Properties ru = bundle("ru");
    for (String lang : List.of("kk", "ky", "tg")) {
      Properties own = bundle(lang);
      for (String key : ru.stringPropertyNames()) {
        String expected = own.getProperty(key, ru.getProperty(key));
        assertThat(source.getMessage(key, null, Locale.forLanguageTag(lang))).as(lang + ": " + key).isEqualTo(expected.replace("''", "'"));
      }
    }
    assertThat(source.getMessage("login.title", null, Locale.GERMAN)).isEqualTo(bundle("mn").getProperty("login.title"));
  }

  private static void collect(String text, Pattern pattern, Set<String> into) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}

package org.erdem.content.internal;

import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Lesson text is Markdown. It is rendered on the server and must come out as safe HTML as written:
 * a body whose HTML a sanitizer would have to change (script, event handlers, javascript: links)
 * is refused rather than silently altered.
 */
@Component
public class Markdown {
  private static final Safelist SAFE = Safelist.relaxed().removeTags("img").addAttributes("th", "align").addAttributes("td", "align");
  private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  /** Safe HTML for the Markdown, or empty when it holds HTML that is not safe. */
  public Optional<String> toSafeHtml(String markdown) {
    String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
    return Jsoup.isValid(html, SAFE) ? Optional.of(Jsoup.clean(html, SAFE)) : Optional.empty();
  }
}

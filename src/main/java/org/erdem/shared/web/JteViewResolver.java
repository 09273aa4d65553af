package org.erdem.shared.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.view.RedirectView;

/** Resolves view names to precompiled JTE templates ({@code src/main/jte/<name>.jte}). */
@Component
class JteViewResolver implements ViewResolver, Ordered {
  private static final String REDIRECT = "redirect:";
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final KeptPages kept;

  JteViewResolver(KeptPages kept) {
    this.kept = kept;
    engine.setBinaryStaticContent(true);
  }

  @Override
  public View resolveViewName(String viewName, Locale locale) {
    if (viewName.startsWith(REDIRECT)) {
      var redirect = new RedirectView(viewName.substring(REDIRECT.length()), true);
      redirect.setExposeModelAttributes(false);
      return redirect;
    }
    String template = viewName + ".jte";
    return engine.hasTemplate(template) ? new JteView(engine, template, kept) : null;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  private record JteView(TemplateEngine engine, String template, KeptPages kept) implements View {
    @Override
    public String getContentType() {
      return "text/html;charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
      var output = new Utf8ByteOutput();
      @SuppressWarnings("unchecked")
      Map<String, Object> params = (Map<String, Object>) model;
      engine.render(template, params, output);
      byte[] html = output.toByteArray();
      if (KeptPageResponses.keepAndSend(kept, html, getContentType(), request, response)) {
        return;
      }
      response.setContentType(getContentType());
      response.setContentLength(html.length);
      // One write: each write of a page's many pieces passes the security and session response wrappers.
      response.getOutputStream().write(html);
    }
  }
}

package org.erdem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.erdem.shared.db.ChangeNotices;
import org.junit.jupiter.api.Test;

class KeptPagesTest {
  private final KeptPages pages = new KeptPages(new ChangeNotices(null), 3);

  private static KeptPages.Page page(String... notices) {
    return new KeptPages.Page(new byte[] {1}, 1, "text/html", "mn", List.of(notices), List.of());
  }

  @Test
  void keepsOnlyWhileItCanHearOfChanges() {
    pages.keep("a", pages.ticket(), page("child:1"));
    assertThat(pages.find("a")).as("closed: nothing is kept").isNull();
    pages.open();
    pages.keep("a", pages.ticket(), page("child:1"));
    assertThat(pages.find("a")).isNotNull();
    pages.close();
    assertThat(pages.find("a")).as("closing forgets all").isNull();
  }

  @Test
  void aNoticeForgetsEveryPageThatNamesItAndNoOther() {
    pages.open();
    pages.keep("a", pages.ticket(), page("child:1", "school:9"));
    pages.keep("b", pages.ticket(), page("child:2", "school:9"));
    pages.keep("c", pages.ticket(), page("child:3"));
    pages.heard("school:9");
    assertThat(pages.find("a")).isNull();
    assertThat(pages.find("b")).isNull();
    assertThat(pages.find("c")).isNotNull();
    pages.heard("child:1");
    assertThat(pages.find("c")).isNotNull();
  }

  @Test
  void aPageDuringWhoseRenderingItsNoticeWasHeardIsNotKept() {
    pages.open();
    var ticket = pages.ticket();
    pages.heard("child:1");
    pages.keep("a", ticket, page("child:1"));
    assertThat(pages.find("a")).isNull();
    var before = pages.ticket();
    pages.forgetAll();
    pages.keep("b", before, page("child:2"));
    assertThat(pages.find("b")).as("everything was forgotten meanwhile").isNull();
    pages.keep("c", pages.ticket(), page("child:2"));
    assertThat(pages.find("c")).isNotNull();
  }

  @Test
  void keepsNoMoreThanItsCapacityAndForgetsWhatItDrops() {
    pages.open();
    for (String key : List.of("a", "b", "c", "d")) {
      pages.keep(key, pages.ticket(), page("child:" + key));
    }
    assertThat(pages.size()).isEqualTo(3);
    for (String key : List.of("a", "b", "c", "d")) {
      pages.heard("child:" + key);
    }
    assertThat(pages.size()).isZero();
  }

  @Test
  void aPageMayNameOnlyNoticesThatAreFollowed() {
    assertThat(Notice.checked("roster:5")).isEqualTo("roster:5");
    assertThatThrownBy(() -> Notice.checked("unheard:5")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Notice.checked("child")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDisabledStoreKeepsNothing() {
    var none = new KeptPages(new ChangeNotices(null), 0);
    none.open();
    none.keep("a", none.ticket(), page("child:1"));
    assertThat(none.find("a")).isNull();
  }
}

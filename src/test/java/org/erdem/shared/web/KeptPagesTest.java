package org.erdem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.erdem.shared.db.ChangeNotices;
import org.junit.jupiter.api.Test;

class KeptPagesTest {
  private final KeptPages pages = new KeptPages(new ChangeNotices(null), 3);

  private static KeptPages.Page page(String... notices) {
    return new KeptPages.Page(new byte[] {1}, 1, "text/html", Locale.of("mn"), "/my/work", List.of(notices), List.of());
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
    assertThat(Notice.followed("roster:5")).isTrue();
    assertThat(Notice.followed("unheard:5")).isFalse();
    assertThat(Notice.followed("child")).isFalse();
  }

  @Test
  void keepingAPageAgainReplacesItsNoticesAndDroppingTheOldOneLeavesTheNew() {
    pages.open();
    pages.keep("a", pages.ticket(), page("child:1", "school:9"));
    pages.keep("a", pages.ticket(), page("child:2", "school:9"));
    pages.heard("child:1");
    assertThat(pages.find("a")).as("the first keeping's notice no longer names the page").isNotNull();
    pages.heard("school:9");
    assertThat(pages.find("a")).as("the notice both keepings name forgets the second").isNull();
  }

  @Test
  void aDisabledStoreKeepsNothing() {
    var none = new KeptPages(new ChangeNotices(null), 0);
    none.open();
    none.keep("a", none.ticket(), page("child:1"));
    assertThat(none.find("a")).isNull();
  }
}

package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Route templates as labels: each parameter by its name, without its regular expression. */
class RouteTemplateTagsTest {

  @Test
  void aParametersRegex_isLeftOut() {
    assertThat(
            RouteTemplateTags.withoutRegexes(
                "/third-party/ifttt/v1/actions/{action: animation|move|dock}/fields/{field}"))
        .isEqualTo("/third-party/ifttt/v1/actions/{action}/fields/{field}");
  }

  @Test
  void aRegexWithBracesOfItsOwn_isLeftOutWhole() {
    assertThat(RouteTemplateTags.withoutRegexes("/things/{id : [a-z]{1,50}}/parts/{part:\\d+}"))
        .isEqualTo("/things/{id}/parts/{part}");
  }

  @Test
  void aTemplateWithoutRegexes_andJerseysOwnNames_stayAsTheyAre() {
    assertThat(RouteTemplateTags.withoutRegexes("/api/v1/connections/{connection_id}"))
        .isEqualTo("/api/v1/connections/{connection_id}");
    assertThat(RouteTemplateTags.withoutRegexes("NOT_FOUND")).isEqualTo("NOT_FOUND");
  }
}

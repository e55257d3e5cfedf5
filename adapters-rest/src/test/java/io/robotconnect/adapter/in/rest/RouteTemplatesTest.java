package io.robotconnect.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Route templates as labels and log fields: each parameter by its name, without its regular
 * expression.
 */
class RouteTemplatesTest {

  @Test
  void aParametersRegex_isLeftOut() {
    assertThat(
            RouteTemplates.withoutParameterRegexes(
                "/third-party/ifttt/v1/actions/{action: animation|move|dock}/fields/{field}"))
        .isEqualTo("/third-party/ifttt/v1/actions/{action}/fields/{field}");
  }

  @Test
  void aRegexWithBracesOfItsOwn_isLeftOutWhole() {
    assertThat(
            RouteTemplates.withoutParameterRegexes("/things/{id : [a-z]{1,50}}/parts/{part:\\d+}"))
        .isEqualTo("/things/{id}/parts/{part}");
  }

  @Test
  void aTemplateWithoutRegexes_andJerseysOwnNames_stayAsTheyAre() {
    assertThat(RouteTemplates.withoutParameterRegexes("/api/v1/connections/{connection_id}"))
        .isEqualTo("/api/v1/connections/{connection_id}");
    assertThat(RouteTemplates.withoutParameterRegexes("NOT_FOUND")).isEqualTo("NOT_FOUND");
  }
}

package io.robotconnect.adapter.out.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.out.connect.TestJson;
import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptResult;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code Meta.currentUserTime}: a moment in the owner's zone, as IFTTT names it. */
class ScriptTimeZonesTest {

  private static ScriptResult runIn(Optional<String> zone, String text) {
    return Scripts.shared()
        .run(Scripts.source(text), Scripts.input(zone), new FakeCalls(), Scripts.firstAttempt());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Pacific Time (US & Canada) | 2026-03-14T08:09:26-07:00 | America/Los_Angeles",
        "Eastern Time (US & Canada) | 2026-03-14T11:09:26-04:00 | America/New_York",
        "Berlin | 2026-03-14T16:09:26+01:00 | Europe/Berlin",
        "Kyiv | 2026-03-14T17:09:26+02:00 | Europe/Kiev",
        "Chatham Is. | 2026-03-15T04:54:26+13:45 | Pacific/Chatham",
        "UTC | 2026-03-14T15:09:26Z | Etc/UTC",
        "Europe/Paris | 2026-03-14T16:09:26+01:00 | Europe/Paris",
        "Asia/Kolkata | 2026-03-14T20:39:26+05:30 | Asia/Kolkata",
        "america/los_angeles | 2026-03-14T08:09:26-07:00 | America/Los_Angeles",
      })
  void aRailsNameOrAnIanaId_givesTheOwnersLocalTime(String given, String local, String zone) {
    ScriptResult result =
        runIn(
            Optional.of(given),
            "console.log(Meta.currentUserTime.format(), Meta.currentUserTime.tz());");

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(result.warnings()).isEmpty();
    assertThat(result.console()).containsExactly(local + " " + zone);
  }

  @Test
  void anUnknownZone_isUtc_withAWarning() {
    ScriptResult result =
        runIn(Optional.of("Mars/Olympus_Mons"), "console.log(Meta.currentUserTime.format());");

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(result.console()).containsExactly("2026-03-14T15:09:26Z");
    assertThat(result.warnings())
        .containsExactly("unknown time zone \"Mars/Olympus_Mons\": Meta.currentUserTime is in UTC");
  }

  @Test
  void noZone_isUtc_withAWarning() {
    ScriptResult result = runIn(Optional.empty(), "console.log(Meta.currentUserTime.hours());");

    assertThat(result.console()).containsExactly("15");
    assertThat(result.warnings())
        .containsExactly("no time zone given: Meta.currentUserTime is in UTC");
  }

  @Test
  void everyRailsName_isAZoneMomentHasDataFor() throws Exception {
    ObjectMapper json = TestJson.mapper();
    TimeZones zones = new TimeZones(new MomentZones(json));
    Map<String, String> rails = zones.railsNames();
    assertThat(rails)
        .hasSize(151)
        .containsEntry("Pacific Time (US & Canada)", "America/Los_Angeles");
    rails
        .keySet()
        .forEach(name -> assertThat(zones.resolve(Optional.of(name)).warning()).as(name).isEmpty());

    String names =
        rails.values().stream()
            .distinct()
            .map(zone -> "\"" + zone + "\"")
            .collect(Collectors.joining(","));
    ScriptResult result =
        runIn(
            Optional.empty(),
            "const missing = ["
                + names
                + "].filter((z) => moment.tz.zone(z) === null || !moment.tz(Date.now(), z).isValid());"
                + " console.log(JSON.stringify(missing));");

    assertThat(result.console()).containsExactly("[]");
  }
}

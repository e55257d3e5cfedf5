package io.robotconnect.adapter.out.connect;

import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.domain.connection.FieldType;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.connection.UserFeatureStep;
import io.robotconnect.domain.connection.UserField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Domain values with every shape the Connect API's request bodies can carry. */
final class WireFormatSamples {
  private WireFormatSamples() {}

  static final FieldValue.Location FULL_LOCATION =
      new FieldValue.Location(
          37.7749295,
          -122.4194155,
          Optional.of(316.2010756871335),
          Optional.of("1 Market St, San Francisco"),
          Optional.of("Work \"HQ\" ü"),
          Optional.of(16));

  /** Two features: one configured with ids, every value shape and every step kind; one bare. */
  static List<UserFeature> features() {
    return List.of(
        new UserFeature(
            Optional.of("c62f0695-aae5-4f46-9482-1b8cfba8baf4"),
            "qharvmtjdh",
            true,
            List.of(
                UserField.of("note", new FieldValue.Text("line one\nline \"two\"")),
                UserField.of(
                    "day_of_week", new FieldValue.Option("Monday", "1", Optional.of("Week"))),
                new UserField(
                    "calendar",
                    Optional.of(FieldType.COLLECTION_SELECT),
                    FieldValue.Option.of("test@ifttt.com", "cIfp")),
                new UserField(
                    "where", Optional.of(FieldType.LOCATION_ENTER_AND_EXIT), FULL_LOCATION),
                UserField.of("spot", FieldValue.Location.point(18.124, 10)),
                UserField.of("area", FieldValue.Location.area(-1.5, 2.25, 0))),
            List.of(
                new UserFeatureStep(
                    Optional.of("ufs-trigger-1"),
                    StepKind.TRIGGER,
                    "enter_location",
                    List.of(UserField.of("location", FULL_LOCATION))),
                new UserFeatureStep(
                    Optional.empty(),
                    StepKind.QUERY,
                    "search",
                    List.of(UserField.of("query", new FieldValue.Text("")))),
                new UserFeatureStep(Optional.empty(), StepKind.ACTION, "add_event", List.of()),
                new UserFeatureStep(
                    Optional.of("ufs-trigger-2"), StepKind.TRIGGER, "exit_location", List.of()))),
        new UserFeature(Optional.empty(), "XwqsedQk", false, List.of(), List.of()));
  }

  /** Overrides of a run: an option (sent bare), a text and a location, in this order. */
  static Map<String, FieldValue> overrides() {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    fields.put("channel", new FieldValue.Option("Cats", "oFro6", Optional.of("Pets")));
    fields.put("message", new FieldValue.Text("Woof! ✓"));
    fields.put("where", FULL_LOCATION);
    return fields;
  }

  static List<ConnectApiPort.LegacyFieldUpdate> legacyUpdates() {
    return List.of(
        new ConnectApiPort.LegacyFieldUpdate(
            "acme_social_network",
            StepKind.ACTION,
            "post_picture",
            "title",
            new FieldValue.Text("My SF")),
        new ConnectApiPort.LegacyFieldUpdate(
            "weather", StepKind.TRIGGER, "rain", "location", FieldValue.Location.point(1.5, 2)),
        new ConnectApiPort.LegacyFieldUpdate(
            "acme_social_network",
            StepKind.QUERY,
            "list_posts",
            "album",
            new FieldValue.Option("Holidays", "a1", Optional.empty())),
        new ConnectApiPort.LegacyFieldUpdate(
            "acme_social_network",
            StepKind.ACTION,
            "post_picture",
            "caption",
            new FieldValue.Text("x")));
  }

  static ConnectApiPort.QueryRequest query() {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    fields.put("folder_name", new FieldValue.Text("aBw"));
    fields.put("near", FieldValue.Location.area(18.124, 10.298, 2.5));
    fields.put("kind", FieldValue.Option.of("Photos", "p"));
    return new ConnectApiPort.QueryRequest(
        fields,
        Optional.of("uf1"),
        List.of("versions", "owners"),
        Optional.of(1),
        Optional.of("1414"));
  }
}

package io.robotconnect.domain.connection;

import java.util.List;
import java.util.Optional;

/** A smaller copy of the seed's "Track your work hours" connection. */
final class SeedConnection {
  static final ConnectionId ID = new ConnectionId("zG58W2uC");
  static final StepRef SEARCH_EVENTS = new StepRef("google_calendar", "search_events");
  static final StepRef ADD_EVENT = new StepRef("google_calendar", "add_detailed_event");
  static final StepRef ENTER_OR_EXIT = new StepRef("location", "enter_or_exit_region_location");

  private SeedConnection() {}

  static FieldDefinition calendar() {
    return new FieldDefinition(
        "calendar", "Calendar", FieldType.COLLECTION_SELECT, true, false, Optional.empty());
  }

  static FieldDefinition query() {
    return new FieldDefinition(
        "query",
        "Query",
        FieldType.TEXT_FIELD,
        false,
        true,
        Optional.of(new FieldValue.Text("Empty")));
  }

  static FieldDefinition location() {
    return new FieldDefinition(
        "location",
        "Your work location",
        FieldType.LOCATION_ENTER_AND_EXIT,
        true,
        false,
        Optional.of(FieldValue.Location.area(37.78, -122.40, 316.2)));
  }

  static FieldDefinition dayOfWeek() {
    return new FieldDefinition(
        "day_of_week", "Day of week", FieldType.COLLECTION_SELECT, true, false, Optional.empty());
  }

  static Connection connection() {
    ServiceStep search =
        new ServiceStep(
            StepKind.QUERY,
            "search_events",
            "Search Events",
            Optional.empty(),
            Optional.empty(),
            List.of(calendar(), query()),
            List.of());
    ServiceStep add =
        new ServiceStep(
            StepKind.ACTION,
            "add_detailed_event",
            "Create a detailed event",
            Optional.empty(),
            Optional.empty(),
            List.of(calendar()),
            List.of());
    ServiceStep enterOrExit =
        new ServiceStep(
            StepKind.TRIGGER,
            "enter_or_exit_region_location",
            "You enter or exit an area",
            Optional.empty(),
            Optional.empty(),
            List.of(location()),
            List.of());
    Feature feature =
        new Feature(
            "qharvmtjdh",
            "Effortlessly track time spent at work",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(dayOfWeek()),
            List.of(
                step("f3gtkmjkgf", StepKind.TRIGGER, ENTER_OR_EXIT, location()),
                step("zfgacjes8c", StepKind.QUERY, SEARCH_EVENTS, calendar(), query()),
                step("xgzrzv2s3j", StepKind.ACTION, ADD_EVENT, calendar())));
    return new Connection(
        ID,
        "Track your work hours",
        "A new Google Calendar event will be created each time you enter or exit",
        Optional.empty(),
        Optional.of(22L),
        List.of(
            new ConnectService(
                "google_calendar",
                ConnectService.ServiceBranding.none(),
                true,
                List.of(search, add)),
            new ConnectService(
                "location", ConnectService.ServiceBranding.none(), false, List.of(enterOrExit))),
        List.of(feature),
        List.of());
  }

  static FeatureStep step(String id, StepKind kind, StepRef ref, FieldDefinition... fields) {
    return new FeatureStep(id, kind, ref, "", Optional.empty(), Optional.empty(), List.of(fields));
  }

  static UserFeature userFeature(List<UserField> fields, UserFeatureStep... steps) {
    return new UserFeature(
        Optional.of("c62f0695-aae5-4f46-9482-1b8cfba8baf4"),
        "qharvmtjdh",
        true,
        fields,
        List.of(steps));
  }

  static UserFeatureStep userTrigger(String featureTriggerId, UserField... fields) {
    return new UserFeatureStep(
        Optional.of("ef618c2d-70a4-4186-aa58-6b743086ebd0"),
        StepKind.TRIGGER,
        featureTriggerId,
        List.of(fields));
  }
}

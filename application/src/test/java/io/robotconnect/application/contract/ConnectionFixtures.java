package io.robotconnect.application.contract;

import io.robotconnect.domain.connection.ConnectService;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.Feature;
import io.robotconnect.domain.connection.FeatureStep;
import io.robotconnect.domain.connection.FieldDefinition;
import io.robotconnect.domain.connection.FieldType;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.ServiceStep;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.connection.UserFeatureStep;
import io.robotconnect.domain.connection.UserField;
import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Connections like the seed's "Track your work hours", with every field type and value shape, for
 * port contracts and service tests. Each call makes a fresh connection id so stores may be shared.
 */
public final class ConnectionFixtures {
  public static final StepRef ENTER_OR_EXIT =
      StepRef.parse("location.enter_or_exit_region_location");
  public static final StepRef SEARCH_EVENTS = StepRef.parse("google_calendar.search_events");
  public static final StepRef ADD_EVENT = StepRef.parse("google_calendar.add_detailed_event");
  public static final String FEATURE = "qharvmtjdh";
  public static final String FEATURE_TRIGGER = "f3gtkmjkgf";
  public static final String FEATURE_QUERY = "zfgacjes8c";
  public static final String FEATURE_ACTION = "xgzrzv2s3j";

  private ConnectionFixtures() {}

  public static ConnectionId newConnectionId() {
    return new ConnectionId("C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
  }

  public static OwnerId newUser() {
    return new OwnerId("user-" + UUID.randomUUID());
  }

  private static FieldDefinition field(
      String id, FieldType type, boolean required, boolean hidden, FieldValue value) {
    return new FieldDefinition(
        id, "Label of " + id, type, required, hidden, Optional.ofNullable(value));
  }

  private static List<FieldDefinition> calendarFields() {
    return List.of(
        field("calendar", FieldType.COLLECTION_SELECT, true, false, null),
        field("query", FieldType.TEXT_FIELD, false, true, new FieldValue.Text("Empty")),
        field("notes", FieldType.TEXT_AREA, false, true, new FieldValue.Text("")),
        field("all_day", FieldType.COLLECTION_SELECT, false, true, new FieldValue.Text("false")),
        field(
            "room",
            FieldType.DOUBLE_COLLECTION_SELECT,
            false,
            false,
            new FieldValue.Option("Room 1", "r1", Optional.of("Floor 2"))));
  }

  private static List<FieldDefinition> locationFields() {
    return List.of(
        field(
            "location",
            FieldType.LOCATION_ENTER_AND_EXIT,
            true,
            false,
            new FieldValue.Location(
                37.78383800416815,
                -122.40843300000002,
                Optional.of(316.2010756871335),
                Optional.of("923 Market St"),
                Optional.of("Work"),
                Optional.of(16))),
        field(
            "point",
            FieldType.LOCATION_POINT,
            false,
            false,
            FieldValue.Location.point(-33.9, 151.2)),
        field("radius", FieldType.LOCATION_RADIUS, false, false, null),
        field("enter", FieldType.LOCATION_ENTER, false, false, null));
  }

  public static Connection connection(ConnectionId id) {
    ServiceStep search =
        new ServiceStep(
            StepKind.QUERY,
            SEARCH_EVENTS.stepId(),
            "Search Events",
            Optional.of(
                "https://connect.ifttt.com/v2/connections/"
                    + id
                    + "/queries/google_calendar.search_events/field_options"),
            Optional.empty(),
            calendarFields(),
            List.of(
                new ServiceStep.LegacyUserStep(
                    Optional.empty(),
                    List.of(
                        new ServiceStep.LegacyUserField(
                            "calendar", FieldValue.Option.of("test@ifttt.com", "cIfp"))))));
    ServiceStep add =
        new ServiceStep(
            StepKind.ACTION,
            ADD_EVENT.stepId(),
            "Create a detailed event",
            Optional.empty(),
            Optional.of("https://connect.ifttt.com/run"),
            calendarFields(),
            List.of());
    ServiceStep enter =
        new ServiceStep(
            StepKind.TRIGGER,
            ENTER_OR_EXIT.stepId(),
            "You enter or exit an area",
            Optional.empty(),
            Optional.empty(),
            locationFields(),
            List.of(
                new ServiceStep.LegacyUserStep(
                    Optional.empty(),
                    List.of(
                        new ServiceStep.LegacyUserField(
                            "location", FieldValue.Location.area(37.7, -122.4, 300))))));
    Feature feature =
        new Feature(
            FEATURE,
            "Effortlessly track time spent at work",
            Optional.empty(),
            Optional.of("https://ifttt.com/value-prop-icons/clock.png"),
            Optional.empty(),
            List.of(
                field(
                    "day_of_week",
                    FieldType.COLLECTION_SELECT,
                    true,
                    false,
                    FieldValue.Option.of("Monday", "1"))),
            List.of(
                new FeatureStep(
                    FEATURE_TRIGGER,
                    StepKind.TRIGGER,
                    ENTER_OR_EXIT,
                    "You enter or exit an area",
                    Optional.empty(),
                    Optional.empty(),
                    locationFields()),
                new FeatureStep(
                    FEATURE_QUERY,
                    StepKind.QUERY,
                    SEARCH_EVENTS,
                    "Search Events",
                    Optional.empty(),
                    Optional.empty(),
                    calendarFields()),
                new FeatureStep(
                    FEATURE_ACTION,
                    StepKind.ACTION,
                    ADD_EVENT,
                    "Create a detailed event",
                    Optional.empty(),
                    Optional.of("https://connect.ifttt.com/run"),
                    calendarFields())));
    return new Connection(
        id,
        "Track your work hours",
        "Calendar events “when” you enter – or exit",
        Optional.of("https://ifttt.com/applets/" + id),
        Optional.of(22L),
        List.of(
            new ConnectService(
                "google_calendar",
                new ConnectService.ServiceBranding(
                    Optional.of("Google Calendar"),
                    Optional.of("Google"),
                    Optional.empty(),
                    Optional.of("https://assets/color.png"),
                    Optional.of("#2c6efc"),
                    Optional.of("https://ifttt.com/google_calendar")),
                true,
                List.of(search, add)),
            new ConnectService(
                "location", ConnectService.ServiceBranding.none(), false, List.of(enter))),
        List.of(feature),
        List.of(
            new Connection.ValueProposition(
                "Effortlessly track time spent at work", Optional.empty())));
  }

  public static List<UserFeature> userFeatures() {
    return List.of(
        new UserFeature(
            Optional.of("c62f0695-aae5-4f46-9482-1b8cfba8baf4"),
            FEATURE,
            true,
            List.of(
                new UserField(
                    "day_of_week",
                    Optional.of(FieldType.COLLECTION_SELECT),
                    new FieldValue.Option("Tuesday", "2", Optional.empty()))),
            List.of(
                new UserFeatureStep(
                    Optional.of("ef618c2d-70a4-4186-aa58-6b743086ebd0"),
                    StepKind.TRIGGER,
                    FEATURE_TRIGGER,
                    List.of(
                        new UserField(
                            "location",
                            Optional.of(FieldType.LOCATION_ENTER_AND_EXIT),
                            new FieldValue.Location(
                                37.78,
                                -122.4,
                                Optional.of(316.2),
                                Optional.of("923 Market St"),
                                Optional.empty(),
                                Optional.of(16))))),
                new UserFeatureStep(
                    Optional.empty(),
                    StepKind.QUERY,
                    FEATURE_QUERY,
                    List.of(
                        UserField.of("calendar", FieldValue.Option.of("test@ifttt.com", "cIfp")),
                        UserField.of("query", new FieldValue.Text("standup \t\n \"quoted\"")))),
                new UserFeatureStep(
                    Optional.empty(),
                    StepKind.ACTION,
                    FEATURE_ACTION,
                    List.of(
                        UserField.of(
                            "calendar", FieldValue.Option.of("test@ifttt.com", "cIfp")))))));
  }

  public static UserConnection userConnection(OwnerId user, Connection definition) {
    return UserConnection.of(user, definition, UserConnectionStatus.ENABLED, false, userFeatures());
  }
}

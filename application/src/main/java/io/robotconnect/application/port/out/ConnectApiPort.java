package io.robotconnect.application.port.out;

import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.connection.ConnectUrlRequest;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.Ids;
import io.robotconnect.domain.connection.OptionsScope;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.owner.OwnerId;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IFTTT's Connect API v2: reads and changes users' connections, runs actions and queries. Failures
 * are {@link ConnectApiException}s.
 */
public interface ConnectApiPort {

  /** Who the service key (and the user, when given) is to IFTTT ({@code GET /v2/me}). */
  ConnectMe me(Optional<OwnerId> user);

  /** The connection, with the user's status and configuration when a user is given. */
  ConnectionSnapshot showConnection(ConnectionId connection, Optional<OwnerId> user);

  /** Replaces the user's stored configuration ({@code PUT .../user_connection}). */
  void updateUserConnection(ConnectionId connection, OwnerId user, List<UserFeature> features);

  /** Changes user fields of service steps (the deprecated {@code POST /v2/connections/{id}}). */
  void updateUserFieldsLegacy(
      ConnectionId connection, OwnerId user, List<LegacyFieldUpdate> updates);

  /** The options of the dropdown fields of a feature or step, per field id. */
  Map<String, List<FieldValue.Option>> fieldOptions(
      ConnectionId connection, OptionsScope scope, OwnerId user);

  /** Makes IFTTT reload the labels of the user's dropdown values. */
  void refresh(ConnectionId connection, OwnerId user);

  /** Makes IFTTT fire a test event of the trigger (it arrives as a webhook). */
  void testTrigger(
      ConnectionId connection, StepRef trigger, OwnerId user, Optional<String> userFeatureId);

  /** Performs a query; a page's {@code next} cursor fetches the following page. */
  QueryPage performQuery(
      ConnectionId connection, StepRef query, OwnerId user, QueryRequest request);

  /**
   * Runs an action once. Never retried once the request may have reached IFTTT: an unknown outcome
   * is reported as {@link ConnectApiException.OutcomeUnknown}.
   */
  void runAction(
      ConnectionId connection,
      StepRef action,
      OwnerId user,
      Map<String, FieldValue> fieldOverrides,
      Optional<String> userFeatureId);

  /** Trades an OAuth code of ours for a single-use provisional access code (48 h). */
  String provisionalAccessCode(String oauthCode);

  /**
   * The Connect URL that starts enabling the connection.
   *
   * @throws IllegalArgumentException when the redirect is not one of the registered ones
   */
  URI connectUrl(ConnectUrlRequest request);

  /** The answer of {@code /v2/me}. */
  record ConnectMe(String authenticationLevel, String serviceId, Optional<String> userLogin) {
    public ConnectMe {
      userLogin = userLogin == null ? Optional.empty() : userLogin;
    }
  }

  /** A user field of a service step to change through the deprecated update. */
  record LegacyFieldUpdate(
      String serviceId,
      io.robotconnect.domain.connection.StepKind kind,
      String stepId,
      String fieldId,
      FieldValue value) {}

  /** What to ask of a query; empty parts are left to IFTTT's defaults. */
  record QueryRequest(
      Map<String, FieldValue> fields,
      Optional<String> userFeatureId,
      List<String> includes,
      Optional<Integer> limit,
      Optional<String> cursor) {
    /** Includes name ingredients of the query; a query has a few. */
    public static final int MAX_INCLUDES = 50;

    /** Cursors are IFTTT's opaque page tokens, short in practice. */
    public static final int MAX_CURSOR_LENGTH = 2000;

    public QueryRequest {
      fields = Map.copyOf(fields == null ? Map.of() : fields);
      userFeatureId = Ids.optional(userFeatureId, "user_feature_id");
      includes = List.copyOf(includes == null ? List.of() : includes);
      if (includes.size() > MAX_INCLUDES) {
        throw new IllegalArgumentException("includes has at most " + MAX_INCLUDES + " entries");
      }
      limit = limit == null ? Optional.empty() : limit;
      limit.ifPresent(
          l -> {
            if (l < 0) {
              throw new IllegalArgumentException("limit must be zero or more");
            }
          });
      cursor = cursor == null ? Optional.empty() : cursor;
      cursor.ifPresent(c -> TextRules.requireAtMost(c, "cursor", MAX_CURSOR_LENGTH));
    }

    public static QueryRequest defaults() {
      return new QueryRequest(
          Map.of(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }
  }

  /**
   * One page of a query's result.
   *
   * @param type {@code list} or {@code query}
   * @param items the result items as JSON-like trees (maps, lists, strings, numbers, booleans)
   * @param next how to ask for the following page; empty on the last page
   */
  record QueryPage(String type, List<Map<String, Object>> items, Optional<NextPage> next) {
    public QueryPage {
      items = List.copyOf(items == null ? List.of() : items);
      next = next == null ? Optional.empty() : next;
    }
  }

  /** The {@code next} of a query page: the fields and cursor to send for the following page. */
  record NextPage(Map<String, Object> fields, String cursor) {
    public NextPage {
      fields =
          fields == null
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
  }
}

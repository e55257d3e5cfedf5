package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On PostgreSQL, every retention batch is found through an index and reads only about the rows it
 * purges: the trigger-event sweep walks {@code ix_trigger_events_age} from where the last batch
 * stopped, and checks each event's timeline with a walk of {@code ix_trigger_events_timeline}, the
 * poll's index; the other kinds' deletes go through the index of the time they purge by.
 */
class RetentionQueryPlanTest {
  private static final Logger log = LoggerFactory.getLogger(RetentionQueryPlanTest.class);
  private static final int SUBJECTS = 1_000;
  private static final int EVENTS = 100_000;
  private static final int RECEIPTS = 20_000;
  private static final int BATCH = 1_000;
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-01-01T00:00:00Z");

  @RegisterExtension static final TestDatabase db = TestDatabase.postgres();

  @BeforeAll
  static void manyEventsAndReceipts() {
    db.database()
        .repository(context -> context)
        .run(
            session -> {
              session
                  .createNativeMutationQuery(
                      "insert into trigger_events (event_id, owner_id, trigger_slug, fields_key,"
                          + " subject_fields, ingredients, occurred_at)"
                          + " select 'e-' || g, 'owner-' || (g % "
                          + SUBJECTS
                          + "), 'voice_command', 'key', '{}', '{}',"
                          + " timestamptz '2026-01-01 00:00:00+00' + g * interval '1 second'"
                          + " from generate_series(1, "
                          + EVENTS
                          + ") g")
                  .executeUpdate();
              session
                  .createNativeMutationQuery(
                      "insert into connect_webhook_receipts (request_id, webhook_type,"
                          + " webhook_event, body, known, received_at)"
                          + " select 'r-' || g, 'connection', 'enabled', '{}', g % 10 <> 0,"
                          + " timestamptz '2026-01-01 00:00:00+00' + g * interval '1 second'"
                          + " from generate_series(1, "
                          + RECEIPTS
                          + ") g")
                  .executeUpdate();
              // the test server commits asynchronously, and VACUUM marks pages all-visible only
              // once their inserter's commit is on disk
              session
                  .createNativeMutationQuery("set local synchronous_commit = on")
                  .executeUpdate();
            });
    // what autovacuum does to an insert-mostly table: statistics and the visibility map
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("vacuum analyze trigger_events");
      statement.execute("vacuum analyze connect_webhook_receipts");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void triggerEventSweep_goesOnThroughTheAgeIndex_andChecksTimelinesThroughThePollsIndex()
      throws Exception {
    OffsetDateTime after = T0.plusSeconds(10_000);
    JsonNode plan =
        explainAnalyze(
            TriggerSql.rolledOff(true), 49, T0.plusSeconds(90_000), after, after, "e-10000", BATCH);
    log.info("trigger event sweep plan: {}", plan);

    List<JsonNode> nodes = nodesOf(plan);
    assertNoSortOrSeqScan(nodes);
    JsonNode age = scanOf(nodes, "ix_trigger_events_age", plan);
    assertThat(age.get("Actual Rows").asLong()).as("events examined").isEqualTo(BATCH);
    JsonNode timeline = scanOf(nodes, "ix_trigger_events_timeline", plan);
    assertThat(timeline.get("Node Type").asText()).isEqualTo("Index Only Scan");
    assertThat(timeline.get("Heap Fetches").asLong()).isZero();
    assertThat(timeline.get("Actual Loops").asLong()).as("one walk per event").isEqualTo(BATCH);
    // each walk stops at the 50th newer event (of about 90): not the subject's whole history
    assertThat(timeline.get("Actual Rows").asDouble()).isEqualTo(50.0);
  }

  @Test
  void triggerEventSweep_asAGenericPreparedPlan_stillWalksTheIndexesWithoutSorting()
      throws Exception {
    String plan =
        db.database()
            .repository(context -> context)
            .call(
                session ->
                    session.doReturningWork(
                        connection -> {
                          try (var statement = connection.createStatement()) {
                            statement.execute("set local plan_cache_mode = force_generic_plan");
                            try (PreparedStatement explain =
                                connection.prepareStatement(
                                    "explain (format json) " + TriggerSql.rolledOff(true))) {
                              explain.setInt(1, 49);
                              explain.setObject(2, T0.plusSeconds(90_000));
                              explain.setObject(3, T0.plusSeconds(10_000));
                              explain.setObject(4, T0.plusSeconds(10_000));
                              explain.setString(5, "e-10000");
                              explain.setInt(6, BATCH);
                              try (ResultSet rs = explain.executeQuery()) {
                                rs.next();
                                return rs.getString(1);
                              }
                            }
                          }
                        }));
    JsonNode parsed = parse(plan);
    log.info("trigger event sweep, generic plan: {}", parsed);

    List<JsonNode> nodes = nodesOf(parsed);
    assertNoSortOrSeqScan(nodes);
    scanOf(nodes, "ix_trigger_events_age", parsed);
    scanOf(nodes, "ix_trigger_events_timeline", parsed);
  }

  @Test
  void receiptBatchDelete_findsItsRowsThroughTheReceivedIndex() throws Exception {
    String delete =
        new PostgresRetentionSql()
            .batchDelete(new RetentionSql.Purgeable("connect_webhook_receipts", "received_at < ?"));
    OffsetDateTime bound = T0.plusSeconds(RECEIPTS / 10);

    JsonNode plan = explain(delete, bound, BATCH, bound);
    log.info("receipt purge plan: {}", plan);

    List<JsonNode> nodes = nodesOf(plan);
    assertNoSortOrSeqScan(nodes);
    scanOf(nodes, "ix_connect_webhook_receipts_received", plan);
    assertThat(nodes).extracting(n -> n.get("Node Type").asText()).contains("Tid Scan");
  }

  private static Connection connect() throws java.sql.SQLException {
    DatabaseSettings settings = db.settings();
    return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
  }

  private static JsonNode explainAnalyze(String sql, Object... parameters) throws Exception {
    return explainWith("explain (analyze, format json) ", sql, parameters);
  }

  /** Without running it: for a delete. */
  private static JsonNode explain(String sql, Object... parameters) throws Exception {
    return explainWith("explain (format json) ", sql, parameters);
  }

  private static JsonNode explainWith(String explain, String sql, Object... parameters)
      throws Exception {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(explain + sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return parse(result.getString(1));
      }
    }
  }

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json).get(0);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<JsonNode> nodesOf(JsonNode plan) {
    List<JsonNode> nodes = new ArrayList<>();
    collect(plan.get("Plan"), nodes);
    return nodes;
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    into.add(node);
    if (node.has("Plans")) {
      node.get("Plans").forEach(child -> collect(child, into));
    }
  }

  private static void assertNoSortOrSeqScan(List<JsonNode> nodes) {
    assertThat(nodes)
        .extracting(n -> n.get("Node Type").asText())
        .doesNotContain("Sort", "Seq Scan");
  }

  private static JsonNode scanOf(List<JsonNode> nodes, String indexName, JsonNode plan) {
    return nodes.stream()
        .filter(n -> indexName.equals(n.path("Index Name").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(indexName + " is not used: " + plan));
  }
}

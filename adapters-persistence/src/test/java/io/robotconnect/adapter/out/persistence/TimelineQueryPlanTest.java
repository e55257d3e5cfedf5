package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On PostgreSQL, "newest N events of one subject" walks {@code ix_trigger_events_timeline} and
 * stops after N rows: no sort, no scan of the subject's other events or of other subjects. A poll's
 * read adds one lookup of the polling identity by its key.
 */
class TimelineQueryPlanTest {
  private static final Logger log = LoggerFactory.getLogger(TimelineQueryPlanTest.class);
  private static final int SUBJECTS = 1_000;
  private static final int EVENTS_PER_SUBJECT = 100;
  private static final int LIMIT = 50;
  private static final int IDENTITIES_PER_OWNER = 10;

  @RegisterExtension static final TestDatabase db = TestDatabase.postgres();

  private static final TriggerSubject SUBJECT =
      new TriggerSubject(new OwnerId("owner-7"), "voice_command", Map.of("phrase", "hi"));

  @BeforeAll
  static void manyEventsOfManySubjects() {
    String fieldsKey = SUBJECT.fieldsKey();
    db.database()
        .repository(context -> context)
        .run(
            session -> {
              // the test server commits asynchronously, and VACUUM marks pages all-visible only
              // once their inserter's commit is on disk
              session
                  .createNativeMutationQuery("set local synchronous_commit = on")
                  .executeUpdate();
              session
                  .createNativeMutationQuery(
                      "insert into trigger_events (event_id, owner_id, trigger_slug, fields_key,"
                          + " subject_fields, ingredients, occurred_at)"
                          + " select 'e-' || g, 'owner-' || (g % "
                          + SUBJECTS
                          + "), 'voice_command', :fieldsKey, '{\"phrase\":\"hi\"}',"
                          + " '{\"phrase\":\"hi\"}',"
                          + " timestamptz '2026-01-01 00:00:00+00' + g * interval '1 second'"
                          + " from generate_series(1, "
                          + SUBJECTS * EVENTS_PER_SUBJECT
                          + ") g")
                  .setParameter("fieldsKey", fieldsKey)
                  .executeUpdate();
              session
                  .createNativeMutationQuery(
                      "insert into trigger_identities (id, owner_id, trigger_slug, fields_key,"
                          + " fields, registered_at) select 'identity-' || g, 'owner-' || (g % "
                          + SUBJECTS
                          + "), 'voice_command', :fieldsKey, '{\"phrase\":\"hi\"}',"
                          + " timestamptz '2026-01-01 00:00:00+00' from generate_series(0, "
                          + (SUBJECTS * IDENTITIES_PER_OWNER - 1)
                          + ") g")
                  .setParameter("fieldsKey", fieldsKey)
                  .executeUpdate();
              session.createNativeMutationQuery("analyze trigger_events").executeUpdate();
              session.createNativeMutationQuery("analyze trigger_identities").executeUpdate();
            });
  }

  @Test
  void timelineRead_usesTheTimelineIndex_andReadsOnlyTheRowsItReturns() throws Exception {
    JsonNode plan =
        explainAnalyze(
            "select * from trigger_events where owner_id = ? and trigger_slug = ?"
                + " and fields_key = ? order by occurred_at desc, event_id desc limit ?",
            SUBJECT.owner().value(),
            SUBJECT.triggerSlug(),
            SUBJECT.fieldsKey(),
            LIMIT);
    log.info("timeline query plan: {}", plan);

    List<JsonNode> nodes = nodesOf(plan);
    assertNoSortOrSeqScan(nodes);
    JsonNode scan =
        nodes.stream()
            .filter(n -> n.get("Node Type").asText().startsWith("Index"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no index scan in " + plan));
    assertThat(scan.get("Index Name").asText()).isEqualTo("ix_trigger_events_timeline");
    assertThat(scan.get("Actual Rows").asLong()).isEqualTo(LIMIT);
    assertThat(scan.has("Rows Removed by Filter") ? scan.get("Rows Removed by Filter").asLong() : 0)
        .isZero();
  }

  @Test
  void timelineRead_asAGenericPreparedPlan_stillWalksTheIndexWithoutSorting() throws Exception {
    JsonNode plan =
        db.database()
            .repository(context -> context)
            .call(
                session ->
                    session.doReturningWork(
                        connection -> {
                          try (var statement = connection.createStatement()) {
                            statement.execute("set local plan_cache_mode = force_generic_plan");
                            statement.execute(
                                "prepare timeline(varchar, varchar, varchar, int) as"
                                    + " select * from trigger_events where owner_id = $1"
                                    + " and trigger_slug = $2 and fields_key = $3"
                                    + " order by occurred_at desc, event_id desc"
                                    + " fetch first $4 rows only");
                            try (var rs =
                                statement.executeQuery(
                                    "explain (analyze, format json) execute timeline('owner-7',"
                                        + " 'voice_command', '"
                                        + SUBJECT.fieldsKey()
                                        + "', "
                                        + LIMIT
                                        + ")")) {
                              rs.next();
                              String json = rs.getString(1);
                              statement.execute("deallocate timeline");
                              return json;
                            }
                          }
                        }))
            .transform(TimelineQueryPlanTest::parse);
    log.info("generic timeline query plan: {}", plan);

    List<JsonNode> nodes = nodesOf(plan);
    assertNoSortOrSeqScan(nodes);
    assertThat(nodes)
        .anyMatch(n -> "ix_trigger_events_timeline".equals(n.path("Index Name").asText()));
  }

  @Test
  void timelineRead_onceVacuumed_answersFromTheIndexAlone() throws Exception {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("vacuum analyze trigger_events");
    }
    JsonNode plan =
        explainAnalyze(
            TriggerSql.TIMELINE,
            SUBJECT.owner().value(),
            SUBJECT.triggerSlug(),
            SUBJECT.fieldsKey(),
            LIMIT);
    log.info("vacuumed timeline query plan: {}", plan);

    JsonNode scan = scanOf(nodesOf(plan), "ix_trigger_events_timeline", plan);
    assertThat(scan.get("Node Type").asText()).isEqualTo("Index Only Scan");
    assertThat(scan.get("Heap Fetches").asLong()).isZero();
    assertThat(scan.get("Actual Rows").asLong()).isEqualTo(LIMIT);
  }

  @Test
  void pollRead_walksTheTimelineIndex_andLooksTheIdentityUpByItsKey_once() throws Exception {
    JsonNode plan =
        explainAnalyze(
            TriggerSql.IDENTITY_THEN_TIMELINE,
            "identity-7",
            SUBJECT.owner().value(),
            SUBJECT.fieldsKey(),
            SUBJECT.owner().value(),
            SUBJECT.triggerSlug(),
            SUBJECT.fieldsKey(),
            LIMIT);
    log.info("poll read plan: {}", plan);

    List<JsonNode> nodes = nodesOf(plan);
    assertNoSortOrSeqScan(nodes);
    JsonNode timeline = scanOf(nodes, "ix_trigger_events_timeline", plan);
    assertThat(timeline.get("Actual Rows").asLong()).isEqualTo(LIMIT);
    JsonNode identity = scanOf(nodes, "pk_trigger_identities", plan);
    assertThat(identity.get("Actual Loops").asLong()).as("identity lookups").isEqualTo(1);
    assertThat(identity.get("Actual Rows").asLong()).isEqualTo(1);
  }

  private static Connection connect() throws java.sql.SQLException {
    DatabaseSettings settings = db.settings();
    return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
  }

  /** The JSON plan of {@code sql} run with these parameters, from a connection of its own. */
  private static JsonNode explainAnalyze(String sql, Object... parameters) throws Exception {
    try (Connection connection = connect();
        PreparedStatement explain =
            connection.prepareStatement("explain (analyze, format json) " + sql)) {
      for (int i = 0; i < parameters.length; i++) {
        explain.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = explain.executeQuery()) {
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

  @Test
  void timelineRead_returnsTheSubjectsNewestEventsOnly() {
    List<TriggerEvent> newest =
        db.database().triggerEvents().newest(SUBJECT, new TimelineLimit(LIMIT));

    assertThat(newest).hasSize(LIMIT);
    assertThat(newest).allMatch(e -> e.subject().owner().equals(SUBJECT.owner()));
    assertThat(newest.get(0).id()).isEqualTo("e-" + ((SUBJECTS * EVENTS_PER_SUBJECT) - 993));
  }

  /** Every node of the plan, the root first. */
  private static List<JsonNode> nodesOf(JsonNode plan) {
    List<JsonNode> nodes = new ArrayList<>();
    collect(plan.get("Plan"), nodes);
    return nodes;
  }

  private static void assertNoSortOrSeqScan(List<JsonNode> nodes) {
    assertThat(nodes)
        .extracting(n -> n.get("Node Type").asText())
        .doesNotContain("Sort", "Seq Scan");
  }

  /** The node that scans {@code indexName}; the test fails when there is none. */
  private static JsonNode scanOf(List<JsonNode> nodes, String indexName, JsonNode plan) {
    return nodes.stream()
        .filter(n -> indexName.equals(n.path("Index Name").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(indexName + " is not used: " + plan));
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    into.add(node);
    if (node.has("Plans")) {
      node.get("Plans").forEach(child -> collect(child, into));
    }
  }
}

package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.retry.Retry;
import io.robotconnect.application.port.in.RecordVoiceCommandCommand;
import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import io.robotconnect.application.port.in.VoiceCommandOutcome;
import io.robotconnect.domain.robot.RobotId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes robots' {@code ifttt_trigger} messages ({@link TriggerPayload}) and records them through
 * {@link RecordVoiceCommandUseCase}, retrying while the store is unavailable. Each message is
 * acknowledged to the broker only after it is stored (or found unusable), so a crash in between
 * means the broker delivers it again; a message id seen before is skipped. Nothing a robot sends
 * can stop the consumer: bad messages are logged and counted.
 */
final class RobotEventListener implements MqttConnection.MessageHandler, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RobotEventListener.class);
  private static final Duration MAX_CLOCK_SKEW = Duration.ofDays(1);
  private static final int MAX_BATCH = 200;

  private record Incoming(String topic, byte[] bytes, Runnable ack) {}

  private record Accepted(Incoming message, RecordVoiceCommandCommand command) {}

  private final RobotTopics topics;
  private final EnvelopeCodec codec;
  private final RecordVoiceCommandUseCase recordVoiceCommand;
  private final Retry untilStored;
  private final OwnerAppEvents appEvents;
  private final RobotMessageCounters counters;
  private final RecentMessageIds recent = new RecentMessageIds(100_000);
  private final Clock clock;
  private final BlockingQueue<Incoming> queue;
  private final ExecutorService workers;
  private volatile boolean running = true;

  /**
   * @param untilStored retries recording while the store is unavailable, for as long as it takes
   */
  RobotEventListener(
      RobotTopics topics,
      EnvelopeCodec codec,
      RecordVoiceCommandUseCase recordVoiceCommand,
      Retry untilStored,
      OwnerAppEvents appEvents,
      RobotMessageCounters counters,
      Clock clock,
      int threads) {
    this.topics = topics;
    this.codec = codec;
    this.recordVoiceCommand = recordVoiceCommand;
    this.untilStored = untilStored;
    this.appEvents = appEvents;
    this.counters = counters;
    this.clock = clock;
    this.queue = new ArrayBlockingQueue<>(MAX_BATCH * threads * 4);
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread thread = new Thread(r, "robot-events");
              thread.setDaemon(true);
              return thread;
            });
    for (int i = 0; i < threads; i++) {
      workers.execute(this::drain);
    }
  }

  /** Queues the message; when the queue is full, the broker connection waits (back pressure). */
  @Override
  public void onMessage(String topic, MqttMessage message, Runnable ack) {
    counters.countReceived();
    try {
      queue.put(new Incoming(topic, message.getPayload(), ack));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Takes what has queued up (one message when traffic is light, up to a batch when it is heavy)
   * and stores it in one transaction.
   */
  private void drain() {
    List<Incoming> batch = new ArrayList<>(MAX_BATCH);
    while (running) {
      try {
        Incoming first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        process(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | LinkageError e) {
        // keep the consumer alive; the batch stays unacknowledged and comes back on reconnect
        LOG.error("robot events: a batch failed unexpectedly; it will be redelivered", e);
      } finally {
        batch.clear();
      }
    }
  }

  private void process(List<Incoming> batch) {
    List<Accepted> accepted = new ArrayList<>(batch.size());
    for (Incoming message : batch) {
      Optional<RecordVoiceCommandCommand> command = parse(message);
      if (command.isPresent()) {
        accepted.add(new Accepted(message, command.get()));
      } else {
        message.ack().run();
      }
    }
    if (accepted.isEmpty()) {
      return;
    }
    Optional<List<VoiceCommandOutcome>> outcomes =
        recordPersistently(accepted.stream().map(Accepted::command).toList());
    if (outcomes.isEmpty()) {
      return;
    }
    for (int i = 0; i < accepted.size(); i++) {
      Accepted one = accepted.get(i);
      report(one.command(), outcomes.get().get(i));
      recent.remember(one.command().messageId());
      one.message().ack().run();
    }
  }

  /** The command a message carries, or empty when it is to be skipped (counted and logged). */
  private Optional<RecordVoiceCommandCommand> parse(Incoming message) {
    try {
      return parseOrSkip(message.topic(), message.bytes());
    } catch (RuntimeException e) {
      counters.countMalformed();
      LOG.warn("could not handle a message on {}: {}", message.topic(), e.toString());
      return Optional.empty();
    }
  }

  private Optional<RecordVoiceCommandCommand> parseOrSkip(String topic, byte[] bytes) {
    Optional<RobotId> robot = topics.robotOf(RobotTopics.TRIGGERS, topic);
    if (robot.isEmpty()) {
      counters.countUnknown();
      LOG.warn("ignored a message on unexpected topic {}", topic);
      return Optional.empty();
    }
    Envelope<JsonNode> envelope;
    try {
      envelope = codec.read(bytes);
    } catch (MalformedMessageException e) {
      counters.countMalformed();
      LOG.warn("ignored a malformed message from robot {}: {}", robot.get(), e.getMessage());
      return Optional.empty();
    }
    if (envelope.isFrom(Envelope.CLOUD)) {
      counters.countEcho();
      return Optional.empty();
    }
    String name = envelope.payload().path("name").asText("");
    if (!TriggerPayload.NAME.equals(name) || !envelope.isFrom(Envelope.ROBOT)) {
      counters.countUnknown();
      LOG.warn(
          "ignored message {} named '{}' from '{}' on {}",
          envelope.messageId(),
          name,
          envelope.origin(),
          topic);
      return Optional.empty();
    }
    if (recent.contains(envelope.messageId())) {
      counters.countDuplicate();
      return Optional.empty();
    }
    try {
      return Optional.of(commandOf(robot.get(), envelope));
    } catch (IllegalArgumentException | MalformedMessageException e) {
      counters.countMalformed();
      LOG.warn(
          "ignored trigger {} of robot {}: {}", envelope.messageId(), robot.get(), e.getMessage());
      return Optional.empty();
    }
  }

  private void report(RecordVoiceCommandCommand command, VoiceCommandOutcome outcome) {
    switch (outcome) {
      case RECORDED -> {
        counters.countRecorded();
        appEvents.triggerFired(command.robot(), command.triggerFields(), command.messageId());
      }
      case DUPLICATE -> counters.countDuplicate();
      case UNKNOWN_ROBOT -> counters.countDropped();
      default -> {
        counters.countDropped();
        appEvents.error(
            command.robot(), "The phrase you said is not linked to one of your Applets any more.");
      }
    }
  }

  /**
   * Records the commands, retrying while the store is unavailable; empty when shutting down first
   * (the messages stay unacknowledged, so the broker delivers them again).
   */
  private Optional<List<VoiceCommandOutcome>> recordPersistently(
      List<RecordVoiceCommandCommand> commands) {
    try {
      return untilStored.executeSupplier(() -> recordUnlessStopping(commands));
    } catch (RuntimeException e) {
      // a wait between attempts that shutdown interrupted
      if (!running) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private Optional<List<VoiceCommandOutcome>> recordUnlessStopping(
      List<RecordVoiceCommandCommand> commands) {
    try {
      return Optional.of(recordVoiceCommand.recordAll(commands));
    } catch (RuntimeException e) {
      if (!running) {
        return Optional.empty();
      }
      LOG.warn("could not record {} voice commands ({}); retrying", commands.size(), e.toString());
      throw e;
    }
  }

  private RecordVoiceCommandCommand commandOf(RobotId robot, Envelope<JsonNode> envelope) {
    TriggerPayload.Params params = codec.payload(envelope, TriggerPayload.class).params();
    if (envelope.robotId() != null && !envelope.robotId().equals(robot.toString())) {
      throw new IllegalArgumentException(
          "robot_id " + envelope.robotId() + " does not match its topic");
    }
    return new RecordVoiceCommandCommand(
        robot,
        envelope.messageId(),
        params.triggerIdentity(),
        params.plainFields(),
        heardAt(envelope.timestamp()));
  }

  /** The robot's own time, unless its clock is far off. */
  private Instant heardAt(Instant robotTime) {
    Instant now = clock.instant();
    if (robotTime == null
        || robotTime.isBefore(now.minus(MAX_CLOCK_SKEW))
        || robotTime.isAfter(now.plus(MAX_CLOCK_SKEW))) {
      return now;
    }
    return robotTime;
  }

  @Override
  public void close() {
    running = false;
    workers.shutdown();
    try {
      if (!workers.awaitTermination(15, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.shutdownNow();
    }
  }
}

package io.robotconnect.adapter.out.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.application.port.out.script.ScriptCall;
import io.robotconnect.application.port.out.script.ScriptCallRecord;
import io.robotconnect.application.port.out.script.ScriptCallResponse;
import io.robotconnect.application.port.out.script.ScriptCallUnreachableException;
import io.robotconnect.application.port.out.script.ScriptCalls;
import io.robotconnect.application.port.out.script.ScriptFunction;
import io.robotconnect.domain.connection.StepRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The calls of one run: handed out in sequence, sent side by side, and settled in the script in the
 * order they were made, whatever order their answers come in, so that a run replayed from its
 * journal takes the same path.
 */
final class CallLedger {
  /** What to settle a call's Promise with. */
  record Settlement(
      int sequence, boolean answered, int statusCode, String bodyJson, String message) {}

  private record Sending(ScriptFunction function, StepRef id, long startNanos) {}

  private final ObjectMapper json;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final TreeSet<Integer> waiting = new TreeSet<>();
  private final Map<Integer, Settlement> ready = new HashMap<>();
  private final Map<Integer, ScriptCallRecord> records = new TreeMap<>();
  private final Map<Integer, Sending> sending = new HashMap<>();
  private final List<Future<?>> futures = new ArrayList<>();
  private int made;
  private boolean woken;
  private boolean finished;

  CallLedger(ObjectMapper json) {
    this.json = json;
  }

  /** The next call's sequence number, from 1. */
  int next() {
    lock.lock();
    try {
      return ++made;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Sends the call on one of {@code threads}.
   *
   * @param abort told when {@code calls} fails otherwise than unreachable
   */
  void send(
      ScriptCall call,
      ScriptCalls calls,
      ExecutorService threads,
      Consumer<RuntimeException> abort) {
    lock.lock();
    try {
      waiting.add(call.sequence());
      futures.add(threads.submit(() -> sendNow(call, calls, abort)));
    } finally {
      lock.unlock();
    }
  }

  private void sendNow(ScriptCall call, ScriptCalls calls, Consumer<RuntimeException> abort) {
    long start = System.nanoTime();
    lock.lock();
    try {
      if (finished) {
        return;
      }
      sending.put(call.sequence(), new Sending(call.function(), call.id(), start));
    } finally {
      lock.unlock();
    }
    try {
      ScriptCallResponse response = calls.call(call);
      answered(call, response, Duration.ofNanos(System.nanoTime() - start), false);
    } catch (ScriptCallUnreachableException e) {
      unreachable(
          call.sequence(),
          call.function(),
          call.id(),
          unreachableMessage(call, e),
          Duration.ofNanos(System.nanoTime() - start),
          false);
    } catch (RuntimeException e) {
      abort.accept(e);
    }
  }

  /** A call answered, by the Connect API or from the journal. */
  void answered(ScriptCall call, ScriptCallResponse response, Duration took, boolean replayed) {
    String body = response.responseBody() == null ? null : write(response.responseBody());
    settle(
        new Settlement(call.sequence(), true, response.statusCode(), body, null),
        new ScriptCallRecord(
            call.sequence(),
            call.function(),
            call.id(),
            Optional.of(response.statusCode()),
            took,
            replayed));
  }

  /** A call that got no answer: its Promise rejects with the message. */
  void unreachable(
      int sequence,
      ScriptFunction function,
      StepRef id,
      String message,
      Duration took,
      boolean replayed) {
    settle(
        new Settlement(sequence, false, 0, null, message),
        new ScriptCallRecord(sequence, function, id, Optional.empty(), took, replayed));
  }

  /** Marks a replayed call as made, so that its settlement is awaited in its turn. */
  void awaiting(int sequence) {
    lock.lock();
    try {
      waiting.add(sequence);
    } finally {
      lock.unlock();
    }
  }

  private void settle(Settlement settlement, ScriptCallRecord record) {
    lock.lock();
    try {
      sending.remove(settlement.sequence());
      records.put(settlement.sequence(), record);
      ready.put(settlement.sequence(), settlement);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The settlement of the earliest call not yet settled in the script, once it is there; null when
   * no call is pending or {@link #wake()} was called.
   */
  Settlement awaitNext() throws InterruptedException {
    lock.lock();
    try {
      while (true) {
        if (woken || waiting.isEmpty()) {
          return null;
        }
        Settlement settlement = ready.remove(waiting.first());
        if (settlement != null) {
          waiting.pollFirst();
          return settlement;
        }
        changed.await(1, TimeUnit.SECONDS);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Makes {@link #awaitNext()} return: the run is over. */
  void wake() {
    lock.lock();
    try {
      woken = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Ends the run's calls: those not started yet are never sent. Answers the records of the calls
   * sent, those still in flight without a status.
   */
  List<ScriptCallRecord> finish() {
    lock.lock();
    try {
      finished = true;
      futures.forEach(future -> future.cancel(false));
      long now = System.nanoTime();
      Map<Integer, ScriptCallRecord> all = new TreeMap<>(records);
      sending.forEach(
          (sequence, call) ->
              all.put(
                  sequence,
                  new ScriptCallRecord(
                      sequence,
                      call.function(),
                      call.id(),
                      Optional.empty(),
                      Duration.ofNanos(now - call.startNanos()),
                      false)));
      return List.copyOf(all.values());
    } finally {
      lock.unlock();
    }
  }

  private static String unreachableMessage(ScriptCall call, ScriptCallUnreachableException e) {
    String reason = e.getMessage() == null ? "no answer" : e.getMessage();
    return call.function().jsName()
        + "(\""
        + call.id()
        + "\"): the Connect API could not be reached: "
        + reason;
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a response body that is not JSON", e);
    }
  }
}

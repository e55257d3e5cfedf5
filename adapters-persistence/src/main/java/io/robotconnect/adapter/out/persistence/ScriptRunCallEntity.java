package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A call of a script run, journaled as sent before it is sent; its result (an answer, or none)
 * after. Neither result column set: in flight, or in doubt.
 */
@Entity
@Table(name = "script_run_calls")
@IdClass(ScriptRunCallEntity.Key.class)
class ScriptRunCallEntity {
  @Id
  @Column(name = "run_id")
  UUID runId;

  @Id
  @Column(name = "call_sequence")
  int sequence;

  @Column(name = "call_function", length = 20, nullable = false)
  String function;

  @Column(name = "step_id", length = 401, nullable = false)
  String stepId;

  /** The request body, a JSON object; null when the script gave none. */
  @Column(name = "body")
  String body;

  @Column(name = "status_code")
  Integer statusCode;

  /** The answer's JSON; null when it had no body. */
  @Column(name = "response_body")
  String responseBody;

  @Column(name = "unreachable_message", length = 2000)
  String unreachableMessage;

  /** The key: the run and the call's sequence number. */
  static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    UUID runId;
    int sequence;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.sequence == sequence
          && Objects.equals(key.runId, runId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(runId, sequence);
    }
  }
}

package io.robotconnect.application.port.in;

import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.Ids;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs an action, performs a query or fires a test trigger of the owner's connection, with field
 * overrides. A connection that is pending, disabled or never enabled runs nothing.
 */
public interface RunConnectionStepUseCase {

  /**
   * @throws ConnectionNotRunnableException when the owner's connection may not run
   */
  void runAction(StepCommand command);

  /**
   * @throws ConnectionNotRunnableException when the owner's connection may not run
   */
  ConnectApiPort.QueryPage performQuery(StepCommand command, ConnectApiPort.QueryRequest request);

  /**
   * @throws ConnectionNotRunnableException when the owner's connection may not run
   */
  void testTrigger(StepCommand command);

  /** Which step of which connection, for whom, with which overrides and configuration. */
  record StepCommand(
      OwnerId owner,
      ConnectionId connection,
      StepRef step,
      Map<String, FieldValue> fields,
      Optional<String> userFeatureId) {
    public StepCommand {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(connection, "connection");
      Objects.requireNonNull(step, "step");
      fields = Map.copyOf(fields == null ? Map.of() : fields);
      userFeatureId = Ids.optional(userFeatureId, "user_feature_id");
    }
  }
}

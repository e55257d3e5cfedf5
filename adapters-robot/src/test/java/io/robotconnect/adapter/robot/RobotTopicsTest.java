package io.robotconnect.adapter.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.domain.robot.RobotId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RobotTopicsTest {
  private static final RobotTopics TOPICS = new RobotTopics("robots", "develop");
  private static final String TRIGGERS = "robots/develop/ifttt_trigger/";

  @Test
  void aRobotsTopic_endsInItsCanonicalUuid_andReadsBack() {
    RobotId robot = new RobotId(UUID.randomUUID());

    String topic = TOPICS.of(RobotTopics.TRIGGERS, robot);

    assertThat(topic).isEqualTo(TRIGGERS + robot.value());
    assertThat(TOPICS.robotOf(RobotTopics.TRIGGERS, topic)).contains(robot);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+",
        "#",
        "1-1-1-1-1",
        "0f8fad5b-d9cb-469f-a165-70867728950e/extra",
        "0f8fad5b-d9cb-469f-a165-70867728950e/+",
        "0f8fad5b-d9cb-469f-a165-70867728950e#",
        "0f8fad5b-d9cb-469f-a165-70867728950e\u0000",
        "../0f8fad5b-d9cb-469f-a165-70867728950e",
        "",
        "not-a-uuid"
      })
  void aTopicWhoseLastLevelIsNotExactlyAUuid_namesNoRobot(String level) {
    assertThat(TOPICS.robotOf(RobotTopics.TRIGGERS, TRIGGERS + level)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "+", "#", "x\u0000", ""})
  void anEndpointOrRootThatIsNotOneLevel_isRefused(String level) {
    RobotId robot = new RobotId(UUID.randomUUID());
    assertThatThrownBy(() -> TOPICS.of(level, robot)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RobotTopics(level, "develop"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

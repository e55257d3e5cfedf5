package io.robotconnect.domain.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.domain.owner.OwnerId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerSubjectTest {
  private static final OwnerId ALICE = new OwnerId("alice");
  private static final OwnerId BOB = new OwnerId("bob");

  private static TriggerSubject phrase(OwnerId owner, String phrase) {
    return new TriggerSubject(owner, "voice_command", Map.of("voice_command", phrase));
  }

  @Test
  void fieldValues_differingOnlyInCaseAndBlanks_areTheSameSubject() {
    assertThat(phrase(ALICE, "Lights  On ").isSameAs(phrase(ALICE, "lights on"))).isTrue();
    assertThat(phrase(ALICE, "Lights  On ").fieldsKey())
        .isEqualTo(phrase(ALICE, "lights on").fieldsKey());
  }

  @Test
  void otherValues_otherOwner_orOtherTrigger_areAnotherSubject() {
    assertThat(phrase(ALICE, "lights on").isSameAs(phrase(ALICE, "lights off"))).isFalse();
    assertThat(phrase(ALICE, "lights on").isSameAs(phrase(BOB, "lights on"))).isFalse();
    assertThat(
            phrase(ALICE, "lights on")
                .isSameAs(new TriggerSubject(ALICE, "heard", Map.of("voice_command", "lights on"))))
        .isFalse();
  }
}

package io.robotconnect.domain.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserConnectionTest {
  private static final OwnerId USER = new OwnerId("16507466");

  private static UserConnection enabled(boolean pending, UserFeature... features) {
    return UserConnection.of(
        USER,
        SeedConnection.connection(),
        UserConnectionStatus.ENABLED,
        pending,
        List.of(features));
  }

  @Test
  void givenStepsOfTheConnection_userConnection_isBuilt() {
    UserConnection userConnection =
        enabled(
            false,
            SeedConnection.userFeature(
                List.of(UserField.of("day_of_week", FieldValue.Option.of("Tuesday", "2"))),
                SeedConnection.userTrigger(
                    "f3gtkmjkgf",
                    UserField.of("location", FieldValue.Location.area(37.7, -122.4, 316)))));

    assertThat(userConnection.connection()).isEqualTo(SeedConnection.ID);
    assertThat(userConnection.feature("c62f0695-aae5-4f46-9482-1b8cfba8baf4")).isPresent();
    assertThat(userConnection.canRun()).isTrue();
  }

  @Test
  void givenUnknownFeature_userConnection_isRejected() {
    UserFeature unknown =
        new UserFeature(Optional.of("u1"), "no_such_feature", true, List.of(), List.of());

    assertThatThrownBy(() -> enabled(false, unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no_such_feature");
  }

  @Test
  void givenFeatureTriggerThatDoesNotExist_userConnection_isRejected() {
    UserFeature feature =
        SeedConnection.userFeature(List.of(), SeedConnection.userTrigger("not_a_trigger"));

    assertThatThrownBy(() -> enabled(false, feature))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not_a_trigger");
  }

  @Test
  void givenActionIdUsedAsTrigger_userConnection_isRejected() {
    UserFeature feature =
        SeedConnection.userFeature(List.of(), SeedConnection.userTrigger("xgzrzv2s3j"));

    assertThatThrownBy(() -> enabled(false, feature)).hasMessageContaining("xgzrzv2s3j");
  }

  @Test
  void pendingConnection_runsNothing_untilUpdated() {
    UserConnection pending = enabled(true);

    assertThat(pending.canRun()).isFalse();
    UserConnection updated =
        pending.updated(
            SeedConnection.connection(), List.of(SeedConnection.userFeature(List.of())));
    assertThat(updated.pending()).isFalse();
    assertThat(updated.canRun()).isTrue();
  }

  @Test
  void disabledConnection_runsNothing() {
    assertThat(enabled(false).withStatus(UserConnectionStatus.DISABLED).canRun()).isFalse();
  }

  @Test
  void userStatus_readsIftttNames() {
    assertThat(UserConnectionStatus.fromWireName("never_enabled"))
        .isEqualTo(UserConnectionStatus.NEVER_ENABLED);
    assertThat(UserConnectionStatus.ENABLED.wireName()).isEqualTo("enabled");
  }
}

package io.robotconnect.domain.owner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OwnerValuesTest {

  @Test
  void ownerIds_areAtMost200Characters_withoutControlCharacters() {
    assertThat(new OwnerId("u".repeat(OwnerId.MAX_LENGTH)).value()).hasSize(200);
    assertThatThrownBy(() -> new OwnerId("u".repeat(OwnerId.MAX_LENGTH + 1)))
        .hasMessageContaining("owner id must be at most 200 characters");
    assertThatThrownBy(() -> new OwnerId("a\u0000b")).hasMessageContaining("control");
    assertThatThrownBy(() -> new OwnerId("a\nb")).hasMessageContaining("control");
  }

  @Test
  void emailAddresses_areAtMost254Characters_withoutBlanksOrControlCharacters() {
    String local = "a".repeat(EmailAddress.MAX_LENGTH - "@example.com".length());
    assertThat(new EmailAddress(local + "@example.com").value()).hasSize(254);
    assertThatThrownBy(() -> new EmailAddress("a" + local + "@example.com"))
        .hasMessageContaining("254");
    assertThatThrownBy(() -> new EmailAddress("a\u001b@example.com"))
        .hasMessageContaining("not an e-mail address");
    assertThatThrownBy(() -> new EmailAddress("a b@example.com"))
        .hasMessageContaining("not an e-mail address");
  }

  @Test
  void displayNames_refuseControlCharacters() {
    assertThatThrownBy(
            () -> new Owner(new OwnerId("o"), new EmailAddress("a@b.c"), "Ada\r\nX", "hash"))
        .hasMessageContaining("display name");
  }

  @Test
  void theReservedDomain_holdsThePlatformsAccounts_andOnlyTheEndpointTesterCannotSignIn() {
    EmailAddress demo = new EmailAddress("Demo@RobotConnect.invalid");

    assertThat(ReservedAccounts.isReserved(ReservedAccounts.IFTTT_ENDPOINT_TEST)).isTrue();
    assertThat(ReservedAccounts.isReserved(demo)).isTrue();
    assertThat(ReservedAccounts.isReserved(new EmailAddress("a@robotconnect.invalid.example")))
        .isFalse();
    assertThat(ReservedAccounts.allowsSignIn(ReservedAccounts.IFTTT_ENDPOINT_TEST)).isFalse();
    assertThat(ReservedAccounts.allowsSignIn(demo)).isTrue();
  }
}

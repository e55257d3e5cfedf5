package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.fake.FastPasswordHasher;
import io.robotconnect.application.fake.InMemoryOwnerRepository;
import io.robotconnect.application.port.in.EmailAlreadyRegisteredException;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import org.junit.jupiter.api.Test;

class OwnerRegistrationServiceTest {
  private final InMemoryOwnerRepository owners = new InMemoryOwnerRepository();
  private final FastPasswordHasher hasher = new FastPasswordHasher();
  private final OwnerRegistrationService service = new OwnerRegistrationService(owners, hasher);

  @Test
  void register_storesTheOwnerWithAHashedPasswordAndAFreshId() {
    Owner owner = service.register(command("Ada@Example.com", "Ada"));

    assertThat(owners.findById(owner.id())).contains(owner);
    assertThat(owner.email()).isEqualTo(new EmailAddress("ada@example.com"));
    assertThat(owner.displayName()).isEqualTo("Ada");
    assertThat(owner.passwordHash()).doesNotContain("s3cret-pass");
    assertThat(hasher.matches("s3cret-pass", owner.passwordHash())).isTrue();
  }

  @Test
  void twoOwners_getDifferentPermanentIds() {
    Owner ada = service.register(command("ada@example.com", "Ada"));
    Owner bob = service.register(command("bob@example.com", "Bob"));

    assertThat(ada.id()).isNotEqualTo(bob.id());
  }

  @Test
  void givenTakenEmail_register_isRefused() {
    service.register(command("ada@example.com", "Ada"));

    assertThatThrownBy(() -> service.register(command("ADA@example.com", "Other")))
        .isInstanceOf(EmailAlreadyRegisteredException.class);
  }

  @Test
  void givenTakenEmail_registerIfAbsent_returnsTheExistingOwnerUnchanged() {
    Owner ada = service.register(command("ada@example.com", "Ada"));

    Owner again = service.registerIfAbsent(command("ada@example.com", "Someone else"));

    assertThat(again).isEqualTo(ada);
  }

  @Test
  void shortPassword_isRefusedByTheCommand() {
    assertThatThrownBy(() -> new RegisterOwnerCommand(new EmailAddress("a@b.c"), "Ada", "short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password");
  }

  private static RegisterOwnerCommand command(String email, String name) {
    return new RegisterOwnerCommand(new EmailAddress(email), name, "s3cret-pass");
  }
}

package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.fake.FastPasswordHasher;
import io.robotconnect.application.fake.InMemoryOwnerRepository;
import io.robotconnect.application.port.in.EmailAlreadyRegisteredException;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.port.in.ReservedAccountException;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.ReservedAccounts;
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

  @Test
  void reservedAddresses_areRefusedFromOutside_butThePlatformMakesItsOwn() {
    assertThatThrownBy(
            () -> service.register(command("ifttt-endpoint-test@robotconnect.invalid", "X")))
        .isInstanceOf(ReservedAccountException.class)
        .hasMessageContaining("reserved");
    assertThatThrownBy(() -> service.register(command("Someone@RobotConnect.Invalid", "X")))
        .isInstanceOf(ReservedAccountException.class);
    assertThat(owners.findByEmail(ReservedAccounts.IFTTT_ENDPOINT_TEST)).isEmpty();

    Owner demo = service.registerIfAbsent(command("demo@robotconnect.invalid", "Demo"));

    assertThat(owners.findById(demo.id())).contains(demo);
  }

  private static RegisterOwnerCommand command(String email, String name) {
    return new RegisterOwnerCommand(new EmailAddress(email), name, "s3cret-pass");
  }
}

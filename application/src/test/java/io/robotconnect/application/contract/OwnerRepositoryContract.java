package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.port.out.EmailAlreadyUsedException;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OwnerRepository} does. Tests use fresh ids, so implementations may share one
 * store across tests.
 */
public abstract class OwnerRepositoryContract {
  private OwnerRepository owners;

  /** The implementation under test. */
  protected abstract OwnerRepository ownerRepository();

  @BeforeEach
  void createRepository() {
    owners = ownerRepository();
  }

  @Test
  void savedOwner_isFoundById() {
    Owner owner = newOwner();
    owners.save(owner);

    assertThat(owners.findById(owner.id())).contains(owner);
  }

  @Test
  void savedOwner_isFoundByEmail_writtenInAnyCase() {
    Owner owner = newOwner();
    owners.save(owner);

    EmailAddress shouted = new EmailAddress(owner.email().value().toUpperCase());
    assertThat(owners.findByEmail(shouted)).contains(owner);
  }

  @Test
  void unknownOwner_isNotFound() {
    assertThat(owners.findById(new OwnerId("nobody-" + UUID.randomUUID()))).isEmpty();
    assertThat(owners.findByEmail(new EmailAddress(UUID.randomUUID() + "@example.com"))).isEmpty();
  }

  @Test
  void savingAgain_replacesTheOwner() {
    Owner owner = newOwner();
    owners.save(owner);
    Owner renamed =
        new Owner(owner.id(), new EmailAddress(unique() + "@example.org"), "Renamed", "hash-2");

    owners.save(renamed);

    assertThat(owners.findById(owner.id())).contains(renamed);
    assertThat(owners.findByEmail(owner.email())).isEmpty();
    assertThat(owners.findByEmail(renamed.email())).contains(renamed);
  }

  @Test
  void emailOfAnotherOwner_isRefused_andNothingChanges() {
    Owner first = newOwner();
    owners.save(first);
    Owner second = new Owner(new OwnerId(unique()), first.email(), "Second", "hash");

    assertThatThrownBy(() -> owners.save(second)).isInstanceOf(EmailAlreadyUsedException.class);

    assertThat(owners.findById(second.id())).isEmpty();
    assertThat(owners.findByEmail(first.email())).contains(first);
  }

  @Test
  void emailFreedByAnOwner_canBeTakenByAnother() {
    Owner first = newOwner();
    owners.save(first);
    owners.save(new Owner(first.id(), new EmailAddress(unique() + "@x.org"), "First", "h"));
    Owner second = new Owner(new OwnerId(unique()), first.email(), "Second", "hash");

    owners.save(second);

    assertThat(owners.findByEmail(first.email())).contains(second);
  }

  private static Owner newOwner() {
    String id = unique();
    return new Owner(
        new OwnerId("owner-" + id), new EmailAddress(id + "@example.com"), "Ada " + id, "$2y$hash");
  }

  private static String unique() {
    return UUID.randomUUID().toString();
  }
}

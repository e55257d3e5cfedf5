package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;
import java.util.Optional;

/** Tells IFTTT who an owner is (display name and permanent id). */
public interface GetUserInfoUseCase {

  /** The owner's info, or empty when the owner no longer exists. */
  Optional<UserInfo> userInfo(OwnerId owner);

  /** What IFTTT shows of an owner. */
  record UserInfo(OwnerId id, String name) {}
}

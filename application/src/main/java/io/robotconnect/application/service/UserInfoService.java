package io.robotconnect.application.service;

import io.robotconnect.application.port.in.GetUserInfoUseCase;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.domain.owner.OwnerId;
import java.util.Optional;

/** Answers IFTTT's user/info with the owner's display name and permanent id. */
public class UserInfoService implements GetUserInfoUseCase {
  private final OwnerRepository owners;

  public UserInfoService(OwnerRepository owners) {
    this.owners = owners;
  }

  @Override
  public Optional<UserInfo> userInfo(OwnerId owner) {
    return owners.findById(owner).map(o -> new UserInfo(o.id(), o.displayName()));
  }
}

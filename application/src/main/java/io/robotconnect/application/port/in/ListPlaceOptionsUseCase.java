package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;
import java.util.List;

/** Lists the places on the owner's robot's map for the {@code move} action. */
public interface ListPlaceOptionsUseCase {

  /** The places of the owner's robot (the oldest registered), by name; empty with no robot. */
  List<FieldOption> placeOptions(OwnerId owner);
}

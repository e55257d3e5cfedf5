package io.robotconnect.application.service;

import io.robotconnect.application.port.in.CheckReadinessUseCase;
import io.robotconnect.application.port.out.DatabaseHealthPort;

/** Ready when the database answers. */
public class ReadinessService implements CheckReadinessUseCase {
  private final DatabaseHealthPort database;

  public ReadinessService(DatabaseHealthPort database) {
    this.database = database;
  }

  @Override
  public boolean isReady() {
    return database.isReachable();
  }
}

package io.robotconnect.adapter.in.rest;

import io.robotconnect.adapter.in.rest.admin.AdminToken;
import java.util.Objects;
import java.util.Optional;

/**
 * What the REST adapter is configured with: the prefix of the IFTTT-facing paths, IFTTT's service
 * key, the admin token (without one the admin API answers 404), and the brand the owner's pages
 * show.
 */
public record RestSettings(
    ApiPrefix apiPrefix, ServiceKey serviceKey, Optional<AdminToken> adminToken, Brand brand) {
  public RestSettings {
    Objects.requireNonNull(apiPrefix, "apiPrefix");
    Objects.requireNonNull(serviceKey, "serviceKey");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(brand, "brand");
  }
}

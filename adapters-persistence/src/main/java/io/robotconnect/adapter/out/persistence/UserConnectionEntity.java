package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One user's state of one connection. */
@Entity
@Table(name = "user_connections")
class UserConnectionEntity {
  @EmbeddedId Key key;

  @Column(name = "status", length = 20, nullable = false)
  String status;

  @Column(name = "pending", nullable = false)
  boolean pending;

  /** The user features, a JSON array. */
  @Column(name = "features", nullable = false)
  String features;

  /** User and connection. */
  @Embeddable
  static class Key implements Serializable {
    @Column(name = "owner_id", length = 200)
    String ownerId;

    @Column(name = "connection_id", length = 64)
    String connectionId;

    Key() {}

    Key(String ownerId, String connectionId) {
      this.ownerId = ownerId;
      this.connectionId = connectionId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other
          && ownerId.equals(other.ownerId)
          && connectionId.equals(other.connectionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ownerId, connectionId);
    }
  }
}

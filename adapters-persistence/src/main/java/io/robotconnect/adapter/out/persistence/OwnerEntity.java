package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "owners")
class OwnerEntity {
  @Id
  @Column(name = "id", length = 200)
  String id;

  @Column(name = "email", length = 254, nullable = false, unique = true)
  String email;

  @Column(name = "display_name", length = 200, nullable = false)
  String displayName;

  @Column(name = "password_hash", length = 255, nullable = false)
  String passwordHash;
}

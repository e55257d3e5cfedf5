package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The latest known definition of a connection, as one JSON document. */
@Entity
@Table(name = "connection_definitions")
class ConnectionDefinitionEntity {
  @Id
  @Column(name = "connection_id", length = 64)
  String connectionId;

  @Column(name = "definition", nullable = false)
  String definition;
}

package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A robot; the generated registration number orders an owner's robots. */
@Entity
@Table(name = "robots")
class RobotEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "registration_no")
  Long registrationNo;

  @Column(name = "robot_id", nullable = false, unique = true, updatable = false)
  UUID robotId;

  @Column(name = "owner_id", length = 200, nullable = false)
  String ownerId;

  @Column(name = "name", length = 200, nullable = false)
  String name;

  @ElementCollection
  @CollectionTable(name = "robot_places", joinColumns = @JoinColumn(name = "registration_no"))
  @OrderColumn(name = "position")
  List<PlaceEntity> places = new ArrayList<>();
}

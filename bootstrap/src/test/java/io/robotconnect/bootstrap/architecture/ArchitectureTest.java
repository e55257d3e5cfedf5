package io.robotconnect.bootstrap.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.robotconnect",
    importOptions = ArchitectureRules.ProductionClassesOnly.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domain_depends_only_on_the_jdk =
      ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK;

  @ArchTest
  static final ArchRule application_depends_only_on_domain_and_logging =
      ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_LOGGING;

  @ArchTest
  static final ArchRule adapters_use_the_application_only_through_ports =
      ArchitectureRules.ADAPTERS_USE_THE_APPLICATION_ONLY_THROUGH_PORTS;

  @ArchTest
  static final ArchRule adapters_do_not_reach_each_other =
      ArchitectureRules.ADAPTERS_DO_NOT_REACH_EACH_OTHER;

  @ArchTest
  static final ArchRule every_class_sits_in_a_known_layer =
      ArchitectureRules.EVERY_CLASS_SITS_IN_A_KNOWN_LAYER;

  @ArchTest
  static final ArchRule jpa_entities_stay_inside_the_persistence_adapter =
      ArchitectureRules.JPA_ENTITIES_STAY_INSIDE_THE_PERSISTENCE_ADAPTER;

  @ArchTest
  static final ArchRule the_core_creates_no_threads = ArchitectureRules.THE_CORE_CREATES_NO_THREADS;
}

package io.robotconnect.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import jakarta.persistence.Entity;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dependency rule of ARCHITECTURE.md, as ArchUnit rules that Maven's module graph cannot say.
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** Executor services, the factory that makes them, and timers. */
  private static final DescribedPredicate<JavaClass> EXECUTORS_OR_TIMERS =
      assignableTo(ExecutorService.class)
          .or(type(Executors.class))
          .or(assignableTo(Timer.class))
          .or(assignableTo(TimerTask.class))
          .as("executor services, Executors, timers");

  public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK =
      classes()
          .that()
          .resideInAPackage("io.robotconnect.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.robotconnect.domain..")
          .because(
              "the domain is the plain model every other part builds on; frameworks come and go");

  public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_LOGGING =
      classes()
          .that()
          .resideInAPackage("io.robotconnect.application..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "io.robotconnect.domain..", "io.robotconnect.application..", "org.slf4j..")
          .because("use cases must be testable with in-memory fakes, without any framework");

  public static final ArchRule ADAPTERS_USE_THE_APPLICATION_ONLY_THROUGH_PORTS =
      noClasses()
          .that()
          .resideInAPackage("io.robotconnect.adapter..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.robotconnect.application.service..")
          .because(
              "adapters talk to use cases (port.in) and implement ports (port.out); services stay replaceable");

  public static final ArchRule ADAPTERS_DO_NOT_REACH_EACH_OTHER =
      SlicesRuleDefinition.slices()
          .assignedFrom(new AdapterModules())
          .should()
          .notDependOnEachOther()
          .because("each adapter is one way in or out; they meet only in the application's ports");

  public static final ArchRule EVERY_CLASS_SITS_IN_A_KNOWN_LAYER =
      classes()
          .that()
          .resideInAPackage("io.robotconnect..")
          .should()
          .resideInAnyPackage(
              "io.robotconnect.domain..",
              "io.robotconnect.application.port.in..",
              "io.robotconnect.application.port.out..",
              "io.robotconnect.application.service..",
              "io.robotconnect.adapter.in.rest..",
              "io.robotconnect.adapter.out.persistence..",
              "io.robotconnect.adapter.out.connect..",
              "io.robotconnect.adapter.out.script..",
              "io.robotconnect.adapter.robot..",
              "io.robotconnect.bootstrap..")
          .because("a class outside the known layers escapes every other rule");

  public static final ArchRule JPA_ENTITIES_STAY_INSIDE_THE_PERSISTENCE_ADAPTER =
      classes()
          .that()
          .areAnnotatedWith(Entity.class)
          .should()
          .notBePublic()
          .andShould()
          .resideInAPackage("io.robotconnect.adapter.out.persistence..")
          .because(
              "entities are a storage detail; the rest of the code sees domain objects via mappers");

  public static final ArchRule THE_CORE_CREATES_NO_THREADS =
      noClasses()
          .that()
          .resideInAnyPackage("io.robotconnect.domain..", "io.robotconnect.application..")
          .should()
          .callConstructorWhere(JavaCall.Predicates.target(declaredIn(assignableTo(Thread.class))))
          .orShould()
          .callMethodWhere(
              JavaCall.Predicates.target(
                  declaredIn(assignableTo(Thread.class))
                      .and(nameMatching("sleep|start|startVirtualThread"))))
          .orShould()
          .dependOnClassesThat(EXECUTORS_OR_TIMERS)
          .because(
              "threads, schedules and shutdown belong to bootstrap; the core offers use cases that"
                  + " do one piece of work in the caller's thread");

  /** Imports only production classes: no test classes, no test-jars of sibling modules. */
  public static final class ProductionClassesOnly implements ImportOption {
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

    @Override
    public boolean includes(Location location) {
      return new DoNotIncludeTests().includes(location) && !location.matches(TEST_JAR);
    }
  }

  /** Assigns each adapter package to its Maven module. */
  static final class AdapterModules implements SliceAssignment {
    private static final Pattern ADAPTER =
        Pattern.compile(
            "io\\.robotconnect\\.adapter\\.(in\\.rest|out\\.persistence|out\\.connect|out\\.script|robot)(\\..*)?");

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      Matcher matcher = ADAPTER.matcher(javaClass.getPackageName());
      return matcher.matches() ? SliceIdentifier.of(matcher.group(1)) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "adapter modules";
    }
  }
}

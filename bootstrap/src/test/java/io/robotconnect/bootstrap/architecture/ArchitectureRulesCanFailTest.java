package io.robotconnect.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.robotconnect.adapter.in.rest.archfixture.ResourceCallingAServiceAndTheRobotAdapter;
import io.robotconnect.adapter.robot.archfixture.RobotAdapterClass;
import io.robotconnect.application.archfixture.ServiceHandedAnExecutor;
import io.robotconnect.application.archfixture.ServiceStartingAThread;
import io.robotconnect.application.archfixture.ServiceUsingJersey;
import io.robotconnect.domain.archfixture.DomainClassUsingJackson;
import io.robotconnect.domain.archfixture.PublicEntityInTheDomain;
import io.robotconnect.misplaced.ClassOutsideTheLayers;
import org.junit.jupiter.api.Test;

/** Each rule, fed a class that breaks it on purpose, reports the violation. */
class ArchitectureRulesCanFailTest {

  private static EvaluationResult evaluate(ArchRule rule, Class<?>... fixtures) {
    JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
    return rule.evaluate(classes);
  }

  @Test
  void domainRule_failsOnADomainClassUsingAFramework() {
    EvaluationResult result =
        evaluate(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK, DomainClassUsingJackson.class);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("DomainClassUsingJackson");
  }

  @Test
  void applicationRule_failsOnAServiceUsingJersey() {
    EvaluationResult result =
        evaluate(
            ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_LOGGING,
            ServiceUsingJersey.class);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("ServiceUsingJersey");
  }

  @Test
  void portsRule_failsOnAnAdapterCallingAService() {
    EvaluationResult result =
        evaluate(
            ArchitectureRules.ADAPTERS_USE_THE_APPLICATION_ONLY_THROUGH_PORTS,
            ResourceCallingAServiceAndTheRobotAdapter.class);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("ReadinessService");
  }

  @Test
  void adapterIsolationRule_failsOnAnAdapterReachingAnother() {
    EvaluationResult result =
        evaluate(
            ArchitectureRules.ADAPTERS_DO_NOT_REACH_EACH_OTHER,
            ResourceCallingAServiceAndTheRobotAdapter.class,
            RobotAdapterClass.class);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("RobotAdapterClass");
  }

  @Test
  void layerRule_failsOnAClassOutsideTheLayers() {
    EvaluationResult result =
        evaluate(ArchitectureRules.EVERY_CLASS_SITS_IN_A_KNOWN_LAYER, ClassOutsideTheLayers.class);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("ClassOutsideTheLayers");
  }

  @Test
  void entityRule_failsOnAPublicEntityOutsidePersistence() {
    EvaluationResult result =
        evaluate(
            ArchitectureRules.JPA_ENTITIES_STAY_INSIDE_THE_PERSISTENCE_ADAPTER,
            PublicEntityInTheDomain.class);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("PublicEntityInTheDomain");
  }

  @Test
  void threadRule_failsOnAServiceStartingThreadsSleepingAndScheduling() {
    EvaluationResult result =
        evaluate(ArchitectureRules.THE_CORE_CREATES_NO_THREADS, ServiceStartingAThread.class);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString())
        .contains("ServiceStartingAThread")
        .contains("java.lang.Thread.<init>")
        .contains("java.lang.Thread.start()")
        .contains("java.lang.Thread.sleep(long)")
        .contains("java.util.concurrent.Executors")
        .contains("java.util.Timer");
  }

  @Test
  void threadRule_leavesAServiceThatIsHandedAnExecutorAlone() {
    EvaluationResult result =
        evaluate(ArchitectureRules.THE_CORE_CREATES_NO_THREADS, ServiceHandedAnExecutor.class);
    assertThat(result.hasViolation()).isFalse();
  }
}

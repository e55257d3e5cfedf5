package io.robotconnect.bootstrap;

import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.adapter.robot.simulator.SimulatedRobot;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.port.in.RegisterRobotCommand;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.ReservedAccounts;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.RobotId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ROBOTCONNECT_DEMO=true} (or {@code --demo}): a demo owner with one simulated robot running
 * in this process, so a newcomer sees the whole loop with {@code java -jar} and curl. Lines typed
 * on the console are phrases the robot hears.
 */
final class DemoWiring {
  static final String VARIABLE = "ROBOTCONNECT_DEMO";

  /**
   * The IFTTT service id of the demo when {@value OAuthConfig#SERVICE_ID} is unset, so that the
   * authorize page accepts the README's requests with its redirect URI.
   */
  static final String SERVICE_ID = "robot-demo";

  static final String DEMO_EMAIL = "demo@" + ReservedAccounts.DOMAIN;
  static final RobotId DEMO_ROBOT = new RobotId(uuid("robot"));
  private static final Logger LOG = LoggerFactory.getLogger(DemoWiring.class);

  private DemoWiring() {}

  /** Whether {@code ROBOTCONNECT_DEMO} (or {@code --demo}) asks for the demo. */
  static boolean isOn(Environment env) {
    return env.bool(VARIABLE, false);
  }

  static void wire(Wiring w, OAuthWiring.Provided oauth, RobotWiring.Provided robots) {
    RobotSettings settings = robots.settings();
    if (!settings.demo()) {
      return;
    }
    String password = w.secrets().loadOrGenerate("demo-owner-password").value();
    Owner owner =
        oauth
            .registerOwner()
            .registerIfAbsent(
                new RegisterOwnerCommand(new EmailAddress(DEMO_EMAIL), "Demo Owner", password));
    List<Place> places =
        List.of(
            new Place(uuid("kitchen"), "Kitchen"),
            new Place(uuid("living-room"), "Living room"),
            new Place(uuid("front-door"), "Front door"));
    oauth
        .registerRobot()
        .registerForReservedAccount(
            RegisterRobotCommand.of(owner.id(), DEMO_ROBOT, "Demo Kuri", places));
    SimulatedRobot robot =
        w.lifecycle()
            .onClose(
                "demo robot",
                new SimulatedRobot(
                    new SimulatedRobot.Link(
                        robots.broker().url(),
                        new RobotTopics(settings.topicRoot(), settings.environment()),
                        w.json(),
                        w.retries().mqttReconnect()),
                    DEMO_ROBOT,
                    places));
    robot.start();
    listenToTheConsole(robot);
    w.banner().add("Demo owner: " + DEMO_EMAIL + " / password " + password);
    if (w.env().optional(OAuthConfig.SERVICE_ID).isEmpty()) {
      w.banner()
          .add(
              "Demo IFTTT service id "
                  + SERVICE_ID
                  + " ("
                  + OAuthConfig.SERVICE_ID
                  + " unset): the authorize page takes redirect_uri="
                  + OAuthConfig.IFTTT_REDIRECT.formatted(SERVICE_ID));
    }
    w.banner()
        .add(
            "Demo robot "
                + DEMO_ROBOT
                + " (simulated, in this process) with places Kitchen, Living room, Front door;"
                + " type a phrase here and press Enter to say it to the robot");
  }

  private static void listenToTheConsole(SimulatedRobot robot) {
    Thread console =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  if (!line.isBlank()) {
                    robot.hear(line);
                  }
                }
              } catch (IOException e) {
                LOG.debug("console closed: {}", e.getMessage());
              }
            },
            "demo-console");
    console.setDaemon(true);
    console.start();
  }

  private static UUID uuid(String name) {
    return UUID.nameUUIDFromBytes(("robotconnect-demo-" + name).getBytes(StandardCharsets.UTF_8));
  }
}

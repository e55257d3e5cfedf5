package io.robotconnect.adapter.in.rest.ifttt;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.adapter.in.rest.ServiceKeyRequired;
import io.robotconnect.application.port.in.SetUpTestUseCase;
import io.robotconnect.application.port.in.TestSetup;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * IFTTT's endpoint tester calls this first: a token of our test owner and, per trigger and action,
 * field values that work and values that must be skipped.
 */
@Path("/third-party/ifttt/v1/test/setup")
@Produces(MediaType.APPLICATION_JSON)
@ServiceKeyRequired
public class TestSetupResource {
  private final SetUpTestUseCase setUpTest;

  @Inject
  public TestSetupResource(SetUpTestUseCase setUpTest) {
    this.setUpTest = setUpTest;
  }

  record Samples(
      Map<String, Map<String, String>> triggers,
      Map<String, Map<String, Map<String, String>>> triggerFieldValidations,
      Map<String, Map<String, String>> actions,
      Map<String, Map<String, String>> actionRecordSkipping) {}

  record Setup(String accessToken, Samples samples) {}

  record SetupBody(Setup data) {}

  @POST
  public Response setUp() {
    TestSetup setup = setUpTest.setUp();
    Samples samples =
        new Samples(
            Map.of("voice_command", Map.of("voice_command", setup.phrase())),
            Map.of(
                "voice_command",
                Map.of(
                    "voice_command",
                    Map.of("valid", setup.phrase(), "invalid", setup.invalidPhrase()))),
            ServiceApiActions.samples(setup),
            ServiceApiActions.skippingSamples(setup));
    return Response.ok(new SetupBody(new Setup(setup.accessToken(), samples)), Responses.JSON_UTF8)
        .build();
  }
}

package io.robotconnect.adapter.in.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.in.rest.admin.AdminToken;
import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import io.robotconnect.application.port.in.AuthenticateSessionUseCase;
import io.robotconnect.application.port.in.AuthorizeClientUseCase;
import io.robotconnect.application.port.in.CheckIftttConnectionUseCase;
import io.robotconnect.application.port.in.CheckReadinessUseCase;
import io.robotconnect.application.port.in.CreateConnectUrlUseCase;
import io.robotconnect.application.port.in.DeleteTriggerIdentityUseCase;
import io.robotconnect.application.port.in.EndSessionUseCase;
import io.robotconnect.application.port.in.GetOwnerUseCase;
import io.robotconnect.application.port.in.GetRobotUseCase;
import io.robotconnect.application.port.in.GetUserInfoUseCase;
import io.robotconnect.application.port.in.GrantTokensUseCase;
import io.robotconnect.application.port.in.ListAnimationOptionsUseCase;
import io.robotconnect.application.port.in.ListDeadLettersUseCase;
import io.robotconnect.application.port.in.ListPlaceOptionsUseCase;
import io.robotconnect.application.port.in.ListUnknownWebhooksUseCase;
import io.robotconnect.application.port.in.ManageUserConnectionUseCase;
import io.robotconnect.application.port.in.PollTriggerUseCase;
import io.robotconnect.application.port.in.ReceiveConnectWebhookUseCase;
import io.robotconnect.application.port.in.RegisterOwnerUseCase;
import io.robotconnect.application.port.in.RegisterRobotUseCase;
import io.robotconnect.application.port.in.RetryDeadLettersUseCase;
import io.robotconnect.application.port.in.RevokeIftttAccessUseCase;
import io.robotconnect.application.port.in.RunConnectionStepUseCase;
import io.robotconnect.application.port.in.RunRobotActionUseCase;
import io.robotconnect.application.port.in.SetUpTestUseCase;
import io.robotconnect.application.port.in.StartSessionUseCase;
import io.robotconnect.application.port.in.ValidateTriggerFieldUseCase;
import java.util.Optional;

/**
 * The REST adapter as a test builds it: the use cases the test gives, and for every other one a
 * stand-in that fails when called; nobody is signed in and no admin token is set unless given.
 */
public final class TestRestApi {
  public static final String SERVICE_KEY = "test-service-key";
  private static final AuthenticateAccessTokenUseCase NOBODY_BY_TOKEN = token -> Optional.empty();
  private static final AuthenticateSessionUseCase NOBODY_BY_SESSION = token -> Optional.empty();

  private ObjectMapper json = TestJson.mapper();
  private ApiPrefix apiPrefix = new ApiPrefix(ApiPrefix.DEFAULT);
  private ServiceKey serviceKey = new ServiceKey(SERVICE_KEY);
  private Optional<AdminToken> adminToken = Optional.empty();
  private Brand brand = Brand.DEFAULT;
  private CheckReadinessUseCase checkReadiness = Unwired.USE_CASES;
  private StartSessionUseCase startSession = Unwired.USE_CASES;
  private AuthenticateSessionUseCase authenticateSession = NOBODY_BY_SESSION;
  private EndSessionUseCase endSession = Unwired.USE_CASES;
  private GetUserInfoUseCase getUserInfo = Unwired.USE_CASES;
  private AuthorizeClientUseCase authorizeClient = Unwired.USE_CASES;
  private CheckIftttConnectionUseCase checkIftttConnection = Unwired.USE_CASES;
  private GrantTokensUseCase grantTokens = Unwired.USE_CASES;
  private AuthenticateAccessTokenUseCase authenticateAccessToken = NOBODY_BY_TOKEN;
  private RevokeIftttAccessUseCase revokeIftttAccess = Unwired.USE_CASES;
  private PollTriggerUseCase pollTrigger = Unwired.USE_CASES;
  private DeleteTriggerIdentityUseCase deleteTriggerIdentity = Unwired.USE_CASES;
  private ValidateTriggerFieldUseCase validateTriggerField = Unwired.USE_CASES;
  private RunRobotActionUseCase runRobotAction = Unwired.USE_CASES;
  private ListAnimationOptionsUseCase listAnimationOptions = Unwired.USE_CASES;
  private ListPlaceOptionsUseCase listPlaceOptions = Unwired.USE_CASES;
  private SetUpTestUseCase setUpTest = Unwired.USE_CASES;
  private ReceiveConnectWebhookUseCase receiveConnectWebhook = Unwired.USE_CASES;
  private ListUnknownWebhooksUseCase listUnknownWebhooks = Unwired.USE_CASES;
  private ManageUserConnectionUseCase manageUserConnection = Unwired.USE_CASES;
  private RunConnectionStepUseCase runConnectionStep = Unwired.USE_CASES;
  private CreateConnectUrlUseCase createConnectUrl = Unwired.USE_CASES;
  private RegisterOwnerUseCase registerOwner = Unwired.USE_CASES;
  private RegisterRobotUseCase registerRobot = Unwired.USE_CASES;
  private GetOwnerUseCase getOwner = Unwired.USE_CASES;
  private GetRobotUseCase getRobot = Unwired.USE_CASES;
  private ListDeadLettersUseCase listDeadLetters = Unwired.USE_CASES;
  private RetryDeadLettersUseCase retryDeadLetters = Unwired.USE_CASES;

  public TestRestApi json(ObjectMapper json) {
    this.json = json;
    return this;
  }

  public TestRestApi apiPrefix(ApiPrefix prefix) {
    this.apiPrefix = prefix;
    return this;
  }

  public TestRestApi serviceKey(ServiceKey key) {
    this.serviceKey = key;
    return this;
  }

  public TestRestApi brand(Brand brand) {
    this.brand = brand;
    return this;
  }

  public TestRestApi adminToken(AdminToken token) {
    this.adminToken = Optional.of(token);
    return this;
  }

  public TestRestApi checkReadiness(CheckReadinessUseCase useCase) {
    this.checkReadiness = useCase;
    return this;
  }

  public TestRestApi startSession(StartSessionUseCase useCase) {
    this.startSession = useCase;
    return this;
  }

  public TestRestApi authenticateSession(AuthenticateSessionUseCase useCase) {
    this.authenticateSession = useCase;
    return this;
  }

  public TestRestApi endSession(EndSessionUseCase useCase) {
    this.endSession = useCase;
    return this;
  }

  public TestRestApi getUserInfo(GetUserInfoUseCase useCase) {
    this.getUserInfo = useCase;
    return this;
  }

  public TestRestApi authorizeClient(AuthorizeClientUseCase useCase) {
    this.authorizeClient = useCase;
    return this;
  }

  public TestRestApi checkIftttConnection(CheckIftttConnectionUseCase useCase) {
    this.checkIftttConnection = useCase;
    return this;
  }

  public TestRestApi grantTokens(GrantTokensUseCase useCase) {
    this.grantTokens = useCase;
    return this;
  }

  public TestRestApi authenticateAccessToken(AuthenticateAccessTokenUseCase useCase) {
    this.authenticateAccessToken = useCase;
    return this;
  }

  public TestRestApi revokeIftttAccess(RevokeIftttAccessUseCase useCase) {
    this.revokeIftttAccess = useCase;
    return this;
  }

  public TestRestApi pollTrigger(PollTriggerUseCase useCase) {
    this.pollTrigger = useCase;
    return this;
  }

  public TestRestApi deleteTriggerIdentity(DeleteTriggerIdentityUseCase useCase) {
    this.deleteTriggerIdentity = useCase;
    return this;
  }

  public TestRestApi validateTriggerField(ValidateTriggerFieldUseCase useCase) {
    this.validateTriggerField = useCase;
    return this;
  }

  public TestRestApi runRobotAction(RunRobotActionUseCase useCase) {
    this.runRobotAction = useCase;
    return this;
  }

  public TestRestApi listAnimationOptions(ListAnimationOptionsUseCase useCase) {
    this.listAnimationOptions = useCase;
    return this;
  }

  public TestRestApi listPlaceOptions(ListPlaceOptionsUseCase useCase) {
    this.listPlaceOptions = useCase;
    return this;
  }

  public TestRestApi setUpTest(SetUpTestUseCase useCase) {
    this.setUpTest = useCase;
    return this;
  }

  public TestRestApi receiveConnectWebhook(ReceiveConnectWebhookUseCase useCase) {
    this.receiveConnectWebhook = useCase;
    return this;
  }

  public TestRestApi listUnknownWebhooks(ListUnknownWebhooksUseCase useCase) {
    this.listUnknownWebhooks = useCase;
    return this;
  }

  public TestRestApi manageUserConnection(ManageUserConnectionUseCase useCase) {
    this.manageUserConnection = useCase;
    return this;
  }

  public TestRestApi runConnectionStep(RunConnectionStepUseCase useCase) {
    this.runConnectionStep = useCase;
    return this;
  }

  public TestRestApi createConnectUrl(CreateConnectUrlUseCase useCase) {
    this.createConnectUrl = useCase;
    return this;
  }

  public TestRestApi registerOwner(RegisterOwnerUseCase useCase) {
    this.registerOwner = useCase;
    return this;
  }

  public TestRestApi registerRobot(RegisterRobotUseCase useCase) {
    this.registerRobot = useCase;
    return this;
  }

  public TestRestApi getOwner(GetOwnerUseCase useCase) {
    this.getOwner = useCase;
    return this;
  }

  public TestRestApi getRobot(GetRobotUseCase useCase) {
    this.getRobot = useCase;
    return this;
  }

  public TestRestApi listDeadLetters(ListDeadLettersUseCase useCase) {
    this.listDeadLetters = useCase;
    return this;
  }

  public TestRestApi retryDeadLetters(RetryDeadLettersUseCase useCase) {
    this.retryDeadLetters = useCase;
    return this;
  }

  /** The adapter with what was given. */
  public RestApi build() {
    return new RestApi(
        json,
        new RestSettings(apiPrefix, serviceKey, adminToken, brand),
        new RestPorts(
            checkReadiness,
            new RestPorts.Accounts(
                startSession,
                authenticateSession,
                endSession,
                getUserInfo,
                authorizeClient,
                checkIftttConnection,
                grantTokens,
                authenticateAccessToken,
                revokeIftttAccess),
            new RestPorts.ServiceApi(
                pollTrigger,
                deleteTriggerIdentity,
                validateTriggerField,
                runRobotAction,
                listAnimationOptions,
                listPlaceOptions,
                setUpTest),
            new RestPorts.Connect(
                receiveConnectWebhook,
                listUnknownWebhooks,
                manageUserConnection,
                runConnectionStep,
                createConnectUrl),
            new RestPorts.Admin(
                registerOwner,
                registerRobot,
                getOwner,
                getRobot,
                listDeadLetters,
                retryDeadLetters)));
  }
}

package io.robotconnect.adapter.in.rest;

import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import io.robotconnect.application.port.in.AuthenticateSessionUseCase;
import io.robotconnect.application.port.in.AuthorizationRequest;
import io.robotconnect.application.port.in.AuthorizeClientUseCase;
import io.robotconnect.application.port.in.CheckIftttConnectionUseCase;
import io.robotconnect.application.port.in.CheckReadinessUseCase;
import io.robotconnect.application.port.in.CreateConnectUrlUseCase;
import io.robotconnect.application.port.in.DeleteTriggerIdentityCommand;
import io.robotconnect.application.port.in.DeleteTriggerIdentityUseCase;
import io.robotconnect.application.port.in.EndSessionUseCase;
import io.robotconnect.application.port.in.FieldOption;
import io.robotconnect.application.port.in.FieldValidation;
import io.robotconnect.application.port.in.GetOwnerUseCase;
import io.robotconnect.application.port.in.GetRobotUseCase;
import io.robotconnect.application.port.in.GetUserInfoUseCase;
import io.robotconnect.application.port.in.GrantTokensUseCase;
import io.robotconnect.application.port.in.IssuedTokens;
import io.robotconnect.application.port.in.ListAnimationOptionsUseCase;
import io.robotconnect.application.port.in.ListDeadLettersUseCase;
import io.robotconnect.application.port.in.ListPlaceOptionsUseCase;
import io.robotconnect.application.port.in.ListUnknownWebhooksUseCase;
import io.robotconnect.application.port.in.ManageUserConnectionUseCase;
import io.robotconnect.application.port.in.Page;
import io.robotconnect.application.port.in.PageRequest;
import io.robotconnect.application.port.in.PollTriggerQuery;
import io.robotconnect.application.port.in.PollTriggerUseCase;
import io.robotconnect.application.port.in.ReceiveConnectWebhookCommand;
import io.robotconnect.application.port.in.ReceiveConnectWebhookUseCase;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.port.in.RegisterOwnerUseCase;
import io.robotconnect.application.port.in.RegisterRobotCommand;
import io.robotconnect.application.port.in.RegisterRobotUseCase;
import io.robotconnect.application.port.in.RetryDeadLettersUseCase;
import io.robotconnect.application.port.in.RevokeIftttAccessUseCase;
import io.robotconnect.application.port.in.RunConnectionStepUseCase;
import io.robotconnect.application.port.in.RunRobotActionCommand;
import io.robotconnect.application.port.in.RunRobotActionUseCase;
import io.robotconnect.application.port.in.SessionToken;
import io.robotconnect.application.port.in.SetUpTestUseCase;
import io.robotconnect.application.port.in.StartSessionCommand;
import io.robotconnect.application.port.in.StartSessionUseCase;
import io.robotconnect.application.port.in.TestSetup;
import io.robotconnect.application.port.in.TokenGrant;
import io.robotconnect.application.port.in.ValidateTriggerFieldQuery;
import io.robotconnect.application.port.in.ValidateTriggerFieldUseCase;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.application.port.out.DeadLetter;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.OptionsScope;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import io.robotconnect.domain.trigger.TriggerEvent;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every use case of the REST adapter, for the ones a test does not give: a call fails the test (the
 * resource answers 500), since the test did not expect the resource to reach it.
 */
final class Unwired
    implements CheckReadinessUseCase,
        StartSessionUseCase,
        AuthenticateSessionUseCase,
        EndSessionUseCase,
        GetUserInfoUseCase,
        AuthorizeClientUseCase,
        CheckIftttConnectionUseCase,
        GrantTokensUseCase,
        AuthenticateAccessTokenUseCase,
        RevokeIftttAccessUseCase,
        PollTriggerUseCase,
        DeleteTriggerIdentityUseCase,
        ValidateTriggerFieldUseCase,
        RunRobotActionUseCase,
        ListAnimationOptionsUseCase,
        ListPlaceOptionsUseCase,
        SetUpTestUseCase,
        ReceiveConnectWebhookUseCase,
        ListUnknownWebhooksUseCase,
        ManageUserConnectionUseCase,
        RunConnectionStepUseCase,
        CreateConnectUrlUseCase,
        RegisterOwnerUseCase,
        RegisterRobotUseCase,
        GetOwnerUseCase,
        GetRobotUseCase,
        ListDeadLettersUseCase,
        RetryDeadLettersUseCase {
  static final Unwired USE_CASES = new Unwired();

  private Unwired() {}

  private static UnsupportedOperationException unwired() {
    return new UnsupportedOperationException("this test gave the REST adapter no such use case");
  }

  @Override
  public boolean isReady() {
    throw unwired();
  }

  @Override
  public Optional<SessionToken> startSession(StartSessionCommand command) {
    throw unwired();
  }

  @Override
  public Optional<OwnerId> authenticate(String token) {
    throw unwired();
  }

  @Override
  public void endSession(String sessionToken) {
    throw unwired();
  }

  @Override
  public Optional<UserInfo> userInfo(OwnerId owner) {
    throw unwired();
  }

  @Override
  public void check(AuthorizationRequest request) {
    throw unwired();
  }

  @Override
  public String issueCode(OwnerId owner, AuthorizationRequest request) {
    throw unwired();
  }

  @Override
  public boolean isConnected(OwnerId owner) {
    throw unwired();
  }

  @Override
  public IssuedTokens grant(TokenGrant grant) {
    throw unwired();
  }

  @Override
  public void revokeAll(OwnerId owner) {
    throw unwired();
  }

  @Override
  public List<TriggerEvent> poll(PollTriggerQuery query) {
    throw unwired();
  }

  @Override
  public void delete(DeleteTriggerIdentityCommand command) {
    throw unwired();
  }

  @Override
  public FieldValidation validate(ValidateTriggerFieldQuery query) {
    throw unwired();
  }

  @Override
  public String run(RunRobotActionCommand command) {
    throw unwired();
  }

  @Override
  public List<FieldOption> animationOptions() {
    throw unwired();
  }

  @Override
  public List<FieldOption> placeOptions(OwnerId owner) {
    throw unwired();
  }

  @Override
  public TestSetup setUp() {
    throw unwired();
  }

  @Override
  public WebhookAcceptance receive(ReceiveConnectWebhookCommand command) {
    throw unwired();
  }

  @Override
  public Page<UnknownWebhook> unknownWebhooks(PageRequest page) {
    throw unwired();
  }

  @Override
  public ConnectionSnapshot show(OwnerId owner, ConnectionId connection) {
    throw unwired();
  }

  @Override
  public Map<String, List<FieldValue.Option>> fieldOptions(
      OwnerId owner, ConnectionId connection, OptionsScope scope) {
    throw unwired();
  }

  @Override
  public ConnectionSnapshot update(UpdateUserConnectionCommand command) {
    throw unwired();
  }

  @Override
  public void refresh(OwnerId owner, ConnectionId connection) {
    throw unwired();
  }

  @Override
  public void runAction(StepCommand command) {
    throw unwired();
  }

  @Override
  public ConnectApiPort.QueryPage performQuery(
      StepCommand command, ConnectApiPort.QueryRequest request) {
    throw unwired();
  }

  @Override
  public void testTrigger(StepCommand command) {
    throw unwired();
  }

  @Override
  public URI connectUrl(ConnectUrlCommand command) {
    throw unwired();
  }

  @Override
  public Owner register(RegisterOwnerCommand command) {
    throw unwired();
  }

  @Override
  public Owner registerIfAbsent(RegisterOwnerCommand command) {
    throw unwired();
  }

  @Override
  public Robot register(RegisterRobotCommand command) {
    throw unwired();
  }

  @Override
  public Robot registerForReservedAccount(RegisterRobotCommand command) {
    throw unwired();
  }

  @Override
  public Optional<Owner> owner(OwnerId id) {
    throw unwired();
  }

  @Override
  public Optional<Robot> robot(OwnerId owner, RobotId robot) {
    throw unwired();
  }

  @Override
  public Page<DeadLetter> deadLetters(Optional<String> channel, PageRequest page) {
    throw unwired();
  }

  @Override
  public boolean retry(long id) {
    throw unwired();
  }

  @Override
  public int retryAll(String channel) {
    throw unwired();
  }
}

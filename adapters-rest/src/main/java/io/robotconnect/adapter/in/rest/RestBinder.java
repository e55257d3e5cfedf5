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
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/** What the resources and filters are injected with: each instance bound once to its type. */
final class RestBinder extends AbstractBinder {
  private final ObjectMapper json;
  private final RestSettings settings;
  private final RestPorts ports;

  RestBinder(ObjectMapper json, RestSettings settings, RestPorts ports) {
    this.json = json;
    this.settings = settings;
    this.ports = ports;
  }

  @Override
  protected void configure() {
    bind(json).to(ObjectMapper.class);
    bind(new AuthenticatedOwnerParamProvider()).to(ValueParamProvider.class);
    bind(settings.apiPrefix()).to(ApiPrefix.class);
    bind(settings.serviceKey()).to(ServiceKey.class);
    settings.adminToken().ifPresent(token -> bind(token).to(AdminToken.class));
    bind(settings.brand()).to(Brand.class);
    bind(ports.checkReadiness()).to(CheckReadinessUseCase.class);
    accounts(ports.accounts());
    serviceApi(ports.serviceApi());
    connect(ports.connect());
    admin(ports.admin());
  }

  private void accounts(RestPorts.Accounts accounts) {
    bind(accounts.startSession()).to(StartSessionUseCase.class);
    bind(accounts.authenticateSession()).to(AuthenticateSessionUseCase.class);
    bind(accounts.endSession()).to(EndSessionUseCase.class);
    bind(accounts.getUserInfo()).to(GetUserInfoUseCase.class);
    bind(accounts.authorizeClient()).to(AuthorizeClientUseCase.class);
    bind(accounts.checkIftttConnection()).to(CheckIftttConnectionUseCase.class);
    bind(accounts.grantTokens()).to(GrantTokensUseCase.class);
    bind(accounts.authenticateAccessToken()).to(AuthenticateAccessTokenUseCase.class);
    bind(accounts.revokeIftttAccess()).to(RevokeIftttAccessUseCase.class);
  }

  private void serviceApi(RestPorts.ServiceApi serviceApi) {
    bind(serviceApi.pollTrigger()).to(PollTriggerUseCase.class);
    bind(serviceApi.deleteTriggerIdentity()).to(DeleteTriggerIdentityUseCase.class);
    bind(serviceApi.validateTriggerField()).to(ValidateTriggerFieldUseCase.class);
    bind(serviceApi.runRobotAction()).to(RunRobotActionUseCase.class);
    bind(serviceApi.listAnimationOptions()).to(ListAnimationOptionsUseCase.class);
    bind(serviceApi.listPlaceOptions()).to(ListPlaceOptionsUseCase.class);
    bind(serviceApi.setUpTest()).to(SetUpTestUseCase.class);
  }

  private void connect(RestPorts.Connect connect) {
    bind(connect.receiveConnectWebhook()).to(ReceiveConnectWebhookUseCase.class);
    bind(connect.listUnknownWebhooks()).to(ListUnknownWebhooksUseCase.class);
    bind(connect.manageUserConnection()).to(ManageUserConnectionUseCase.class);
    bind(connect.runConnectionStep()).to(RunConnectionStepUseCase.class);
    bind(connect.createConnectUrl()).to(CreateConnectUrlUseCase.class);
  }

  private void admin(RestPorts.Admin admin) {
    bind(admin.registerOwner()).to(RegisterOwnerUseCase.class);
    bind(admin.registerRobot()).to(RegisterRobotUseCase.class);
    bind(admin.getOwner()).to(GetOwnerUseCase.class);
    bind(admin.getRobot()).to(GetRobotUseCase.class);
    bind(admin.listDeadLetters()).to(ListDeadLettersUseCase.class);
    bind(admin.retryDeadLetters()).to(RetryDeadLettersUseCase.class);
  }
}

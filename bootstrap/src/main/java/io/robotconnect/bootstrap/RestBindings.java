package io.robotconnect.bootstrap;

import io.robotconnect.adapter.in.rest.ApiPrefix;
import io.robotconnect.adapter.in.rest.ServiceKey;
import io.robotconnect.adapter.in.rest.admin.AdminToken;
import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import io.robotconnect.application.port.in.AuthenticateSessionUseCase;
import io.robotconnect.application.port.in.AuthorizeClientUseCase;
import io.robotconnect.application.port.in.CheckIftttConnectionUseCase;
import io.robotconnect.application.port.in.CheckReadinessUseCase;
import io.robotconnect.application.port.in.CreateConnectUrlUseCase;
import io.robotconnect.application.port.in.DeleteTriggerIdentityUseCase;
import io.robotconnect.application.port.in.EndSessionUseCase;
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
import io.robotconnect.application.port.out.ConnectApiPort;
import org.glassfish.hk2.utilities.binding.AbstractBinder;

/**
 * What the REST resources are injected with: each use case or port they ask for, bound once to the
 * instance the wiring built.
 */
final class RestBindings extends AbstractBinder {
  private final Components c;

  RestBindings(Components components) {
    this.c = components;
  }

  @Override
  protected void configure() {
    bind(c.persistence().listDeadLetters()).to(ListDeadLettersUseCase.class);
    bind(c.persistence().retryDeadLetters()).to(RetryDeadLettersUseCase.class);

    bind(c.core().apiPrefix()).to(ApiPrefix.class);
    bind(c.core().serviceKey()).to(ServiceKey.class);
    bind(c.core().checkReadiness()).to(CheckReadinessUseCase.class);

    bind(c.oauth().registerOwner()).to(RegisterOwnerUseCase.class);
    bind(c.oauth().registerRobot()).to(RegisterRobotUseCase.class);
    bind(c.oauth().startSession()).to(StartSessionUseCase.class);
    bind(c.oauth().authenticateSession()).to(AuthenticateSessionUseCase.class);
    bind(c.oauth().endSession()).to(EndSessionUseCase.class);
    bind(c.oauth().getUserInfo()).to(GetUserInfoUseCase.class);
    bind(c.oauth().authorizeClient()).to(AuthorizeClientUseCase.class);
    bind(c.oauth().checkIftttConnection()).to(CheckIftttConnectionUseCase.class);
    bind(c.oauth().grantTokens()).to(GrantTokensUseCase.class);
    bind(c.oauth().authenticateAccessToken()).to(AuthenticateAccessTokenUseCase.class);
    bind(c.oauth().revokeIftttAccess()).to(RevokeIftttAccessUseCase.class);
    c.oauth().adminToken().ifPresent(token -> bind(token).to(AdminToken.class));

    bind(c.serviceApi().pollTrigger()).to(PollTriggerUseCase.class);
    bind(c.serviceApi().deleteTriggerIdentity()).to(DeleteTriggerIdentityUseCase.class);
    bind(c.serviceApi().validateTriggerField()).to(ValidateTriggerFieldUseCase.class);
    bind(c.serviceApi().runRobotAction()).to(RunRobotActionUseCase.class);
    bind(c.serviceApi().listAnimationOptions()).to(ListAnimationOptionsUseCase.class);
    bind(c.serviceApi().listPlaceOptions()).to(ListPlaceOptionsUseCase.class);
    bind(c.serviceApi().setUpTest()).to(SetUpTestUseCase.class);

    bind(c.connect().connectApi()).to(ConnectApiPort.class);
    bind(c.connect().receiveConnectWebhook()).to(ReceiveConnectWebhookUseCase.class);
    bind(c.connect().listUnknownWebhooks()).to(ListUnknownWebhooksUseCase.class);
    bind(c.connect().manageUserConnection()).to(ManageUserConnectionUseCase.class);
    bind(c.connect().runConnectionStep()).to(RunConnectionStepUseCase.class);
    bind(c.connect().createConnectUrl()).to(CreateConnectUrlUseCase.class);
  }
}

package io.robotconnect.adapter.in.rest;

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
import java.util.Objects;

/** Every use case the REST resources and filters call, by area. */
public record RestPorts(
    CheckReadinessUseCase checkReadiness,
    Accounts accounts,
    ServiceApi serviceApi,
    Connect connect,
    Admin admin) {
  public RestPorts {
    Objects.requireNonNull(checkReadiness, "checkReadiness");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(serviceApi, "serviceApi");
    Objects.requireNonNull(connect, "connect");
    Objects.requireNonNull(admin, "admin");
  }

  /** The owners' sessions, the OAuth2 authorization IFTTT asks for, and IFTTT's tokens. */
  public record Accounts(
      StartSessionUseCase startSession,
      AuthenticateSessionUseCase authenticateSession,
      EndSessionUseCase endSession,
      GetUserInfoUseCase getUserInfo,
      AuthorizeClientUseCase authorizeClient,
      CheckIftttConnectionUseCase checkIftttConnection,
      GrantTokensUseCase grantTokens,
      AuthenticateAccessTokenUseCase authenticateAccessToken,
      RevokeIftttAccessUseCase revokeIftttAccess) {
    public Accounts {
      Objects.requireNonNull(startSession, "startSession");
      Objects.requireNonNull(authenticateSession, "authenticateSession");
      Objects.requireNonNull(endSession, "endSession");
      Objects.requireNonNull(getUserInfo, "getUserInfo");
      Objects.requireNonNull(authorizeClient, "authorizeClient");
      Objects.requireNonNull(checkIftttConnection, "checkIftttConnection");
      Objects.requireNonNull(grantTokens, "grantTokens");
      Objects.requireNonNull(authenticateAccessToken, "authenticateAccessToken");
      Objects.requireNonNull(revokeIftttAccess, "revokeIftttAccess");
    }
  }

  /** IFTTT's Service API: the trigger, the robot actions and the endpoint tests' setup. */
  public record ServiceApi(
      PollTriggerUseCase pollTrigger,
      DeleteTriggerIdentityUseCase deleteTriggerIdentity,
      ValidateTriggerFieldUseCase validateTriggerField,
      RunRobotActionUseCase runRobotAction,
      ListAnimationOptionsUseCase listAnimationOptions,
      ListPlaceOptionsUseCase listPlaceOptions,
      SetUpTestUseCase setUpTest) {
    public ServiceApi {
      Objects.requireNonNull(pollTrigger, "pollTrigger");
      Objects.requireNonNull(deleteTriggerIdentity, "deleteTriggerIdentity");
      Objects.requireNonNull(validateTriggerField, "validateTriggerField");
      Objects.requireNonNull(runRobotAction, "runRobotAction");
      Objects.requireNonNull(listAnimationOptions, "listAnimationOptions");
      Objects.requireNonNull(listPlaceOptions, "listPlaceOptions");
      Objects.requireNonNull(setUpTest, "setUpTest");
    }
  }

  /** IFTTT Connect: the webhooks it pushes and the owner app's connection API. */
  public record Connect(
      ReceiveConnectWebhookUseCase receiveConnectWebhook,
      ListUnknownWebhooksUseCase listUnknownWebhooks,
      ManageUserConnectionUseCase manageUserConnection,
      RunConnectionStepUseCase runConnectionStep,
      CreateConnectUrlUseCase createConnectUrl) {
    public Connect {
      Objects.requireNonNull(receiveConnectWebhook, "receiveConnectWebhook");
      Objects.requireNonNull(listUnknownWebhooks, "listUnknownWebhooks");
      Objects.requireNonNull(manageUserConnection, "manageUserConnection");
      Objects.requireNonNull(runConnectionStep, "runConnectionStep");
      Objects.requireNonNull(createConnectUrl, "createConnectUrl");
    }
  }

  /**
   * The admin API: accounts and robots made and read back by ops, and the outbox's dead letters.
   */
  public record Admin(
      RegisterOwnerUseCase registerOwner,
      RegisterRobotUseCase registerRobot,
      GetOwnerUseCase getOwner,
      GetRobotUseCase getRobot,
      ListDeadLettersUseCase listDeadLetters,
      RetryDeadLettersUseCase retryDeadLetters) {
    public Admin {
      Objects.requireNonNull(registerOwner, "registerOwner");
      Objects.requireNonNull(registerRobot, "registerRobot");
      Objects.requireNonNull(getOwner, "getOwner");
      Objects.requireNonNull(getRobot, "getRobot");
      Objects.requireNonNull(listDeadLetters, "listDeadLetters");
      Objects.requireNonNull(retryDeadLetters, "retryDeadLetters");
    }
  }
}

package io.robotconnect.bootstrap;

/** What each wiring step provided, in the order {@link RobotConnect#start} built them. */
public record Components(
    PersistenceWiring.Provided persistence,
    CoreWiring.Provided core,
    OAuthWiring.Provided oauth,
    RobotWiring.Provided robot,
    ServiceApiWiring.Provided serviceApi,
    ConnectWiring.Provided connect,
    RetentionWiring.Provided retention) {}

package io.robotconnect.bootstrap;

/** The address of the MQTT broker the fleet uses (the embedded one's when none is configured). */
public record BrokerAddress(String url) {}

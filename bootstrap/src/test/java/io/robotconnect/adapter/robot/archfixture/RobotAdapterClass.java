package io.robotconnect.adapter.robot.archfixture;

/** A class of the robot adapter, reached from the REST adapter by a violating fixture. */
public class RobotAdapterClass {}

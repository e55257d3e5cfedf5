Feature: The robot loop
  A robot owner's voice reaches IFTTT, and IFTTT's actions reach the robot. When the owner
  says a phrase one of their Applets listens for, the robot reports it over MQTT; the platform
  stores the event, tells IFTTT's Realtime API to poll the trigger identity at once, and the
  next poll returns the event. When IFTTT runs an action, the robot receives the command.

  Background:
    Given IFTTT has set up its test data
    And the test owner's robot is online

  Scenario: The owner says a phrase, IFTTT is notified and the next poll returns the event
    Given IFTTT polled the voice_command trigger for the phrase "turn on the lights" as a new trigger identity
    When the owner says "Turn on the lights" to the robot
    Then IFTTT's Realtime API is told to poll that trigger identity
    When IFTTT polls the voice_command trigger for the phrase "turn on the lights"
    Then the response status is 200
    And the newest event is "turn on the lights"

  Scenario: IFTTT runs move and the robot drives to the place's waypoint
    When IFTTT runs the "move" action to the sample place with {"action": ""}
    Then the response status is 200
    And the action answers an action id
    And the robot drives to the sample place

Feature: Service status and IFTTT's test setup
  IFTTT checks the service with GET {prefix}/ifttt/v1/status and, before its endpoint tests, calls
  POST {prefix}/ifttt/v1/test/setup. Both carry the service key IFTTT was given (header
  IFTTT-Service-Key); a wrong or missing key gets 401 with an errors body.

  Test setup answers an access token of a test owner of ours and samples: for the voice_command
  trigger a phrase the test owner has said at least three times; for its field validation a valid
  and an invalid phrase; for each action field values that work; and for record skipping values
  that can never work. The test owner lives under a reserved e-mail domain, has a robot with at
  least three mapped places, and calling test setup again changes nothing for real users.

  Scenario: IFTTT sees the service as available
    When IFTTT checks the service status with the service key
    Then the response status is 200

  Scenario: IFTTT's tester checks that a wrong key is refused
    When IFTTT checks the service status with the service key "INVALID"
    Then the response status is 401
    And the response has an error message

  Scenario: Test setup gives IFTTT a token and samples for every endpoint
    When IFTTT calls test setup with the service key
    Then the response status is 200
    And the response is JSON in UTF-8
    And the response matches IFTTT's Service API definition
    And test setup answers an access token
    And test setup has a trigger sample for the "voice_command" field of "voice_command"
    And test setup has a valid and an invalid sample for the "voice_command" field of "voice_command"
    And test setup has action samples for "animation", "move" and "dock"
    And test setup has record-skipping samples for "animation" and "move"

  Scenario: Test setup refuses a wrong service key and sets nothing up
    When IFTTT calls test setup with the service key "INVALID"
    Then the response status is 401
    And the response has an error message

  Scenario: Test setup refuses a missing service key
    When IFTTT calls test setup without a service key
    Then the response status is 401
    And the response has an error message

  Scenario: Calling test setup again is safe and every token it gave out keeps working
    Given IFTTT has set up its test data
    And IFTTT remembers the test token as "first token"
    When IFTTT sets up its test data again
    Then polling the sample trigger with "first token" answers exactly 3 items
    And polling the sample trigger with the newest test token answers exactly 3 items

  Scenario: The test owner's robot has the sample place and at least three places
    Given IFTTT has set up its test data
    When IFTTT asks for the place options of the move action
    Then the response status is 200
    And the options include the sample place
    And there are at least 3 options

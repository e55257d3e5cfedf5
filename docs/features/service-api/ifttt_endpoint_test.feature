Feature: IFTTT's endpoint test
  Before a service is published, IFTTT's endpoint tester runs against it with nothing but the
  service key: it checks the status, calls test setup, and then exercises every trigger, trigger
  field validation and action with the samples test setup gave it. This feature replays those
  checks, driven only by the samples, as the tester does.

  Scenario: The endpoint test passes
    When IFTTT checks the service status with the service key
    Then the response status is 200
    When IFTTT checks the service status with the service key "INVALID"
    Then the response status is 401
    When IFTTT calls test setup with the service key
    Then the response status is 200
    And every trigger sample returns at least 3 items
    And every trigger sample with limit 1 returns exactly 1 item
    And every trigger sample with limit 0 returns no items
    And every trigger sample with extra data in the request still returns items
    And every trigger sample with an invalid access token is refused with 401
    And every valid trigger field sample is valid and every invalid one is not
    And every action sample succeeds with an action id
    And every action sample with an invalid access token is refused with 401
    And every record-skipping sample is skipped

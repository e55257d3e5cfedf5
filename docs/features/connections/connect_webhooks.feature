Feature: Connect webhooks
  IFTTT tells the platform when an owner enables, updates or disables one of the company's
  connections, and when a connection's trigger fires: POST {prefix}/ifttt/v1/webhooks/{type}/{event}
  with the service key and an X-Request-ID. The platform answers at once and does the work from its
  durable queue; a repeated request id is acknowledged but not acted on twice.

  Background:
    Given a robot owner signed in to the owner's app

  Scenario: connection/enabled stores the owner's connection as IFTTT shows it
    When the owner enables the connection "zG58W2uC" on IFTTT
    Then the platform stores the owner's connection "zG58W2uC" as "enabled"
    And the platform stores the owner's configuration of "zG58W2uC" with the feature "qharvmtjdh"
    And every webhook the sandbox delivered was acknowledged

  Scenario: connection/updated stores the new configuration
    Given the owner enables the connection "zG58W2uC" on IFTTT
    And the platform stores the owner's connection "zG58W2uC" as "enabled"
    When the owner's app sets the feature "qharvmtjdh" of "zG58W2uC" to its first option of "day_of_week"
    Then the response status is 200
    And the platform stores the owner's configuration of "zG58W2uC" with the feature "qharvmtjdh"
    And every webhook the sandbox delivered was acknowledged

  Scenario: connection/disabled records the status
    Given the owner enables the connection "zG58W2uC" on IFTTT
    And the platform stores the owner's connection "zG58W2uC" as "enabled"
    When the owner disables the connection "zG58W2uC" on IFTTT
    Then the platform stores the owner's connection "zG58W2uC" as "disabled"

  Scenario: trigger_subscription/fired stores the event with its ingredients
    Given the owner enables the connection "zG58W2uC" on IFTTT
    And the platform stores the owner's connection "zG58W2uC" as "enabled"
    When the trigger "location.enter_or_exit_region_location" of the feature "qharvmtjdh" of "zG58W2uC" fires for the owner with the ingredient "EnteredOrExited" = "entered"
    Then the platform stores 1 trigger event of "zG58W2uC" with the ingredient "EnteredOrExited" = "entered"

  Scenario: A webhook delivered twice is acknowledged twice but acted on once
    When IFTTT delivers the webhook "connection/enabled" about "zG58W2uC" for the owner with request id "dup"
    And IFTTT delivers the same webhook "connection/enabled" about "zG58W2uC" again
    Then the platform acknowledges the webhook with 200 and "duplicate"

  Scenario: A webhook of a type the platform does not know is acknowledged and kept
    When IFTTT delivers the webhook "applet/exploded" with the body "{\"data\":{\"applet_id\":\"42\"}}"
    Then the platform acknowledges the webhook with 200 and "kept_unknown"
    And ops find it among the unknown webhooks with its body

  Scenario: A malformed webhook is a bad request
    When IFTTT delivers the webhook "trigger_subscription/fired" with the body "{\"data\":{\"user_id\":\"1\"}}"
    Then the platform refuses the webhook with 400

  Scenario: A webhook without the service key is refused
    When someone delivers the webhook "connection/enabled" about "zG58W2uC" without the service key
    Then the platform refuses the webhook with 401

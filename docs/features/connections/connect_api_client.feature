Feature: Connect API calls the platform makes on its own
  Some Connect API v2 calls have no owner-app endpoint: the platform makes them itself through its
  client, with its service key and a fresh X-Request-ID on every call.

  Background:
    Given a robot owner signed in to the owner's app

  Scenario: Who am I (GET /v2/me) with a user
    Given the owner enables the connection "zG58W2uC" on IFTTT
    When the platform asks the Connect API who it is for the owner
    Then the Connect API says the service is authenticated and the owner is "ifttt_"
    And every call the sandbox got carried the service key and its own request id

  Scenario: The deprecated update (POST /v2/connections/{id}) changes a user action field
    Given the owner enables the connection "zG58W2uC" on IFTTT
    When the platform changes the field "title" of the action "google_calendar.add_detailed_event" of "zG58W2uC" to "My San Francisco today" with the deprecated update
    Then the owner's connection "zG58W2uC" on IFTTT has "title" = "My San Francisco today" for the action "google_calendar.add_detailed_event"

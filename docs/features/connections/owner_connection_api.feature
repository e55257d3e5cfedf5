Feature: The owner's app configures and runs the owner's connections
  An app that builds its own configuration screen (Connect URL with skip_config=true) uses
  /api/v1/connections/{connection_id} with the owner's session. Every call goes through the
  platform's Connect API v2 client to IFTTT (here: the sandbox), for connections the platform
  knows (it has their definition); ids the definition lacks are 404 without a call to IFTTT.

  Background:
    Given a robot owner signed in to the owner's app
    And the platform knows the connection "zG58W2uC"

  Scenario: Show a connection with the owner's status and configuration
    Given the owner enables the connection "zG58W2uC" on IFTTT
    When the owner's app shows the connection "zG58W2uC"
    Then the response status is 200
    And the JSON at "/user_status" is "enabled"
    And the JSON at "/features/0/feature_triggers/0/trigger_id" is "location.enter_or_exit_region_location"
    And the JSON at "/user_connection/user_features/0/feature_id" is "qharvmtjdh"

  Scenario Outline: Field options of features, triggers, queries and actions
    Given the owner enables the connection "zG58W2uC" on IFTTT
    When the owner's app asks for the field options of the <type> "<type_id>" of "zG58W2uC"
    Then the response status is 200
    And the JSON at "/type" is "field_options"
    And the JSON at "/options/<field>/0/value" is "<first>"

    Examples:
      | type     | type_id                                  | field       | first        |
      | features | qharvmtjdh                               | day_of_week | 1            |
      | queries  | google_calendar.search_events            | calendar    | calendar-1   |
      | actions  | google_calendar.add_detailed_event       | all_day     | false        |

  Scenario: Field options of a trigger without dropdowns are empty
    Given the owner enables the connection "zG58W2uC" on IFTTT
    When the owner's app asks for the field options of the triggers "location.enter_or_exit_region_location" of "zG58W2uC"
    Then the response status is 200
    And the JSON at "/type" is "field_options"

  Scenario: Update the configuration (PUT user_connection), which ends the pending state
    Given the owner's app asks for a Connect URL for "zG58W2uC" with:
      """
      {"redirect_uri": "https://app.example.com/ifttt/done", "skip_config": true}
      """
    And the owner enables the connection "zG58W2uC" on IFTTT from a Connect URL with skip_config
    And the owner's stored connection "zG58W2uC" is pending
    When the owner's app sets the feature "qharvmtjdh" of "zG58W2uC" to its first option of "day_of_week"
    Then the response status is 200
    And the JSON at "/pending" is "false"
    And the owner's stored connection "zG58W2uC" is no longer pending

  Scenario: A configuration that does not fit the definition is refused before it is sent
    Given the owner enables the connection "zG58W2uC" on IFTTT
    When the owner's app updates the connection "zG58W2uC" with:
      """
      {"user_features": [
        {"feature_id": "qharvmtjdh",
         "user_fields": [{"field_id": "day_of_week", "value": {"label": "Sunday", "value": "7"}},
                         {"field_id": "colour", "value": "red"}],
         "user_feature_triggers": [{"feature_trigger_id": "f3gtkmjkgf",
                                    "user_fields": [{"field_id": "location", "value": "home"}]}]},
        {"feature_id": "no_such_feature"}]}
      """
    Then the response status is 422
    And the JSON at "/code" is "invalid_parameters"
    And the error details name exactly:
      | /user_features/0/user_fields/0/value                           |
      | /user_features/0/user_fields/1/field_id                        |
      | /user_features/0/user_feature_triggers/0/user_fields/0/value   |
      | /user_features/1/feature_id                                    |
    And the sandbox got no update for the owner

  Scenario: Refresh the labels of the owner's dropdown values
    Given the owner enables the connection "zG58W2uC" on IFTTT
    When the owner's app refreshes the connection "zG58W2uC"
    Then the response status is 204

  Scenario: Run an action with field overrides and a user feature
    Given the owner enables the connection "zG58W2uC" on IFTTT
    And the platform stores the owner's connection "zG58W2uC" as "enabled"
    When the owner's app runs the action "google_calendar.add_detailed_event" of "zG58W2uC" for the feature "qharvmtjdh" with:
      """
      {"user_feature_id": "{{user_feature_id}}", "fields": {"title": "Worked 8 hours", "all_day": "false"}}
      """
    Then the response status is 204
    And the sandbox ran the action "google_calendar.add_detailed_event" once for the owner with "title" containing "Worked 8 hours"

  Scenario: A dropdown override that is not among the options is refused by IFTTT
    Given the owner enables the connection "zG58W2uC" on IFTTT
    And the platform stores the owner's connection "zG58W2uC" as "enabled"
    When the owner's app runs the action "google_calendar.add_detailed_event" of "zG58W2uC" with:
      """
      {"fields": {"calendar": "Cats"}}
      """
    Then the response status is 422
    And the error details name "/fields/calendar"
    And the sandbox ran no action for the owner

  Scenario: A step the connection's definition lacks is not found, and IFTTT is not called
    Given the owner enables the connection "zG58W2uC" on IFTTT
    And the platform stores the owner's connection "zG58W2uC" as "enabled"
    When the owner's app runs the action "google_calendar.no_such_action" of "zG58W2uC" with:
      """
      {"fields": {"title": "nope"}}
      """
    Then the response status is 404
    And the JSON at "/code" is "not_found"
    And the sandbox ran no action for the owner

  Scenario: Perform a query and page through the result with its cursor
    Given the owner enables the connection "zG58W2uC" on IFTTT
    And the platform stores the owner's connection "zG58W2uC" as "enabled"
    When the owner's app performs the query "google_calendar.search_events" of "zG58W2uC" with:
      """
      {"fields": {"query": "standup"}, "includes": ["versions"], "limit": 2}
      """
    Then the response status is 200
    And the JSON at "/data/0/versions/type" is "list"
    And the page has 2 items and a next page
    When the owner's app asks for the next page
    Then the page has 2 items and a next page
    When the owner's app asks for the next page
    Then the page has 1 item and no next page

  Scenario: Fire a test trigger; IFTTT answers with a fired webhook
    Given the owner enables the connection "zG58W2uC" on IFTTT
    And the platform stores the owner's connection "zG58W2uC" as "enabled"
    When the owner's app fires a test of the trigger "location.enter_or_exit_region_location" of "zG58W2uC"
    Then the response status is 204
    And the platform stores 1 trigger event of "zG58W2uC" with the ingredient "Condition" = "test event"

  Scenario: A pending connection runs nothing until it is updated
    Given the owner's app asks for a Connect URL for "zG58W2uC" with:
      """
      {"redirect_uri": "https://app.example.com/ifttt/done", "skip_config": true}
      """
    And the owner enables the connection "zG58W2uC" on IFTTT from a Connect URL with skip_config
    And the owner's stored connection "zG58W2uC" is pending
    When the owner's app runs the action "google_calendar.add_detailed_event" of "zG58W2uC" with:
      """
      {"fields": {"title": "nope"}}
      """
    Then the response status is 409
    And the JSON at "/code" is "pending"
    And the sandbox ran no action for the owner

  Scenario: Get a Connect URL with a provisional access code for a skip_config flow
    When the owner's app asks for a Connect URL for "zG58W2uC" with:
      """
      {"redirect_uri": "https://app.example.com/ifttt/done", "skip_config": true, "oauth_code": "one-time-oauth-code"}
      """
    Then the response status is 200
    And the Connect URL starts with "https://ifttt.com/connect/zG58W2uC?email=" and carries the owner's e-mail, the redirect and a provisional code
    And the owner's stored connection "zG58W2uC" is pending

  Scenario: skip_config needs a registered redirect
    When the owner's app asks for a Connect URL for "zG58W2uC" with:
      """
      {"redirect_uri": "https://evil.example.com/", "skip_config": true}
      """
    Then the response status is 400

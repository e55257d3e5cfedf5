Feature: The voice_command trigger
  An owner makes an Applet "If I say <phrase> to my robot, then ...". IFTTT polls
  POST {prefix}/ifttt/v1/triggers/voice_command with the owner's access token, the Applet's
  trigger_identity and the phrase in triggerFields.voice_command. We answer the phrase's events
  newest first, at most "limit" of them (50 when IFTTT sends none; 0 is allowed). Each item has the
  ingredients "voice_command" (the phrase) and "created_at" (ISO-8601 with offset), and
  "meta": {"id": unique, "timestamp": integer unix seconds}. Events belong to the phrase, so every
  trigger identity of the same phrase sees the same events.

  The first poll of a trigger identity registers the phrase with the owner's robot (the robot gets
  its full phrase list). When no Applet uses an identity any more IFTTT sends
  DELETE .../triggers/voice_command/trigger_identity/{id}: we forget it, the robot gets the
  shortened list, and we answer 200, also for identities we never saw.

  Phrases are validated with POST .../triggers/voice_command/fields/voice_command/validate
  {"value": "..."}: always 200, {"data": {"valid": true}} or {"valid": false, "message": ...}
  for an empty phrase or one longer than 100 characters.

  Background:
    Given IFTTT has set up its test data

  Scenario: A poll answers the phrase's events, newest first, in IFTTT's format
    When IFTTT polls the voice_command trigger for the sample phrase
    Then the response status is 200
    And the response is JSON in UTF-8
    And the response matches IFTTT's Service API definition
    And the trigger answers at least 3 items, newest first
    And every item has the phrase, a created_at date with offset and meta with an id and a timestamp in seconds

  Scenario Outline: IFTTT's limit is honoured
    When IFTTT polls the voice_command trigger for the sample phrase with limit <limit>
    Then the response status is 200
    And the trigger answers exactly <items> items

    Examples:
      | limit | items |
      | 0     | 0     |
      | 1     | 1     |
      | 2     | 2     |
      | 50    | 3     |

  Scenario: A new Applet with the same phrase sees the events said before it existed
    When IFTTT polls the voice_command trigger for the sample phrase as a new trigger identity
    Then the trigger answers exactly 3 items

  Scenario: The phrase matches whatever its case and spacing
    When IFTTT polls the voice_command trigger for the sample phrase in capitals with extra spaces
    Then the trigger answers exactly 3 items

  Scenario: A phrase never said has an empty timeline
    When IFTTT polls the voice_command trigger for the phrase "open the pod bay doors"
    Then the response status is 200
    And the trigger answers exactly 0 items

  Scenario: The first poll of a new Applet teaches the robot the phrase
    Given the robots are listening
    When IFTTT polls the voice_command trigger for the phrase "start the vacuum" as a new trigger identity
    Then the test owner's robot gets a phrase list with "start the vacuum"

  Scenario: What the robot hears shows up in IFTTT's next poll
    Given the robots are listening
    And IFTTT polled the voice_command trigger for the phrase "feed the cat" as a new trigger identity
    When the test owner's robot hears "feed the cat" for that trigger identity
    Then IFTTT's next poll of that identity soon answers 1 item with the phrase "feed the cat"

  Scenario: When no Applet uses an identity, the robot forgets its phrase
    Given the robots are listening
    And IFTTT polled the voice_command trigger for the phrase "play some jazz" as a new trigger identity
    And the test owner's robot got a phrase list with "play some jazz"
    When IFTTT deletes that trigger identity with the service key
    Then the response status is 200
    And the test owner's robot gets a phrase list without "play some jazz"

  Scenario: Deleting an identity twice, or one never seen, still answers 200
    When IFTTT deletes the trigger identity "never-polled-identity" with the service key
    Then the response status is 200
    When IFTTT deletes the trigger identity "never-polled-identity" with the service key
    Then the response status is 200

  Scenario: Deleting an identity needs the service key or the owner's token
    When IFTTT deletes the trigger identity "some-identity" without credentials
    Then the response status is 401
    And the response has an error message

  Scenario: Keys IFTTT adds to the request are ignored
    When IFTTT polls the voice_command trigger for the sample phrase with an extra key "surprise"
    Then the response status is 200
    And the trigger answers at least 3 items, newest first

  Scenario: A poll without triggerFields is refused
    When IFTTT polls the voice_command trigger with the body {"trigger_identity": "abc123"}
    Then the response status is 400
    And the response has an error message
    And the response matches IFTTT's Service API definition

  Scenario: A poll without the phrase is refused
    When IFTTT polls the voice_command trigger with the body {"trigger_identity": "abc123", "triggerFields": {}}
    Then the response status is 400
    And the response has an error message

  Scenario: A poll without a trigger identity is refused
    When IFTTT polls the voice_command trigger with the body {"triggerFields": {"voice_command": "hello robot"}}
    Then the response status is 400
    And the response has an error message

  Scenario: Malformed JSON is refused with an errors body
    When IFTTT polls the voice_command trigger with the body {"trigger_identity": "abc
    Then the response status is 400
    And the response is JSON in UTF-8
    And the response has an error message

  Scenario: An invalid access token is refused so that IFTTT refreshes it
    When IFTTT polls the voice_command trigger for the sample phrase with the access token "INVALID"
    Then the response status is 401
    And the response has an error message

  Scenario: Triggers the robot does not have are unknown
    When IFTTT polls the trigger "door_opened"
    Then the response status is 404
    And the response has an error message

  Scenario: A phrase the owner can say is valid
    When IFTTT validates the phrase "turn on the lights"
    Then the response status is 200
    And the response matches IFTTT's Service API definition
    And the phrase is valid

  Scenario Outline: Empty or over-long phrases are invalid, with a message for the owner
    When IFTTT validates the phrase <phrase>
    Then the response status is 200
    And the phrase is invalid with a message

    Examples:
      | phrase                   |
      | ""                       |
      | "   "                    |
      | of 101 characters        |

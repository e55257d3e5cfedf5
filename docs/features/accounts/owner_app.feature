Feature: The robot owner's app: signing in and managing the IFTTT connection
  Robot owners are accounts of ours, created by ops through the admin API (which answers where to
  read each owner and robot back, in Location). The owner's app signs in
  with e-mail address and password (POST /api/v1/sessions; DELETE signs out) and uses the session
  token it gets as a bearer token on the third-party endpoints:
  - GET /third-party/info tells whether the owner is connected to IFTTT,
  - POST /third-party/ifttt/v1/authorizations gives an authorization code for the IFTTT client,
  - DELETE /third-party/ifttt/v1/tokens disconnects IFTTT (revokes every IFTTT token and code).

  Background:
    Given ops created the robot owner "Ada"

  Scenario: Signing in with the right e-mail address and password gives a session token
    When the owner's app signs in as "Ada" with her password
    Then the response status is 201
    And the response is JSON in UTF-8
    And the response contains a session token

  Scenario: A wrong password is refused
    When the owner's app signs in as "Ada" with the password "not-her-password"
    Then the response status is 401
    And the response has an error message

  Scenario: An unknown e-mail address gets the same answer as a wrong password
    When the owner's app signs in as "Ada" with the password "not-her-password"
    And the owner's app remembers the answer
    And the owner's app signs in with the unknown e-mail address "nobody@example.com"
    Then the response status is 401
    And the answer is the same as the remembered one

  Scenario: After five wrong passwords the owner's app must wait, even with the right one
    When the owner's app signs in as "Ada" with the password "not-her-password" 5 times
    And the owner's app signs in as "Ada" with her password
    Then the response status is 429
    And the response has an error message
    And the app is told to wait at most 900 seconds before trying again

  Scenario: A malformed sign-in request is a bad request
    When the owner's app sends the sign-in body "{\"email\": "
    Then the response status is 400
    And the response has an error message

  Scenario: A sign-in request without a password is a bad request
    When the owner's app sends the sign-in body "{\"email\": \"ada@example.com\", \"remember\": true}"
    Then the response status is 400
    And the response has an error message

  Scenario: Signing out ends the session
    Given "Ada" is signed in to the owner's app
    When the owner's app signs out "Ada"
    Then the response status is 204
    When the owner's app asks for the third-party connections of "Ada"
    Then the response status is 401

  Scenario: A new owner is not connected to IFTTT
    Given "Ada" is signed in to the owner's app
    When the owner's app asks for the third-party connections of "Ada"
    Then the response status is 200
    And IFTTT is listed as not connected

  Scenario: The app gets an authorization code that IFTTT exchanges for tokens
    Given "Ada" is signed in to the owner's app
    When the owner's app asks for an authorization code for the client "acceptance-ifttt-client"
    Then the response status is 201
    And the response contains an authorization code
    When IFTTT exchanges that authorization code for tokens
    Then the response status is 200
    When the owner's app asks for the third-party connections of "Ada"
    Then IFTTT is listed as connected

  Scenario: An authorization code for an unknown client is refused
    Given "Ada" is signed in to the owner's app
    When the owner's app asks for an authorization code for the client "someone-else"
    Then the response status is 400
    And the response has an error message

  Scenario: Disconnecting IFTTT revokes every IFTTT token and code of the owner
    Given "Ada" has connected IFTTT
    And the owner's app holds an unused authorization code for "Ada"
    When the owner's app disconnects IFTTT for "Ada"
    Then the response status is 200
    And IFTTT's access token for "Ada" no longer works
    And IFTTT's refresh token for "Ada" no longer works
    And the unused authorization code no longer works
    And the owner's app shows IFTTT as not connected for "Ada"

  Scenario: The third-party endpoints need a session token
    When the owner's app asks for the third-party connections without a session
    Then the response status is 401
    And the response has an error message

  Scenario: Ops register a robot with its places for an owner
    When ops register the robot "Kuri" with the places "Kitchen, Living room" for "Ada"
    Then the response status is 201
    And the response lists the places "Kitchen, Living room"

  Scenario: Ops read back an owner at the Location its creation answered
    When ops read back the robot owner "Ada" at the Location they were given
    Then the response status is 200
    And the response is JSON in UTF-8
    And the answer is what the creation of "Ada" answered

  Scenario: Ops read back a robot at the Location its registration answered
    When ops register the robot "Kuri" with the places "Kitchen, Living room" for "Ada"
    And ops read back the robot at the Location of that answer
    Then the response status is 200
    And the JSON at "/data/name" is "Kuri"
    And the response lists the places "Kitchen, Living room"

  Scenario: An owner nobody created is not found
    When ops read back the robot owner with the id "nobody"
    Then the response status is 404
    And the response is JSON in UTF-8
    And the response has an error message

  Scenario: The admin API needs the admin token
    When someone without the admin token tries to create the robot owner "Mallory"
    Then the response status is 401
    And the response has an error message

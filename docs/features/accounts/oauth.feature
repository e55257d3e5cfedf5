Feature: IFTTT connects a robot owner's account with OAuth2
  IFTTT sends the owner's browser to our authorize page (GET /third-party/ifttt/authorize). The owner
  signs in with e-mail address and password and allows or denies IFTTT; the browser goes back to
  IFTTT's redirect URI with a one-time code (or error=access_denied) and IFTTT's state. IFTTT then
  exchanges the code at the token endpoint (POST /third-party/ifttt/v1/tokens) for an access token
  and a refresh token, and later refreshes. Only the configured client id
  ("acceptance-ifttt-client" here) and the registered redirect URIs are served
  (https://ifttt.com/channels/robot-acceptance/authorize here). Token endpoint errors follow
  RFC 6749: {"error": "...", "error_description": "..."}.

  Background:
    Given ops created the robot owner "Ada"

  Scenario: The owner signs in on the authorize page and allows IFTTT
    When IFTTT sends the owner's browser to the authorize page with the state "st-123"
    Then the browser shows a sign-in form
    When the owner signs in on the authorize page as "Ada" with her password
    Then the browser asks whether IFTTT may use the robot of "Ada"
    When the owner allows IFTTT
    Then the browser is sent back to IFTTT with an authorization code and the state "st-123"
    When IFTTT exchanges that authorization code for tokens
    Then the response status is 200
    And the response contains a bearer access token and a refresh token
    And the response header "Cache-Control" is "no-store"

  Scenario: The owner denies IFTTT
    When IFTTT sends the owner's browser to the authorize page with the state "st-9"
    And the owner signs in on the authorize page as "Ada" with her password
    And the owner denies IFTTT
    Then the browser is sent back to IFTTT with the error "access_denied" and the state "st-9"

  Scenario: A wrong password shows the sign-in form again with a message
    When IFTTT sends the owner's browser to the authorize page with the state "st-1"
    And the owner signs in on the authorize page as "Ada" with the password "not-her-password"
    Then the browser shows a sign-in form with the message "Wrong e-mail address or password."

  Scenario Outline: Unknown clients and unregistered redirect URIs are refused on the page itself
    When a browser opens the authorize page for the client "<client id>" and the redirect URI "<redirect uri>"
    Then the page refuses the request with status 400
    And the page tells the owner "<what the owner reads>" without naming a request parameter
    And the browser is not redirected anywhere

    Examples:
      | client id               | redirect uri                                          | what the owner reads                   |
      | someone-else            | https://ifttt.com/channels/robot-acceptance/authorize | not one that can connect to your robot |
      | acceptance-ifttt-client | https://evil.example/callback                         | to keep your account safe              |
      | acceptance-ifttt-client | https://ifttt.com/channels/another-service/authorize  | to keep your account safe              |

  Scenario: After five wrong passwords the authorize page asks the owner to wait
    When IFTTT sends the owner's browser to the authorize page with the state "st-5"
    And the owner signs in on the authorize page as "Ada" with the password "not-her-password" 5 times
    And the owner signs in on the authorize page as "Ada" with her password
    Then the browser shows a sign-in form with the status 429 and the message "Too many failed sign-ins."

  Scenario: A sign-in form posted from another site is refused
    When IFTTT sends the owner's browser to the authorize page with the state "st-2"
    And another site makes the browser post the sign-in form as "Ada" with her password
    Then the response status is 403
    And the browser does not ask whether IFTTT may use the robot

  Scenario: An authorization code works only once
    Given IFTTT obtained an authorization code for "Ada" through the authorize page
    When IFTTT exchanges that authorization code for tokens
    Then the response status is 200
    When IFTTT exchanges that authorization code for tokens
    Then the response status is 400
    And the OAuth error is "invalid_grant"

  # RFC 6749 4.1.2: a code presented twice may have leaked, so what it granted is withdrawn
  Scenario: Presenting an authorization code again revokes the tokens issued for it
    Given IFTTT obtained an authorization code for "Ada" through the authorize page
    And IFTTT exchanged that authorization code for tokens that work on user info
    When IFTTT exchanges that authorization code for tokens
    Then the response status is 400
    And the OAuth error is "invalid_grant"
    And the access token issued for that code no longer works on user info

  Scenario: The token endpoint takes JSON as well as form encoding
    Given IFTTT obtained an authorization code for "Ada" through the authorize page
    When IFTTT exchanges that authorization code for tokens sending JSON
    Then the response status is 200
    And the response contains a bearer access token and a refresh token

  Scenario: A wrong client secret is an invalid client
    Given IFTTT obtained an authorization code for "Ada" through the authorize page
    When IFTTT exchanges that authorization code with the client secret "not-the-secret"
    Then the response status is 401
    And the OAuth error is "invalid_client"

  Scenario: An unsupported grant type is refused
    When IFTTT asks for tokens with the grant type "password"
    Then the response status is 400
    And the OAuth error is "unsupported_grant_type"

  Scenario: Refreshing gives a new access token, and the older refresh token does not expire immediately
    Given "Ada" has connected IFTTT
    When IFTTT refreshes the tokens of "Ada"
    Then the response status is 200
    And the response contains a bearer access token and a refresh token
    And the new access token of "Ada" works on user info
    When IFTTT refreshes the tokens of "Ada" with the older refresh token again
    Then the response status is 200
    And the response contains a bearer access token and a refresh token

  Scenario: An unknown refresh token is an invalid grant
    When IFTTT refreshes with the refresh token "made-up-token"
    Then the response status is 400
    And the OAuth error is "invalid_grant"

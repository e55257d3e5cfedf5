Feature: IFTTT asks whose access token it holds (user info)
  GET /third-party/ifttt/v1/user/info with the access token as a bearer token answers
  {"data": {"name": <display name>, "id": <permanent id>}}. The id is the owner's permanent id,
  the user_id IFTTT uses everywhere; it never changes (it is not the e-mail address). IFTTT calls
  this about once a week per user to check the token; an invalid token is answered with 401 so
  that IFTTT refreshes.

  Background:
    Given ops created the robot owner "Ada Lovelace"

  Scenario: A valid access token tells the owner's name and permanent id
    Given "Ada Lovelace" has connected IFTTT
    When IFTTT asks for the user info with the access token of "Ada Lovelace"
    Then the response status is 200
    And the response is JSON in UTF-8
    And the response matches IFTTT's Service API definition
    And the user info names "Ada Lovelace" with her permanent id

  Scenario: The permanent id stays the same after a refresh
    Given "Ada Lovelace" has connected IFTTT
    When IFTTT refreshes the tokens of "Ada Lovelace"
    And IFTTT asks for the user info with the access token of "Ada Lovelace"
    Then the response status is 200
    And the user info names "Ada Lovelace" with her permanent id

  Scenario: An invalid access token is unauthorized
    When IFTTT asks for the user info with the access token "INVALID"
    Then the response status is 401
    And the response is JSON in UTF-8
    And the response has an error message
    And the response matches IFTTT's Service API definition

  Scenario: A request without an access token is unauthorized
    When IFTTT asks for the user info without an access token
    Then the response status is 401
    And the response has an error message

  Scenario: After the owner disconnects IFTTT the access token no longer works
    Given "Ada Lovelace" has connected IFTTT
    And "Ada Lovelace" is signed in to the owner's app
    When the owner's app disconnects IFTTT for "Ada Lovelace"
    And IFTTT asks for the user info with the access token of "Ada Lovelace"
    Then the response status is 401
    And the response has an error message

  Scenario: The token of IFTTT's test setup works on user info, for the same test owner every time
    When IFTTT calls test setup with the service key
    And IFTTT remembers the test token as "first test token"
    And IFTTT asks for the user info with the token remembered as "first test token"
    Then the response status is 200
    And the response matches IFTTT's Service API definition
    And the user info id is remembered as "test owner id"
    When IFTTT calls test setup with the service key
    And IFTTT remembers the test token as "second test token"
    And IFTTT asks for the user info with the token remembered as "second test token"
    Then the response status is 200
    And the user info id is the one remembered as "test owner id"

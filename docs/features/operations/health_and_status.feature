Feature: Health checks and the IFTTT service status
  IFTTT checks that the service is up with GET {prefix}/ifttt/v1/status, sending the service key
  it was given (IFTTT-Service-Key; older clients send IFTTT-Channel-Key). Load balancers use
  /health/live and /health/ready. Every answer but the root page is JSON, and errors use IFTTT's
  errors body. The root page, where the start-up banner points, is for people.

  Scenario: The root page says what this is and links to health and the API descriptions
    When a person opens the service's root page
    Then the response status is 200
    And the response is an HTML page
    And the page links to the health checks and to every API description, each answering 200

  Scenario: The process is live
    When the load balancer asks whether the service is live
    Then the response status is 200
    And the JSON at "/status" is "UP"

  Scenario: The service is ready when its database answers
    When the load balancer asks whether the service is ready
    Then the response status is 200

  Scenario: IFTTT sees the service as available
    When IFTTT checks the service status with the service key
    Then the response status is 200

  Scenario: Older IFTTT clients send the key as IFTTT-Channel-Key
    When IFTTT checks the service status with the legacy channel key header
    Then the response status is 200

  Scenario: A wrong service key is refused
    When IFTTT checks the service status with the service key "INVALID"
    Then the response status is 401
    And the response is JSON in UTF-8
    And the response has an error message

  Scenario: A missing service key is refused
    When IFTTT checks the service status without a service key
    Then the response status is 401
    And the response has an error message

  Scenario: Unknown paths answer 404 with an errors body, never an HTML page
    When a client requests the unknown path "/third-party/ifttt/v1/no-such-endpoint"
    Then the response status is 404
    And the response is JSON in UTF-8
    And the response has an error message

  Scenario: The request id comes back so logs on both sides can be matched
    When a client sends a request with the request id "3f2a7c1e-0b4d-4c8e-9a55-6a1f00c0ffee"
    Then the response header "X-Request-ID" is "3f2a7c1e-0b4d-4c8e-9a55-6a1f00c0ffee"

Feature: The robot's actions
  IFTTT runs an action with POST {prefix}/ifttt/v1/actions/{action} and the owner's access token,
  the field values in "actionFields". The action is sent to the owner's robot (the first robot
  registered to the owner) over MQTT, and we answer {"data": [{"id": "<action id>"}]}: the action id
  of the command the robot receives.

  | action    | fields                                          | the robot receives                           |
  | animation | action (an animation id)                        | ifttt_animation_command {action_id}          |
  | move      | place (a place on the robot's map), action (optional) | ifttt_move_command {waypoint_uuid, action_id?} |
  | dock      | none                                            | ifttt_dock_command                           |

  Values that can never work (an unknown place or animation, an owner without a robot) are refused
  with 400 and "status": "SKIP", so IFTTT stops retrying and shows the message. A request without
  actionFields is refused with 400 without SKIP. When the robot transport is down the answer is 503
  so that IFTTT retries (covered by the REST adapter's and the robot adapter's tests).

  Background:
    Given IFTTT has set up its test data
    And the robots are listening

  Scenario: The animation action makes the robot play the animation
    When IFTTT runs the "animation" action with {"action": "giggle"}
    Then the response status is 200
    And the response matches IFTTT's Service API definition
    And the action answers an action id
    And the test owner's robot receives "ifttt_animation_command" with that action id and "action_id" "giggle"

  Scenario: The move action sends the robot to the place's waypoint, then plays the animation
    When IFTTT runs the "move" action to the sample place with {"action": "joke"}
    Then the response status is 200
    And the action answers an action id
    And the test owner's robot receives "ifttt_move_command" with that action id and "action_id" "joke"
    And that command goes to the waypoint of the sample place

  Scenario: The move action without an animation only moves
    When IFTTT runs the "move" action to the sample place with {"action": ""}
    Then the response status is 200
    And the test owner's robot receives "ifttt_move_command" with that action id and no "action_id"

  Scenario: Place names match whatever their case
    When IFTTT runs the "move" action to the sample place in lower case
    Then the response status is 200
    And the action answers an action id

  Scenario: The dock action sends the robot to its charger
    When IFTTT runs the "dock" action with {}
    Then the response status is 200
    And the test owner's robot receives "ifttt_dock_command" with that action id and no "action_id"

  Scenario: A place the robot has not mapped is skipped
    When IFTTT runs the "move" action with {"place": "The Moon"}
    Then the response status is 400
    And the error tells IFTTT to skip the action
    And the response has an error message
    And the response matches IFTTT's Service API definition

  Scenario: An animation the robot does not have is skipped
    When IFTTT runs the "animation" action with {"action": "moonwalk"}
    Then the response status is 400
    And the error tells IFTTT to skip the action

  Scenario: An owner without a robot has every action skipped
    Given an owner without a robot has connected IFTTT
    When IFTTT runs the "dock" action for that owner
    Then the response status is 400
    And the error tells IFTTT to skip the action

  Scenario: One owner's Applet can never move another owner's robot
    Given an owner whose robot knows only the place "Garage" has connected IFTTT
    When IFTTT runs the "move" action to the sample place for that owner
    Then the response status is 400
    And the error tells IFTTT to skip the action
    And no robot receives a command for it

  Scenario Outline: An action without actionFields is refused without SKIP
    When IFTTT runs the "<action>" action with the body {"user": {"timezone": "UTC"}}
    Then the response status is 400
    And the response has an error message
    And the error does not tell IFTTT to skip the action

    Examples:
      | action    |
      | animation |
      | move      |
      | dock      |

  Scenario: Keys IFTTT adds to the request are ignored
    When IFTTT runs the "animation" action with the body {"actionFields": {"action": "giggle", "colour": "red"}, "brand_new": [1, 2]}
    Then the response status is 200
    And the action answers an action id

  Scenario: An invalid access token is refused
    When IFTTT runs the "dock" action with the access token "INVALID"
    Then the response status is 401
    And the response has an error message

  Scenario: Actions the robot does not have are unknown
    When IFTTT runs the "self_destruct" action with {}
    Then the response status is 404
    And the response has an error message

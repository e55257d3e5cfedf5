Feature: Options of the action fields
  When an owner sets up an action, IFTTT fills the dropdowns from
  POST {prefix}/ifttt/v1/actions/{action}/fields/{field}/options (body {}, the owner's token), and
  expects {"data": [{"label": "...", "value": "..."}]}.

  | endpoint                          | options                                     |
  | animation/fields/action/options   | the robot's animations (label → id)         |
  | move/fields/action/options        | the same animations                          |
  | move/fields/place/options         | the places on the owner's robot's map        |

  The animation catalogue of the robot: Alarm 1 → alarm_1, Alarm 2 → alarm_2, Alarm 3 → alarm_3,
  Greeting → big_greeting, I Love You → i_love_you, Fart → live_fart, Kiss → live_kiss,
  Play Happy Birthday → happy_birthday, Play Lullaby → lullaby_song,
  Hum Pancake Robot → boredom_pancake_hum_long, Tell a Joke → joke, Giggle → giggle.

  Background:
    Given IFTTT has set up its test data

  Scenario Outline: The animation dropdowns list the robot's animations
    When IFTTT asks for the options of the "<field>" field of the "<action>" action
    Then the response status is 200
    And the response matches IFTTT's Service API definition
    And the options are the animation catalogue:
      | label               | value                    |
      | Alarm 1             | alarm_1                  |
      | Alarm 2             | alarm_2                  |
      | Alarm 3             | alarm_3                  |
      | Greeting            | big_greeting             |
      | I Love You          | i_love_you               |
      | Fart                | live_fart                |
      | Kiss                | live_kiss                |
      | Play Happy Birthday | happy_birthday           |
      | Play Lullaby        | lullaby_song             |
      | Hum Pancake Robot   | boredom_pancake_hum_long |
      | Tell a Joke         | joke                     |
      | Giggle              | giggle                   |

    Examples:
      | action    | field  |
      | animation | action |
      | move      | action |

  Scenario: The place dropdown lists the places of the owner's robot
    Given an owner whose robot knows the places "Kitchen", "Hall" and "Garden" has connected IFTTT
    When IFTTT asks for the place options of the move action for that owner
    Then the response status is 200
    And the response matches IFTTT's Service API definition
    And the options are exactly "Kitchen", "Hall" and "Garden"

  Scenario: An owner without a robot has no places to offer
    Given an owner without a robot has connected IFTTT
    When IFTTT asks for the place options of the move action for that owner
    Then the response status is 200
    And there are no options

  Scenario: An invalid access token is refused
    When IFTTT asks for the options of the "place" field of the "move" action with the access token "INVALID"
    Then the response status is 401
    And the response has an error message

Feature: The rain alarm, a feature behaviour declared in connections/behaviours.yaml
  When tomorrow's forecast calls for rain, the owner's robot plays "alarm_1" and the owner gets a
  notification through the connection's Connect action, filled from the trigger's ingredients.

  Background:
    Given a robot owner signed in to the owner's app
    And the owner has a robot "Kuri" with a place "Kitchen"

  Scenario: Rain in the forecast makes the robot play the alarm
    Given the owner enables the connection "RwAlarm01" on IFTTT
    And the platform stores the owner's connection "RwAlarm01" as "enabled"
    When the trigger "weather.tomorrows_forecast_calls_for" of the feature "rain_alarm" of "RwAlarm01" fires for the owner with the ingredient "Condition" = "heavy rain"
    Then the owner's robot plays the animation "alarm_1"
    And the owner's robot was told exactly 1 thing
    And the sandbox ran the action "if_notifications.send_notification" once for the owner with "message" containing "Rain tomorrow (heavy rain)"
    And the platform stores 1 trigger event of "RwAlarm01" with the ingredient "Condition" = "heavy rain"

  Scenario: A disabled connection stores the event but runs nothing
    Given the owner enables the connection "RwAlarm01" on IFTTT
    And the platform stores the owner's connection "RwAlarm01" as "enabled"
    When IFTTT delivers the webhook "connection/disabled" about "RwAlarm01" for the owner with request id "off"
    And the platform stores the owner's connection "RwAlarm01" as "disabled"
    And the trigger "weather.tomorrows_forecast_calls_for" of the feature "rain_alarm" of "RwAlarm01" fires for the owner with the ingredient "Condition" = "drizzle"
    Then the platform stores 1 trigger event of "RwAlarm01" with the ingredient "Condition" = "drizzle"
    And the owner's robot was told nothing
    And the sandbox ran no action for the owner

package io.robotconnect.adapter.in.rest.oauth;

/** Why the authorize page turns a request away, in the words of the robot owner who sees it. */
enum Refusal {
  /** The client id is not the one registered. */
  UNKNOWN_APP(
      "This app can't connect",
      "The app that sent you here is not one that can connect to your robot."),
  /** The redirect URI is not a registered one. */
  UNKNOWN_RETURN_ADDRESS(
      "This link can't be used",
      "The link that brought you here would send you on to a place we don't know, so we stopped"
          + " here to keep your account safe."),
  /** A part of the request is missing, too long or holds control characters. */
  DAMAGED_LINK(
      "This link doesn't work", "The link that brought you here is incomplete or damaged."),
  /** A form posted without its content type. */
  UNREADABLE_FORM("Something went wrong", "Your browser sent the form in a way we couldn't read.");

  private final String title;
  private final String explanation;

  Refusal(String title, String explanation) {
    this.title = title;
    this.explanation = explanation;
  }

  String title() {
    return title;
  }

  String explanation() {
    return explanation;
  }
}

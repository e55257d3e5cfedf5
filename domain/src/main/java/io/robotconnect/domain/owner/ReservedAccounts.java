package io.robotconnect.domain.owner;

/**
 * Addresses of the reserved domain {@value #DOMAIN} ({@code .invalid}, RFC 2606: no real mailbox
 * can have one) belong to the accounts the platform makes for itself: IFTTT's endpoint-test owner
 * and the demo owner. No API creates or changes them. The endpoint-test owner is used only through
 * the tokens {@code test/setup} issues, so nobody signs in as it; the demo owner is signed into by
 * whoever runs the demo (README, "Demo").
 */
public final class ReservedAccounts {
  public static final String DOMAIN = "robotconnect.invalid";
  public static final EmailAddress IFTTT_ENDPOINT_TEST =
      new EmailAddress("ifttt-endpoint-test@" + DOMAIN);

  private ReservedAccounts() {}

  /** Whether the address is kept for the platform's own accounts. */
  public static boolean isReserved(EmailAddress email) {
    return email.domain().equals(DOMAIN);
  }

  /** Whether an owner with this address may sign in with a password. */
  public static boolean allowsSignIn(EmailAddress email) {
    return !email.equals(IFTTT_ENDPOINT_TEST);
  }
}

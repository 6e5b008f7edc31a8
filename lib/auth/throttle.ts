// Sign-in throttling (R6): too many failures for one account or from one address within
// the window locks further attempts until the window has passed. Pure, so it is tested
// as a rule; the service counts the failures.
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export function signInLocked(failures: { forAccount: number; fromIp: number }): boolean {
  return failures.forAccount >= MAX_FAILURES_PER_ACCOUNT || failures.fromIp >= MAX_FAILURES_PER_IP;
}

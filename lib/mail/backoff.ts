// Retry schedule of the e-mail outbox (pure: the delivery service passes the server clock).
// A failed delivery is tried again after 1, 2, 4, 8, 16, 32 and 64 minutes — about two hours in
// all, long enough for a mail server restart or a short outage; the 8th failure is final
// (FAILED, with the last error kept on the row for the operator).

/** Deliveries tried per e-mail, the first included. */
export const MAX_DELIVERY_ATTEMPTS = 8;
export const FIRST_RETRY_DELAY_MS = 60_000;
export const MAX_RETRY_DELAY_MS = 6 * 60 * 60_000;

/** Wait after the `attempt`-th failed delivery (1-based): exponential, doubling, capped. */
export function retryDelayMs(attempt: number): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}

export type AfterFailure = { status: 'PENDING'; nextAttemptAt: Date } | { status: 'FAILED'; nextAttemptAt: null };

/** What happens to an e-mail whose `attempts`-th delivery (counted including this one) failed at `now`. */
export function afterFailedAttempt(attempts: number, now: Date): AfterFailure {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return { status: 'FAILED', nextAttemptAt: null };
  return { status: 'PENDING', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}

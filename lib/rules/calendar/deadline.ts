/**
 * DL-1: a submission is on time iff the server received it at or before the deadline
 * instant. Both are instants (Date); the server clock is the only judge (DESIGN.md
 * principle 1), so no tolerance is added here.
 */
import { assertInstant } from '../validate';

export function isOnTime(receivedAt: Date, deadline: Date): boolean {
  assertInstant(receivedAt, 'receivedAt');
  assertInstant(deadline, 'deadline');
  return receivedAt.getTime() <= deadline.getTime();
}

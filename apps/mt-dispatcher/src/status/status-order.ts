import { FINAL_MT_STATUSES, type MtStatus } from '@parley/contracts';

const rank: Record<MtStatus, number> = { queued: 1, wired: 2, errored: 3, sent: 4, delivered: 5, failed: 5, expired: 5, rejected: 5 };

/**
 * Statuses can arrive late or twice (a receipt may overtake the provider's acceptance); the record
 * only moves forward and never leaves a final status.
 */
export function advances(current: MtStatus, next: MtStatus): boolean {
  if (FINAL_MT_STATUSES.includes(current)) return false;
  return rank[next] > rank[current] || (current === 'errored' && next !== 'queued');
}

/**
 * History in lifecycle order: a delivery receipt can be stamped before the provider's acceptance
 * (the simulator and fast SMSCs answer within the same millisecond), but it never comes first.
 */
export function byLifecycle(a: { status: MtStatus; at: string }, b: { status: MtStatus; at: string }): number {
  return rank[a.status] - rank[b.status] || a.at.localeCompare(b.at);
}

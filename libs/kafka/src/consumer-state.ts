/**
 * Whether this process's event consumer is in its group. A service that cannot join (Kafka down at
 * boot, topics not provisioned yet) keeps running and retrying, and its /health answers 503 until it
 * has joined, so an orchestrator never routes to, or counts as ready, a service that consumes nothing.
 */
export interface ConsumerState {
  /** This process consumes topics at all. */
  expected: boolean;
  joined: boolean;
  lastError?: string;
}

export const consumerState: ConsumerState = { expected: false, joined: false };

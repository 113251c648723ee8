/** Kafka did not acknowledge in time: the caller must not report the event as stored. */
export class KafkaUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'KafkaUnavailableError';
  }
}

/**
 * A handler's verdict that an event can never be processed (retrying cannot help): it goes to the
 * dead-letter topic at once, with this message as the reason.
 */
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}

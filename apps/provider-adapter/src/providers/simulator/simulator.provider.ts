import { randomUUID } from 'node:crypto';
import type { MtStatus } from '@parley/contracts';
import { type DeliveryReceipt, type OutboundSms, type ReceiptSink, type SendAccepted, SendError, type SmsProvider } from '../sms-provider';

/** A message as a simulated handset received it. */
export interface HandsetMessage extends OutboundSms {
  /** The simulator's message id, as a provider's. */
  id: string;
  receivedAt: string;
}

/**
 * Simulator outcomes by destination, so tests and demos can see every status without a carrier:
 * numbers ending in 0400 are unknown subscribers (permanent failure), 0503 an overloaded route
 * (retryable error at submit), anything else is delivered.
 */
export const SIMULATOR_RULES: { suffix: string; outcome: 'undeliverable' | 'throttled' }[] = [
  { suffix: '0400', outcome: 'undeliverable' },
  { suffix: '0503', outcome: 'throttled' },
];

/** Simulator receipt codes mapped to Parley's status model, as every provider gets its table. */
export const SIMULATOR_STATUS_MAP: Record<string, MtStatus> = { DELIVRD: 'delivered', UNDELIV: 'failed', EXPIRED: 'expired', REJECTD: 'failed' };

/**
 * The built-in provider: delivers to in-memory handsets and reports a receipt after a configurable
 * delay. Each handset keeps its latest `inboxLimit` messages.
 */
export class SimulatorProvider implements SmsProvider {
  readonly name = 'simulator';
  private readonly handsets = new Map<string, HandsetMessage[]>();
  private sink?: ReceiptSink;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: { dlrDelayMs: number; inboxLimit?: number }) {}

  onReceipt(sink: ReceiptSink): void {
    this.sink = sink;
  }

  async send(sms: OutboundSms): Promise<SendAccepted> {
    const rule = SIMULATOR_RULES.find((r) => sms.to.endsWith(r.suffix));
    if (rule?.outcome === 'throttled') throw new SendError('simulated route throttled', true, 'THROTTLED');
    const providerMessageId = `sim-${randomUUID()}`;
    const code = rule?.outcome === 'undeliverable' ? 'UNDELIV' : 'DELIVRD';
    if (code === 'DELIVRD') this.deliver({ ...sms, providerMessageId });
    this.report({ providerMessageId, status: SIMULATOR_STATUS_MAP[code], providerStatus: code, reason: code === 'UNDELIV' ? 'unknown subscriber' : undefined });
    return { providerMessageId };
  }

  /** What one handset received, oldest first. */
  inbox(to: string): HandsetMessage[] {
    return [...(this.handsets.get(to) ?? [])];
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private deliver(sms: OutboundSms & { providerMessageId: string }): void {
    const inbox = this.handsets.get(sms.to) ?? [];
    inbox.push({
      id: sms.providerMessageId,
      mtId: sms.mtId,
      from: sms.from,
      to: sms.to,
      text: sms.text,
      encoding: sms.encoding,
      segments: sms.segments,
      receivedAt: new Date().toISOString(),
    });
    const limit = this.options.inboxLimit ?? 100;
    if (inbox.length > limit) inbox.splice(0, inbox.length - limit);
    this.handsets.set(sms.to, inbox);
  }

  private report(receipt: Omit<DeliveryReceipt, 'at'>): void {
    const fire = () => void this.sink?.({ ...receipt, at: new Date().toISOString() });
    if (this.options.dlrDelayMs <= 0) {
      setImmediate(fire);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fire();
    }, this.options.dlrDelayMs);
    this.timers.add(timer);
  }
}

import type { MtStatus } from '@parley/contracts';

/** What a provider needs to send one MT. */
export interface OutboundSms {
  mtId: string;
  from: string;
  to: string;
  text: string;
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
}

export interface SendAccepted {
  providerMessageId: string;
}

/** A delivery receipt, already mapped to Parley's status model by the provider's table. */
export interface DeliveryReceipt {
  providerMessageId: string;
  status: MtStatus;
  providerStatus: string;
  reason?: string;
  at: string;
}

export type ReceiptSink = (receipt: DeliveryReceipt) => Promise<void>;

/** Every provider (SMPP, Kannel, Twilio-style HTTP, the simulator) implements this and nothing more. */
export interface SmsProvider {
  readonly name: string;
  /** Resolves when the provider accepted the message; throws a SendError otherwise. */
  send(sms: OutboundSms): Promise<SendAccepted>;
  /** Where the provider reports receipts; set once at start. */
  onReceipt(sink: ReceiptSink): void;
  close?(): Promise<void>;
}

/** A send failure that says whether trying again can help. */
export class SendError extends Error {
  constructor(message: string, readonly retryable: boolean, readonly providerStatus?: string) {
    super(message);
    this.name = 'SendError';
  }
}

export const SMS_PROVIDER = Symbol('SMS_PROVIDER');

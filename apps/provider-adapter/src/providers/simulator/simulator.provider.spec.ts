import type { DeliveryReceipt } from '../sms-provider';
import { SendError } from '../sms-provider';
import { SimulatorProvider } from './simulator.provider';

const sms = (to: string, text = 'hello') => ({ mtId: crypto.randomUUID(), from: '12345', to, text, encoding: 'GSM-7' as const, segments: 1 });

function receipts(provider: SimulatorProvider): DeliveryReceipt[] {
  const seen: DeliveryReceipt[] = [];
  provider.onReceipt(async (r) => void seen.push(r));
  return seen;
}

describe('SimulatorProvider', () => {
  it.each([
    ['+15551234567', { status: 'delivered', providerStatus: 'DELIVRD' }, 1],
    ['+15551230400', { status: 'failed', providerStatus: 'UNDELIV', reason: 'unknown subscriber' }, 0],
  ])('a send to %s is reported %j', async (to, receipt, inboxSize) => {
    const provider = new SimulatorProvider({ dlrDelayMs: 0 });
    const seen = receipts(provider);
    const accepted = await provider.send(sms(to));
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual([expect.objectContaining({ providerMessageId: accepted.providerMessageId, ...receipt })]);
    expect(provider.inbox(to)).toHaveLength(inboxSize);
  });

  it('refuses a throttled route with a retryable error', async () => {
    const provider = new SimulatorProvider({ dlrDelayMs: 0 });
    await expect(provider.send(sms('+15551230503'))).rejects.toEqual(expect.objectContaining({ retryable: true }));
    await expect(provider.send(sms('+15551230503'))).rejects.toBeInstanceOf(SendError);
  });

  it('keeps each handset inbox in order and bounded', async () => {
    const provider = new SimulatorProvider({ dlrDelayMs: 0, inboxLimit: 2 });
    for (const text of ['one', 'two', 'three']) await provider.send(sms('+15557654321', text));
    expect(provider.inbox('+15557654321').map((m) => m.text)).toEqual(['two', 'three']);
    expect(provider.inbox('+15550000000')).toEqual([]);
  });

  it('delays receipts by the configured time', async () => {
    const provider = new SimulatorProvider({ dlrDelayMs: 50 });
    const seen = receipts(provider);
    await provider.send(sms('+15551234567'));
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 80));
    expect(seen).toHaveLength(1);
    await provider.close();
  });
});

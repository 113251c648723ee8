import { sendVerdict } from './send-policy';

describe('sendVerdict', () => {
  it.each([
    ['marketing', 'opted-in', { send: true }],
    ['marketing', 'opted-out', { send: false, reason: 'opted-out' }],
    ['marketing', 'none', { send: false, reason: 'no-consent' }],
    ['transactional', 'opted-out', { send: true }],
    ['compliance', 'opted-out', { send: true }],
  ] as const)('%s to a number that is %s → %j', (category, consent, verdict) => {
    expect(sendVerdict({ category }, consent)).toEqual(verdict);
  });
});

import type { Program } from '../programs/program';
import { analyze } from '@parley/sms-text';
import { routeMo } from './mo-router';

const program: Program = {
  id: 'parley-deals',
  shortCode: '12345',
  name: 'Parley Deals',
  description: 'deal alerts',
  frequency: '4 msgs/month',
  supportEmail: 'support@parley.example',
  supportPhone: '1-800-555-0100',
  defaultReply: 'Parley Deals: Reply JOIN, HELP or STOP.',
  keywords: [
    { keyword: 'JOIN', action: 'opt-in', replyText: null, category: 'transactional' },
    { keyword: 'DISCOUNT', action: 'auto-reply', replyText: 'Code SAVE20', category: 'transactional' },
    { keyword: 'STOP', action: 'auto-reply', replyText: 'a campaign must never capture STOP', category: 'marketing' },
  ],
};

describe('routeMo', () => {
  it('JOIN opts in and confirms with every CTIA disclosure', () => {
    const d = routeMo({ text: 'join' }, program);
    expect(d).toMatchObject({ outcome: 'opt-in', rule: 'program-keyword:JOIN', programId: 'parley-deals', consent: { action: 'opt-in', scope: 'program' } });
    for (const part of ['Parley Deals', '4 msgs/month', 'Msg&data rates may apply', 'Reply HELP for help', 'STOP to cancel']) {
      expect(d.reply?.text).toContain(part);
    }
  });

  it('compliance keywords win over a program keyword with the same word', () => {
    const d = routeMo({ text: 'STOP' }, program);
    expect(d).toMatchObject({ outcome: 'opt-out', consent: { action: 'opt-out', scope: 'program' }, reply: { category: 'compliance' } });
    expect(d.reply?.text).toContain("You're unsubscribed");
  });

  it.each([
    ['BAJA', 'Baja confirmada', 'program'],
    ['Ya no quiero recibir mensajes', 'Baja confirmada', 'program'],
    ['ARRÊT', 'Votre désabonnement est enregistré', 'program'],
    ["Arrêtez de m'envoyer des messages", 'Votre désabonnement est enregistré', 'program'],
    ['PARA TODO', 'Baja confirmada de todos los programas', 'all'],
  ])('confirms the opt-out "%s" in the language it was written in, in one GSM-7 segment', (text, expected, scope) => {
    const d = routeMo({ text }, program);
    expect(d).toMatchObject({ outcome: 'opt-out', consent: { action: 'opt-out', scope } });
    expect(d.reply?.text).toContain(expected);
    expect(d.reply?.text).toContain('START');
    const { encoding, segments } = analyze(d.reply!.text);
    expect([encoding, segments.length]).toEqual(['GSM-7', 1]);
  });

  it('STOP ALL opts out of every program on the short code', () => {
    expect(routeMo({ text: 'stop all' }, program)).toMatchObject({ outcome: 'opt-out', consent: { action: 'opt-out', scope: 'all' } });
  });

  it('understands a plain-language opt-out', () => {
    expect(routeMo({ text: 'please stop texting me' }, program)).toMatchObject({ outcome: 'opt-out', consent: { action: 'opt-out' } });
  });

  it('HELP answers with brand, support contact and STOP instructions, and changes no consent', () => {
    const d = routeMo({ text: 'Help?' }, program);
    expect(d.consent).toBeUndefined();
    expect(d.reply?.text).toContain('support@parley.example');
    expect(d.reply?.text).toContain('1-800-555-0100');
    expect(d.reply?.text).toContain('Reply STOP to cancel');
  });

  it('START re-subscribes', () => {
    expect(routeMo({ text: 'START' }, program)).toMatchObject({ outcome: 'opt-in', consent: { action: 'opt-in' } });
  });

  it('a campaign keyword gets its configured auto-reply', () => {
    expect(routeMo({ text: ' Discount! ' }, program)).toMatchObject({ outcome: 'keyword', rule: 'program-keyword:DISCOUNT', reply: { text: 'Code SAVE20' } });
  });

  it('anything else gets the default reply, or nothing when the program has none', () => {
    expect(routeMo({ text: 'what?' }, program)).toMatchObject({ outcome: 'default-reply', reply: { text: program.defaultReply } });
    const silent = routeMo({ text: 'what?' }, { ...program, defaultReply: null });
    expect(silent).toMatchObject({ outcome: 'unmatched' });
    expect(silent.reply).toBeUndefined();
  });

  it('a short code without a program gets no reply', () => {
    expect(routeMo({ text: 'JOIN' }, undefined)).toEqual({ outcome: 'unmatched', rule: 'no-program-on-short-code' });
  });
});

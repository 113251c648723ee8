import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { maskPhone, maskSensitiveText, sanitizeForLog } from './masking';

function capture(level: 'info' | 'debug') {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { logger: createLogger({ service: 'test', level, destination }), lines };
}

describe('log masking', () => {
  it.each([
    ['+15551234567', '+1555***4567'],
    ['447700900123', '4477***0123'],
    ['12345', '12345'],
  ])('masks %s as %s', (raw, masked) => expect(maskPhone(raw)).toBe(masked));

  it('masks numbers inside text but leaves ids, offsets and times alone', () => {
    expect(maskSensitiveText('MO from +15551234567 to 12345 at offset 1234567')).toBe('MO from +1555***4567 to 12345 at offset 1234567');
    expect(maskSensitiveText('id 0b4f7a8e-2f0c-4c61-9d0e-123456789012')).toBe('id 0b4f7a8e-2f0c-4c61-9d0e-123456789012');
    expect(maskSensitiveText('postgres://parley:s3cret@db:5432/parley')).toBe('postgres://parley:***@db:5432/parley');
  });

  it('drops secrets and keeps bodies out unless debugging', () => {
    expect(sanitizeForLog({ text: 'JOIN now', password: 'x', nested: { authToken: 'y', to: '+15551234567' } }, false)).toEqual({
      text: '[8 chars]',
      password: '[redacted]',
      nested: { authToken: '[redacted]', to: '+1555***4567' },
    });
    expect(sanitizeForLog({ text: 'JOIN now' }, true)).toEqual({ text: 'JOIN now' });
  });

  it('writes JSON lines with masked numbers, and bodies only at debug level', () => {
    const info = capture('info');
    info.logger.info({ from: '+15551234567', text: 'DISCOUNT' }, 'MO from +15551234567');
    info.logger.flush();
    expect(info.lines[0]).toMatchObject({ level: 'info', service: 'test', from: '+1555***4567', text: '[8 chars]', msg: 'MO from +1555***4567' });

    const debug = capture('debug');
    debug.logger.debug({ from: '+15551234567', text: 'DISCOUNT' }, 'body');
    expect(debug.lines[0]).toMatchObject({ level: 'debug', from: '+1555***4567', text: 'DISCOUNT' });
  });
});

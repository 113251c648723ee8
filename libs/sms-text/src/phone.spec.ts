import { normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['+1 (202) 555-0143', 'US', '+12025550143', 'US'],
    ['202-555-0143', 'US', '+12025550143', 'US'],
    ['202.555.0143', 'US', '+12025550143', 'US'],
    ['1 202 555 0143', 'US', '+12025550143', 'US'],
    ['  +12025550143  ', 'US', '+12025550143', 'US'],
    ['tel:+1-202-555-0143', 'US', '+12025550143', 'US'],
    ['TEL:+1-202-555-0143;ext=12', 'US', '+12025550143', 'US'],
    ['0044 20 7946 0958', 'US', '+442079460958', 'GB'],
    ['011 44 20 7946 0958', 'US', '+442079460958', 'GB'],
    ['(+44) 20 7946 0958', 'US', '+442079460958', 'GB'],
    ['020 7946 0958', 'GB', '+442079460958', 'GB'],
    ['+44 20 7946 0958', 'DE', '+442079460958', 'GB'],
    ['0612345678', 'FR', '+33612345678', 'FR'],
    ['0412 345 678', 'AU', '+61412345678', 'AU'],
    ['(416) 555-0199', 'US', '+14165550199', 'CA'],
    ['9123 4567', 'SG', '+6591234567', 'SG'],
  ])('%s with region %s → %s', (input, region, value, numberRegion) => {
    expect(normalizePhone(input, region)).toEqual({ ok: true, kind: 'e164', value, region: numberRegion });
  });

  it('uses US as the default region', () => {
    expect(normalizePhone('202-555-0143')).toMatchObject({ ok: true, value: '+12025550143' });
  });

  it.each([
    ['12345', '12345'],
    ['1234567', '1234567'],
    ['123', '123'],
    ['12345678', '12345678'],
    [' 12 345 ', '12345'],
  ])('recognizes the short code %j', (input, value) => {
    expect(normalizePhone(input, 'US')).toEqual({ ok: true, kind: 'short-code', value });
  });

  it('reads eight digits as a national number where that is one (Singapore), not as a short code', () => {
    expect(normalizePhone('91234567', 'SG')).toMatchObject({ ok: true, kind: 'e164', value: '+6591234567' });
    expect(normalizePhone('72345', 'SG')).toEqual({ ok: true, kind: 'short-code', value: '72345' });
  });

  it.each([
    ['', 'phone number is empty'],
    ['   ', 'phone number is empty'],
    ['tel:', 'phone number is empty'],
    ['12', 'too short for a phone number or short code: "12"'],
    ['+1', 'too short for a phone number or short code: "+1"'],
    ['123456789', 'not a valid phone number for region US: "123456789"'],
    ['+1555', 'not a valid phone number: "+1555"'],
    ['+1 555 555 0123', 'not a valid phone number: "+1 555 555 0123"'],
    ['555-0143', 'not a valid phone number for region US: "555-0143"'],
    ['+1234567890123456', 'too long: an international number has at most 15 digits: "+1234567890123456"'],
    ['1234567890123456789', 'too long for a phone number: "1234567890123456789"'],
    ['STOP', 'phone number contains letters: "STOP"'],
    ['1-800-FLOWERS', 'phone number contains letters: "1-800-FLOWERS"'],
    ['202-555-0143 ext. 5', 'phone number contains letters: "202-555-0143 ext. 5"'],
    ['202#555*0143', 'phone number may only contain digits, a leading +, spaces and - . / ( ): "202#555*0143"'],
    ['202+555', 'phone number may only contain digits, a leading +, spaces and - . / ( ): "202+555"'],
  ])('refuses %j: %s', (input, error) => {
    expect(normalizePhone(input, 'US')).toEqual({ ok: false, error });
  });

  it('answers a repeated number the same way, per default region', () => {
    expect(normalizePhone('020 7946 0958', 'GB')).toEqual(normalizePhone('020 7946 0958', 'GB'));
    expect(normalizePhone('020 7946 0958', 'US')).toMatchObject({ ok: false });
    expect(Object.isFrozen(normalizePhone('12345'))).toBe(true);
  });

  it('refuses a default region it does not know', () => {
    expect(normalizePhone('202-555-0143', 'XX')).toEqual({ ok: false, error: 'unknown default region "XX"' });
  });
});

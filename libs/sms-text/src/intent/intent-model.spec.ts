import { classifyIntent } from './classify-intent';
import { decodeIntentModel, encodeIntentModel, featureRoom, featuresOf, modelIntent } from './intent-model';
import { INTENT_MODEL_WEIGHTS } from './intent-model-weights';

describe('the statistical fallback of classifyIntent', () => {
  it('takes wordings no rule anticipated for opt-outs, saying it was the model and how sure it was', () => {
    // Written for this test, not taken from the corpus.
    for (const text of ['Enough of this spam already', 'please no longer message me', 'no texts anymore please', 'sms no more']) {
      const result = classifyIntent(text);
      expect(result).toMatchObject({ intent: 'opt-out', rule: 'model:opt-out', scope: 'program' });
      expect(result.confidence).toBeGreaterThanOrEqual(INTENT_MODEL_WEIGHTS.thresholds['opt-out']);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('leaves ordinary texts and texts that merely contain an opt-out word as none', () => {
    for (const text of [
      'which bus stop?',
      'cancel my order',
      'Stop by the store on Friday for the sale',
      'How do I cancel my reservation?',
      'What time do you open tomorrow?',
      'Is the sale still on?',
      'Please send me the coupon again',
      'My package never arrived',
    ]) {
      expect(classifyIntent(text)).toEqual({ intent: 'none', rule: 'none' });
    }
  });

  it('never overrides a rule: the rules answer first, and their negations, other channels and refusals stand', () => {
    expect(classifyIntent('Please stop texting me')).toMatchObject({ rule: 'phrase:stop-sending' });
    for (const text of ['please dont stop the texts', 'I do not want to unsubscribe', 'Je ne veux pas me désabonner', 'Why did you stop sending me coupons?']) {
      expect(classifyIntent(text)).toEqual({ intent: 'none', rule: 'none' });
    }
    expect(classifyIntent('Stop calling me, text me instead')).toMatchObject({ intent: 'none', rule: 'other-channel' });
    expect(classifyIntent('Unsubscribe? Never! Best deals in town')).toMatchObject({ intent: 'none', rule: 'rhetorical' });
    // Even a model that always answers is not asked about those.
    const always = { ...decodeIntentModel(INTENT_MODEL_WEIGHTS), thresholds: Float64Array.from([0, 0, 0, 0]) };
    expect(classifyIntent('please dont stop the texts', { model: always }).rule).toBe('none');
    expect(classifyIntent('Unsubscribe? Never! Best deals in town', { model: always }).rule).toBe('rhetorical');
    expect(classifyIntent('Stop calling me, text me instead', { model: always }).rule).toBe('other-channel');
    // An opt-out phrase aimed at something else (the email list) is a decision too: the model is not asked.
    expect(classifyIntent('Can you take me off the email list?', { model: always }).rule).toBe('none');
    expect(classifyIntent('', { model: always }).rule).toBe('empty');
    expect(classifyIntent('what time do you open', { model: always }).rule).toBe('model:opt-out');
  });

  it('can be turned off', () => {
    expect(classifyIntent('Enough of this spam already', { model: false })).toEqual({ intent: 'none', rule: 'none' });
  });

  it('is not asked about long texts, which it did not learn from', () => {
    const long = `omg stop ${'we had a lovely time at the store and the staff were very kind to us '.repeat(3)}`;
    expect(modelIntent(long.trim(), decodeIntentModel(INTENT_MODEL_WEIGHTS))).toBeUndefined();
  });

  it('stores its weights losslessly and hashes the same text to the same features', () => {
    const model = decodeIntentModel(INTENT_MODEL_WEIGHTS);
    expect(encodeIntentModel(model)).toEqual(INTENT_MODEL_WEIGHTS);
    const text = 'stop texting me';
    const a = new Int32Array(featureRoom(text.length));
    const b = new Int32Array(featureRoom(text.length));
    const n = featuresOf(text, model.bits, a);
    expect(featuresOf(text, model.bits, b)).toBe(n);
    expect([...a.subarray(0, n)]).toEqual([...b.subarray(0, n)]);
    expect(n).toBeGreaterThan(10);
  });
});

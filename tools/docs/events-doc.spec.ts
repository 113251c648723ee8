import fs from 'node:fs';
import { ALL_EVENTS } from '@parley/contracts';
import { EVENTS_DOC_PATH, renderEventsDoc } from './events-doc';

describe('docs/events.md', () => {
  it('is current with the contracts (regenerate: npm run docs:events)', () => {
    expect(fs.readFileSync(EVENTS_DOC_PATH, 'utf8')).toBe(renderEventsDoc());
  });

  it('documents every topic with its key and schema', () => {
    const doc = renderEventsDoc();
    for (const c of ALL_EVENTS) {
      expect(doc).toContain(`## \`${c.topic}\``);
      expect(doc).toContain(c.keyDescription);
    }
    expect(doc).toContain('"requestedBy"');
  });
});

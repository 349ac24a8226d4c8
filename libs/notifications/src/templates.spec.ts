import { describe, expect, it } from '@jest/globals';
import { NotificationType } from './notification-type.js';
import { renderDigest, renderNotice } from './templates.js';

const match = { audience: 'supplier', requirement: '座椅骨架', listing: 'AM60B 压铸件', supplier: '池州镁业', score: '82%' };

describe('notification templates', () => {
  it('speak the recipient’s language', () => {
    expect(renderNotice(NotificationType.MATCH_PROPOSED, match, 'zh').title).toBe('新需求匹配：座椅骨架');
    expect(renderNotice(NotificationType.MATCH_PROPOSED, match, 'en').title).toBe('New matching requirement: 座椅骨架');
  });

  it('call an anonymous buyer anonymous, and name a visible one', () => {
    expect(renderNotice(NotificationType.MATCH_PROPOSED, match, 'en').body).toContain('of an anonymous buyer');
    expect(renderNotice(NotificationType.MATCH_PROPOSED, { ...match, buyer: '合肥汽车' }, 'zh').body).toContain('合肥汽车的需求');
  });

  it('have a text for every type in both languages', () => {
    for (const type of Object.values(NotificationType).filter((type) => type !== NotificationType.DIGEST)) {
      for (const language of ['zh', 'en'] as const) expect(renderNotice(type, match, language).title.length).toBeGreaterThan(0);
    }
  });

  it('gather a digest into one message that lists every item', () => {
    const digest = renderDigest([{ title: 'A', body: 'first' }, { title: 'B', body: 'second' }], 'en');
    expect(digest.title).toBe('MagMatch digest: 2 new notifications');
    expect(digest.body).toContain('• A\n  first\n• B\n  second');
  });
});

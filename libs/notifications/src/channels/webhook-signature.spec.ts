import { describe, expect, it } from '@jest/globals';
import { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

describe('webhook signatures', () => {
  const body = JSON.stringify({ id: 'match-state:1:ENDORSED:user:WEBHOOK', type: 'MATCH_ENDORSED' });

  it('signs "t.body" with HMAC-SHA256 in the t=…,v1=… format', () => {
    const at = new Date('2026-11-29T08:00:00Z');
    const header = signWebhook('whsec_test', body, at);
    expect(header).toMatch(/^t=1795939200,v1=[0-9a-f]{64}$/);
  });

  it('verifies its own signature and rejects another secret, another body or an old timestamp', () => {
    const header = signWebhook('whsec_test', body);
    expect(verifyWebhookSignature('whsec_test', body, header)).toBe(true);
    expect(verifyWebhookSignature('whsec_other', body, header)).toBe(false);
    expect(verifyWebhookSignature('whsec_test', `${body} `, header)).toBe(false);
    expect(verifyWebhookSignature('whsec_test', body, signWebhook('whsec_test', body, new Date(Date.now() - 3_600_000)))).toBe(false);
    expect(verifyWebhookSignature('whsec_test', body, 'garbage')).toBe(false);
  });
});

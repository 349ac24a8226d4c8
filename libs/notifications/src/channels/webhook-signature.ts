import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The `X-MagMatch-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">` with the
 * organisation's webhook secret. Receivers recompute it and reject old timestamps to stop replays.
 */
export function signWebhook(secret: string, body: string, at: Date = new Date()): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  return `t=${timestamp},v1=${hmac(secret, `${timestamp}.${body}`)}`;
}

/** Whether `header` signs `body` with `secret` within `toleranceSeconds` of now. */
export function verifyWebhookSignature(secret: string, body: string, header: string, toleranceSeconds = 300): boolean {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const given = Buffer.from(parts.get('v1') ?? '', 'hex');
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, `${timestamp}.${body}`), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('hex');

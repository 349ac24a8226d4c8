import http from 'node:http';
import https from 'node:https';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@magmatch/core';
import { NotificationChannel } from '../notification-type.js';
import { DeliveryFailed, type ChannelSender, type OutgoingMessage } from './channel-sender.js';
import { publicOnlyLookup, webhookUrlProblem } from './webhook-address.js';
import { signWebhook } from './webhook-signature.js';

/**
 * POSTs the notification as JSON, signed with the organisation's secret. A 2xx answer is success;
 * anything else (a redirect included: redirects are not followed) or no answer within the timeout is a
 * failure to retry. Private addresses are refused unless `WEBHOOK_ALLOW_PRIVATE=true`.
 */
@Injectable()
export class WebhookSender implements ChannelSender {
  readonly channel = NotificationChannel.WEBHOOK;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(message: OutgoingMessage): Promise<void> {
    const { webhookAllowPrivate, webhookTimeoutMs } = this.config.notifications;
    const problem = webhookUrlProblem(message.address, webhookAllowPrivate);
    if (problem) throw new DeliveryFailed(`the webhook URL ${problem}`);
    const secret = await this.secretOf(message.organizationId);
    const body = JSON.stringify({
      id: message.idempotencyKey,
      type: message.type,
      title: message.title,
      body: message.body,
      data: message.data,
      sentAt: new Date().toISOString(),
    });
    const status = await post(message.address, body, {
      'content-type': 'application/json',
      'user-agent': 'MagMatch-Webhook/1',
      'x-magmatch-delivery': message.idempotencyKey,
      'x-magmatch-signature': signWebhook(secret, body),
    }, webhookTimeoutMs, webhookAllowPrivate);
    if (status < 200 || status > 299) throw new DeliveryFailed(`the receiver answered HTTP ${status}`);
  }

  private async secretOf(organizationId: string | null): Promise<string> {
    const [row]: { secret: string }[] = organizationId
      ? await this.dataSource.query(`SELECT secret FROM webhook_secrets WHERE organization_id = $1`, [organizationId])
      : [];
    if (!row) throw new DeliveryFailed('the organisation has no webhook secret; set a webhook URL again to create one');
    return row.secret;
  }
}

/** Connections to receivers are kept open between calls: a fan-out calls the same URL thousands of times. */
const AGENTS = { http: new http.Agent({ keepAlive: true, maxSockets: 32 }), https: new https.Agent({ keepAlive: true, maxSockets: 32 }) };

function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number, allowPrivate: boolean): Promise<number> {
  const secure = url.startsWith('https:');
  const client = secure ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
        agent: secure ? AGENTS.https : AGENTS.http,
        ...(allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('timeout', () => request.destroy(new DeliveryFailed(`the receiver did not answer within ${timeoutMs} ms`)));
    request.on('error', (error) => reject(error instanceof DeliveryFailed ? error : new DeliveryFailed(`could not reach the receiver: ${error.message}`)));
    request.end(body);
  });
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '@magmatch/notifications';

export interface ReceivedCall {
  readonly deliveryKey: string;
  readonly verified: boolean;
  readonly status: number;
  readonly payload: { id: string; type: string; title: string; body: string; data: Record<string, string> };
}

/**
 * A real HTTP receiver on loopback that checks each call's signature with `secret`, answers with the next
 * scripted status (200 once the script is used up).
 */
export class WebhookReceiver {
  readonly calls: ReceivedCall[] = [];
  secret = '';
  /** How long each answer takes, like a receiver doing real work. */
  latencyMs = 0;
  private script: number[] = [];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    const receiver: WebhookReceiver = new WebhookReceiver(
      createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const verified = verifyWebhookSignature(receiver.secret, body, String(request.headers['x-magmatch-signature'] ?? ''));
          const status = verified ? (receiver.script.shift() ?? 200) : 401;
          receiver.calls.push({ deliveryKey: String(request.headers['x-magmatch-delivery']), verified, status, payload: JSON.parse(body) });
          setTimeout(() => response.writeHead(status).end(), receiver.latencyMs);
        });
      }),
    );
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/magmatch-hook`;
  }

  /** The next calls get these statuses, in order. */
  answerNext(...statuses: number[]): void {
    this.script = statuses;
  }

  /** Calls answered 2xx (of one notification type). */
  accepted(type?: string): ReceivedCall[] {
    return this.calls.filter((call) => call.status < 300 && (!type || call.payload.type === type));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

import type { ExternalChannel } from '../notification-type.js';

/** One message to send on a channel; `idempotencyKey` travels with it so the receiver can drop a resend. */
export interface OutgoingMessage {
  readonly idempotencyKey: string;
  readonly address: string;
  readonly type: string;
  readonly title: string;
  readonly body: string;
  readonly data: Readonly<Record<string, string>>;
  /** The organisation whose webhook secret signs the message. */
  readonly organizationId: string | null;
}

/** The port every external channel implements. `send` resolves once the receiver has accepted the message. */
export interface ChannelSender {
  readonly channel: ExternalChannel;
  send(message: OutgoingMessage): Promise<void>;
}

export const CHANNEL_SENDERS = Symbol('CHANNEL_SENDERS');

/** A failure worth retrying later, with a message a moderator can act on. */
export class DeliveryFailed extends Error {
  override readonly name = 'DeliveryFailed';
}

import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@magmatch/core';
import { NotificationChannel } from '../notification-type.js';
import { DeliveryFailed, type ChannelSender, type OutgoingMessage } from './channel-sender.js';
import { emailHtml } from './email-html.js';

/**
 * E-mail through SMTP (`SMTP_URL`), or, without it, into `.eml` files under `DATA_DIR/outbox-mail` so that
 * the embedded product needs no mail server. The Message-ID derives from the delivery's idempotency key,
 * which is also sent as `X-MagMatch-Delivery`: a resent message is recognisably the same message.
 */
@Injectable()
export class EmailSender implements ChannelSender, OnModuleDestroy {
  readonly channel = NotificationChannel.EMAIL;
  private readonly logger = new Logger(EmailSender.name);
  private readonly transport: Transporter;
  private readonly toFiles: boolean;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { smtpUrl, mailDir } = config.notifications;
    this.toFiles = smtpUrl === null;
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : nodemailer.createTransport({ streamTransport: true, buffer: true });
    if (this.toFiles) this.logger.log({ mailDir }, 'SMTP_URL is not set: e-mails are written as .eml files');
  }

  async send(message: OutgoingMessage): Promise<void> {
    const keyHash = createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 32);
    try {
      const info = await this.transport.sendMail({
        from: this.config.notifications.mailFrom,
        to: message.address,
        subject: message.title,
        text: message.body,
        html: emailHtml(message.title, message.body),
        messageId: `<${keyHash}@magmatch>`,
        headers: { 'X-MagMatch-Delivery': message.idempotencyKey, 'X-MagMatch-Type': message.type },
      });
      if (this.toFiles) {
        await mkdir(this.config.notifications.mailDir, { recursive: true });
        await writeFile(join(this.config.notifications.mailDir, `${keyHash}.eml`), (info as { message: Buffer }).message);
      }
    } catch (error) {
      throw new DeliveryFailed(`the mail server refused the message: ${(error as Error).message}`);
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

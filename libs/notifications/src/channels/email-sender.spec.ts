import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@magmatch/core';
import { EmailSender } from './email-sender.js';

describe('e-mail without an SMTP server', () => {
  it('writes each message as an .eml file under DATA_DIR/outbox-mail, named after its delivery key', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'magmatch-mail-'));
    const sender = new EmailSender(loadConfig({ DATA_DIR: dataDir }));
    const message = {
      idempotencyKey: 'fan-out-1:user-1:EMAIL',
      address: 'buyer@hefei-auto.example',
      type: 'MATCH_ENDORSED',
      title: '协会推荐对接：座椅骨架',
      body: '行业协会推荐「AM60B 压铸件」',
      data: {},
      organizationId: null,
    };
    await sender.send(message);
    await sender.send(message);
    sender.onModuleDestroy();

    const files = await readdir(join(dataDir, 'outbox-mail'));
    expect(files).toHaveLength(1);
    const eml = await readFile(join(dataDir, 'outbox-mail', files[0]!), 'utf8');
    expect(eml).toContain('To: buyer@hefei-auto.example');
    expect(eml).toMatch(/^X-MagMatch-Delivery: fan-out-1:user-1:EMAIL$/im);
    expect(eml).toMatch(/Subject: =\?UTF-8\?/);
  });
});

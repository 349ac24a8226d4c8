import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, DomainError, DomainErrorCode, type AppConfig } from '@magmatch/core';

/** The file types evidence may have, recognised by their first bytes rather than by name or client claim. */
const TYPES = [
  { contentType: 'application/pdf', extension: 'pdf', magic: Buffer.from('%PDF-') },
  { contentType: 'image/png', extension: 'png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { contentType: 'image/jpeg', extension: 'jpg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
] as const;

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

export interface StoredFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly storedAs: string;
}

/**
 * Keeps evidence files under `DATA_DIR/evidence`, a directory no HTTP route serves, each under a random
 * name: the uploaded name is only shown, cleaned of paths and control characters.
 */
@Injectable()
export class EvidenceStore {
  private readonly directory: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.directory = join(config.dataDir, 'evidence');
  }

  async store(fileName: string, contentBase64: string): Promise<StoredFile> {
    const content = Buffer.from(contentBase64, 'base64');
    if (content.length === 0) throw new DomainError(DomainErrorCode.InvalidInput, 'contentBase64 is empty or not base64', 'contentBase64');
    if (content.length > MAX_EVIDENCE_BYTES) {
      throw new DomainError(DomainErrorCode.InvalidInput, `the file has ${content.length} bytes; the limit is ${MAX_EVIDENCE_BYTES} (5 MiB)`, 'contentBase64');
    }
    const type = TYPES.find(({ magic }) => content.subarray(0, magic.length).equals(magic));
    if (!type) throw new DomainError(DomainErrorCode.InvalidInput, 'the file is not a PDF, PNG or JPEG document', 'contentBase64');
    const storedAs = `${randomUUID()}.${type.extension}`;
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    await writeFile(join(this.directory, storedAs), content, { mode: 0o600, flag: 'wx' });
    return {
      fileName: safeFileName(fileName),
      contentType: type.contentType,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      storedAs,
    };
  }
}

/** The last path segment, without control characters, at most 120 characters; "document" if nothing is left. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/^\.+/, '').trim().slice(0, 120);
  return cleaned || 'document';
}

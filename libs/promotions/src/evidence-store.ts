import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, asUploadError, DomainError, DomainErrorCode, type AppConfig } from '@magmatch/core';

/** The file types evidence may have, recognised by their first bytes rather than by name or client claim. */
const TYPES = [
  { contentType: 'application/pdf', extension: 'pdf', magic: Buffer.from('%PDF-') },
  { contentType: 'image/png', extension: 'png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { contentType: 'image/jpeg', extension: 'jpg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
] as const;

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
const LONGEST_MAGIC = Math.max(...TYPES.map(({ magic }) => magic.length));

/** A file as it arrives: its name as the client gave it, and its content, read once. */
export interface IncomingFile {
  readonly fileName: string;
  readonly content: Readable;
}

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

  /**
   * Streams the file to disk under a random name while hashing it and counting its bytes: a file over 5 MiB is
   * refused as its 5,242,881st byte arrives, and nothing of a refused file is kept. Errors name `file`.
   */
  async store(incoming: () => Promise<IncomingFile>): Promise<StoredFile> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const partial = join(this.directory, `${randomUUID()}.part`);
    try {
      const file = await incoming().catch(uploadError);
      const { sizeBytes, sha256, head } = await this.receive(file.content, partial);
      if (sizeBytes === 0) throw invalidFile('the file is empty');
      const type = TYPES.find(({ magic }) => head.subarray(0, magic.length).equals(magic));
      if (!type) throw invalidFile('the file is not a PDF, PNG or JPEG document');
      const storedAs = `${randomUUID()}.${type.extension}`;
      await rename(partial, join(this.directory, storedAs));
      return { fileName: safeFileName(file.fileName), contentType: type.contentType, sizeBytes, sha256, storedAs };
    } finally {
      await rm(partial, { force: true });
    }
  }

  /** Removes a stored file whose record could not be written. */
  async discard(file: StoredFile): Promise<void> {
    await rm(join(this.directory, file.storedAs), { force: true });
  }

  private async receive(content: Readable, path: string): Promise<{ sizeBytes: number; sha256: string; head: Buffer }> {
    const hash = createHash('sha256');
    let sizeBytes = 0;
    let head = Buffer.alloc(0);
    async function* counted(source: Readable) {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        sizeBytes += chunk.length;
        if (sizeBytes > MAX_EVIDENCE_BYTES) throw tooLarge();
        if (head.length < LONGEST_MAGIC) head = Buffer.concat([head, chunk.subarray(0, LONGEST_MAGIC - head.length)]);
        hash.update(chunk);
        yield chunk;
      }
    }
    await pipeline(content, counted, createWriteStream(path, { mode: 0o600, flags: 'wx' })).catch(uploadError);
    return { sizeBytes, sha256: hash.digest('hex'), head };
  }
}

const uploadError = (error: unknown): never => asUploadError(error, tooLarge);

function invalidFile(message: string): DomainError {
  return new DomainError(DomainErrorCode.InvalidInput, message, 'file');
}

function tooLarge(): DomainError {
  return invalidFile(`the file is larger than ${MAX_EVIDENCE_BYTES} bytes (5 MiB), the limit for evidence`);
}

/** The last path segment, without control characters, at most 120 characters; "document" if nothing is left. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/^\.+/, '').trim().slice(0, 120);
  return cleaned || 'document';
}

import type { Readable } from 'node:stream';
import { DomainError, DomainErrorCode } from '../errors/domain.error.js';

const invalidFile = (message: string) => new DomainError(DomainErrorCode.InvalidInput, message, 'file');

/**
 * The upload library's own refusals (HTTP errors it exposes: 413 past its size limit, 400 a file missing
 * from the request, 499 a client that went away) are the client's doing: said as input errors on `file`.
 */
export function asUploadError(error: unknown, tooLarge: () => DomainError): never {
  if (error instanceof DomainError) throw error;
  const { status, expose } = error as { status?: number; expose?: boolean };
  if (status === 413) throw tooLarge();
  if (expose && status !== undefined && status < 500) throw invalidFile(`the upload failed: ${(error as Error).message}`);
  throw error;
}

/** An uploaded file's bytes, at most `maxBytes`; BAD_USER_INPUT on `file` past them, for an empty file, or a failed upload. */
export async function uploadedBytes(file: Promise<{ createReadStream(): Readable }>, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => invalidFile(`the file is larger than ${maxBytes} bytes, the limit for imports: split it`);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of (await file).createReadStream()) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    asUploadError(error, tooLarge);
  }
  if (size === 0) throw invalidFile('the file is empty');
  return Buffer.concat(chunks);
}

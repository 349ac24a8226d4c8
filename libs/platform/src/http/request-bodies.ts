import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';

/** The largest JSON body `/graphql` reads: operations and their variables, never files. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/**
 * How request bodies are read: JSON up to 1 MB, and GraphQL multipart requests (files) streamed, one file
 * of at most `maxFileBytes`, each resolver reading its file as it arrives. A body over a limit is answered
 * 413 with a GraphQL-shaped error.
 */
export function readRequestBodies(app: NestExpressApplication, maxFileBytes: number): void {
  app.useBodyParser('json', { limit: MAX_JSON_BODY_BYTES });
  // One byte over the limit, so that the resolver sees the limit passed and says so with the field's name.
  app.use('/graphql', graphqlUploadExpress({ maxFileSize: maxFileBytes + 1, maxFiles: 1, maxFieldSize: MAX_JSON_BODY_BYTES }));
  app.use(bodyErrorsAsGraphqlErrors);
}

/**
 * What the body readers refuse (http-errors with a status below 500: a body over the limit, malformed
 * JSON, a second file, a broken multipart body), answered as GraphQL errors with the same status.
 */
function bodyErrorsAsGraphqlErrors(error: { status?: number; type?: string; message?: string }, _request: Request, response: Response, next: NextFunction): void {
  if (!error.status || error.status >= 500) return next(error);
  const tooLarge = error.status === 413;
  const message =
    error.type === 'entity.too.large'
      ? `The request body is larger than ${MAX_JSON_BODY_BYTES} bytes (1 MB), the limit; files travel as GraphQL multipart uploads`
      : `The request body could not be read: ${error.message}`;
  response.status(error.status).json({ errors: [{ message, extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT' } }] });
}

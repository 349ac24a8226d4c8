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
  app.use(tooLargeAsGraphqlError);
  // One byte over the limit, so that the resolver sees the limit passed and says so with the field's name.
  app.use('/graphql', graphqlUploadExpress({ maxFileSize: maxFileBytes + 1, maxFiles: 1, maxFieldSize: MAX_JSON_BODY_BYTES }));
}

function tooLargeAsGraphqlError(error: { status?: number; type?: string }, _request: Request, response: Response, next: NextFunction): void {
  if (error.type !== 'entity.too.large') return next(error);
  response.status(413).json({
    errors: [
      {
        message: `The request body is larger than ${MAX_JSON_BODY_BYTES} bytes (1 MB), the limit; files travel as GraphQL multipart uploads`,
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ],
  });
}

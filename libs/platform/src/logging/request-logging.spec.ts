import { describe, expect, it } from '@jest/globals';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { requestLogging } from './logging.module.js';

/** Serves one POST through pino-http with MagMatch's options (the body parsed as express would) and returns the lines it logged. */
async function logOf(level: string, body: object): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
  const logging = pinoHttp({ ...requestLogging({ logLevel: level as 'info' }), transport: undefined, stream });
  const server = createServer((request: IncomingMessage & { body?: object }, response) => {
    request.body = body;
    logging(request, response);
    request.log.info('inside the handler');
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    const outgoing = httpRequest({ port, method: 'POST', path: '/graphql', headers: { authorization: 'Bearer secret-token', 'user-agent': 'jest', 'x-request-id': 'req-7' } }, (response) => {
      response.resume();
      response.on('end', resolve);
    });
    outgoing.end(JSON.stringify(body));
  });
  await new Promise((resolve) => server.close(resolve));
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('request logs', () => {
  it('say at info what operations need: request id, method, path, operation, status and time, and no header', async () => {
    const [handler, done] = await logOf('info', { query: 'query($input: ListingSearchInput!) { searchListings(input: $input) { totalHits } }' });
    expect(handler).toMatchObject({ reqId: 'req-7', msg: 'inside the handler' });
    expect(handler).not.toHaveProperty('req');
    expect(done).toMatchObject({ req: { id: 'req-7', method: 'POST', url: '/graphql' }, res: { statusCode: 200 }, operation: 'searchListings', responseTime: expect.any(Number) });
    expect(Object.keys(done!.req as object).sort()).toEqual(['id', 'method', 'url']);
  });

  it('name an operation by its operationName when it has one, and show headers but no credentials at debug', async () => {
    const [, done] = await logOf('debug', { operationName: 'MyListings', query: 'query MyListings { listings { totalCount } }' });
    expect(done!.operation).toBe('MyListings');
    expect((done!.req as { headers: Record<string, string> }).headers).toMatchObject({ 'user-agent': 'jest', authorization: '[Redacted]' });
  });
});

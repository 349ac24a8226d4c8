import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Where `npm run build` puts the web console (`vite build` of `apps/web`), from the working directory. */
export const WEB_CONSOLE_DIRECTORY = resolve('dist/web');

/**
 * Paths the API answers itself; every other GET for a page is the console's (its router reads the path).
 * This runs before Nest's routes: a new REST GET route joins this list.
 */
const API_PATHS = ['/graphql', '/ide', '/admin', '/health', '/ready', '/session', '/assets'];

/**
 * Serves the web console at `/`: its hashed assets compressed and cached for a year, and `index.html` (never cached) for
 * every page path, so a reload or a shared link of `/buyer/requirements` opens that page. When the console
 * is not built, a page request is answered 503 with the command that builds it.
 */
export function mountWebConsole(app: INestApplication, directory: string = WEB_CONSOLE_DIRECTORY): void {
  const http = app.getHttpAdapter().getInstance() as express.Express;
  const index = join(directory, 'index.html');
  http.use('/assets', compression(), express.static(join(directory, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  http.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.some((path) => request.path === path || request.path.startsWith(`${path}/`))) return next();
    if (request.path.includes('.') && request.path !== '/index.html') return next();
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(index, (error) => {
      if (error && !response.headersSent) {
        response.status(503).type('text').send('The web console is not built: run `npm run build` (npm start builds it when its sources change).');
      }
    });
  });
}

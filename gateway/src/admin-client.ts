import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Paths the gateway answers itself; everything else may be the web client. */
const API_PATHS = ['/graphql', '/health', '/ready', '/auth', '/dev'];

/**
 * Serves the admin client's built files (a single-page application) at `/`:
 * real files as they are, and index.html for the application's own routes
 * (/officers/123, /graphiql...), so that a reload keeps the page.
 */
export function serveAdminClient(app: Express, dir: string): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((request, response, next) => {
    if (
      request.method !== 'GET' ||
      API_PATHS.some((prefix) => request.path === prefix || request.path.startsWith(`${prefix}/`))
    ) {
      next();
      return;
    }
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}

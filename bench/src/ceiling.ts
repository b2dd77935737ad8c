import { createServer } from 'node:http';

/** This machine's ceiling: a bare Node HTTP server answering a fixed JSON body. */
const body = JSON.stringify({ data: { region: { code: 'FES', health: { pendingClaims: 0 } } } });
createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));

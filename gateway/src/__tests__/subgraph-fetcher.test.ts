import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphFetcher } from '../subgraph-fetcher';

/** A subgraph that breaks the connection of the first `failures` requests it gets, then answers. */
async function flakySubgraph(failures: number): Promise<{ url: string; received: () => number; close: () => void }> {
  let received = 0;
  const server = http.createServer((request, response) => {
    received += 1;
    if (received <= failures) {
      request.socket.destroy();
      return;
    }
    response.setHeader('content-type', 'application/json');
    response.end('{"data":{"ok":true}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received: () => received,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

const post = (query: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query }),
});

describe('calls to a subgraph', () => {
  it('retry a query once when its connection breaks before an answer', async () => {
    const subgraph = await flakySubgraph(1);
    const { fetcher, close } = subgraphFetcher({ timeoutMs: 2_000, maxConnections: 4 });
    try {
      const response = await fetcher(subgraph.url, post('{ regions { code } }'));
      expect(await response.json()).toEqual({ data: { ok: true } });
      expect(subgraph.received()).toBe(2);
    } finally {
      await close();
      subgraph.close();
    }
  });

  it('never retry a mutation, which may already have been applied', async () => {
    const subgraph = await flakySubgraph(1);
    const { fetcher, close } = subgraphFetcher({ timeoutMs: 2_000, maxConnections: 4 });
    try {
      await expect(fetcher(subgraph.url, post('mutation { approve(id: "1") { id } }'))).rejects.toThrow();
      expect(subgraph.received()).toBe(1);
    } finally {
      await close();
      subgraph.close();
    }
  });

  it('stop knocking for a moment at a subgraph that refuses connections', async () => {
    const subgraph = await flakySubgraph(0);
    const { url } = subgraph;
    subgraph.close();
    const { fetcher, close } = subgraphFetcher({ timeoutMs: 2_000, maxConnections: 4 });
    try {
      await expect(fetcher(url, post('{ a }'))).rejects.toThrow(/ECONNREFUSED/);
      await expect(fetcher(url, post('{ a }'))).rejects.toThrow(/circuit open/);
    } finally {
      await close();
    }
  });
});

// A tiny Learning Record Store on 127.0.0.1 for tests: a real HTTP receiver that records every
// request and answers with scripted statuses (204 once the script runs out).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface LrsRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export interface LrsStub {
  endpoint: string;
  requests: LrsRequest[];
  /** Statuses for the next requests, in order. */
  script: number[];
  close(): Promise<void>;
}

export async function startLrsStub(): Promise<LrsStub> {
  const requests: LrsRequest[] = [];
  const script: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        body = {};
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.statusCode = script.shift() ?? 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    requests,
    script,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeOllama {
  /** "127.0.0.1:<port>", as OLLAMA_HOST takes it. */
  host: string;
  /** The bodies POSTed to /api/generate. */
  generated: unknown[];
  close(): Promise<void>;
}

/** Ollama's reply to a non-streamed /api/generate: 26 prompt tokens in 0.1 s, 128 generated in 2 s (API docs' fields, in ns). */
export const FAKE_TIMINGS = { prompt_eval_count: 26, prompt_eval_duration: 100_000_000, eval_count: 128, eval_duration: 2_000_000_000 };

const body = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => resolve(text));
  });

/**
 * A stand-in for a local Ollama on 127.0.0.1 (random port). `holdGenerate`: /api/generate never answers (the client
 * gives up); `slowModel`: a second listed model whose generation is held that way.
 */
export async function startFakeOllama(options: { holdGenerate?: boolean; slowModel?: string } = {}): Promise<FakeOllama> {
  const generated: unknown[] = [];
  const server: Server = createServer((req, res) => {
    const json = (value: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const listed = [{ name: 'llama3.2:1b', size: 1_321_098_329, details: { family: 'llama', parameter_size: '1.2B', quantization_level: 'Q8_0' } }];
    if (options.slowModel) listed.push({ name: options.slowModel, size: 2_019_377_376, details: { family: 'llama', parameter_size: '3.2B', quantization_level: 'Q4_K_M' } });
    if (req.url === '/api/tags') return json({ models: listed });
    if (req.url === '/api/version') return json({ version: '0.12.3' });
    if (req.url === '/api/ps') return json({ models: [{ name: 'llama3.2:1b', size_vram: 0 }] });
    if (req.url === '/api/generate' && req.method === 'POST') {
      void body(req).then((text) => {
        const asked = JSON.parse(text) as { model?: string };
        generated.push(asked);
        if (!options.holdGenerate && asked.model !== options.slowModel) json({ model: 'llama3.2:1b', response: 'Once…', done: true, ...FAKE_TIMINGS });
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    generated,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

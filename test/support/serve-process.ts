import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServeProcess {
  openUrl: string;
  url: string;
  output: () => string;
  /** One API call as the page makes it: POST JSON with the run's token (the reply as fetch gives it). */
  call(name: string, body: unknown): Promise<Response>;
  stop(): Promise<void>;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Starts `npm run serve`'s entry point (same code path) as a child process and waits for its URL line. */
export function startServe(env: NodeJS.ProcessEnv, args: string[] = []): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'electron', 'serve', 'main.ts'), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${text}`)), 90_000);
    const onData = (chunk: Buffer): void => {
      text += chunk.toString();
      const match = /(http:\/\/\S+)#token=(\S+)/.exec(text);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const [, url, token = ''] = match;
      resolve({
        url,
        openUrl: `${url}#token=${token}`,
        output: () => text,
        call: (name, body) => fetch(`${url}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-rigshift-token': token }, body: JSON.stringify(body) }),
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${text}`)));
  });
}

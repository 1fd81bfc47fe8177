// `npm run demo`: a full fleet without hardware. Simulated miners on 127.61.0.x, a replayed 6-GPU rig, and serve mode
// pointed at them; Ctrl-C stops all of it. The replay code lives under test/ (see demo-fleet.ts for why).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeMachine } from '../../test/fakes/fake-bin';
import { startSimulator } from '../../test/simulator/simulator';
import { DEMO_RANGE, DEMO_RIG, demoHosts } from './demo-fleet';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const hosts = demoHosts(process.getuid?.() === 0);
  const sim = await startSimulator(hosts);
  const machine = fakeMachine(DEMO_RIG);
  // Its own settings folder: the demo never touches the user's inventory or market figures.
  const configDir = mkdtempSync(join(tmpdir(), 'rigshift-demo-'));
  const serve = spawn(process.execPath, ['--import', 'tsx', join(root, 'electron', 'serve', 'main.ts')], {
    cwd: root,
    env: { ...machine.env, RIGSHIFT_CONFIG_DIR: configDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stopping = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    if (serve.exitCode === null) await new Promise<void>((done) => (serve.once('exit', () => done()), serve.kill('SIGTERM')));
    await sim.close();
    machine.cleanup();
    rmSync(configDir, { recursive: true, force: true });
    console.log('Demo stopped: simulated miners closed, temporary files removed.');
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  serve.once('exit', (code) => void stop(code ?? 1));
  let text = '';
  serve.stdout.on('data', (chunk: Buffer) => {
    const before = text;
    text += chunk.toString();
    const url = /(http:\/\/\S+#token=\S+)/.exec(text)?.[1];
    if (!url || /(http:\/\/\S+#token=\S+)/.test(before)) return;
    console.log(
      [
        'RigShift demo: no hardware needed.',
        `  ${hosts.length} simulated miners (real captured replies) on ${hosts.map((h) => h.ip).join(', ')}`,
        `  a replayed rig (${DEMO_RIG}) for "Scan this machine"`,
        '',
        `Open: ${url}`,
        `Then scan the LAN range ${DEMO_RANGE} in the Network view.`,
        '',
        'Press Ctrl-C to stop.',
      ].join('\n'),
    );
  });
}

main().catch((error: unknown) => {
  console.error(`rigshift demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

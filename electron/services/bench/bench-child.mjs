// The benchmark itself, in its own process (a crash, a hang or a native abort cannot take the app or the CLI with it).
// Reads its job from argv[2] (JSON), sends {type:'progress'|'result'|'error'} messages over IPC, then exits.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

const send = (message) => new Promise((resolve) => process.send(message, () => resolve()));
const fail = async (code, message) => {
  await send({ type: 'error', code, message: String(message).slice(0, 500) });
  process.exit(1);
};

const job = JSON.parse(process.argv[2] ?? '{}');

// Never outlive the parent: a crashed or killed CLI (SIGKILL, SIGTERM, SIGHUP) or app closes the IPC channel, which
// fires 'disconnect'. The child runs in its own process group, so no terminal signal reaches it. A poll of the parent
// is the backstop (process.ppid is read once at start in Node, so the poll asks the system).
const exitNow = (code) => process.exit(code);
process.once('disconnect', () => exitNow(3));
const parentPid = process.ppid;
const parentGone = () => {
  if (process.platform === 'linux') {
    try {
      const stat = readFileSync('/proc/self/stat', 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== parentPid;
    } catch {
      // fall through to the signal probe
    }
  }
  try {
    process.kill(parentPid, 0);
    return false;
  } catch (error) {
    return error?.code === 'ESRCH';
  }
};
setInterval(() => {
  if (!process.connected || parentGone()) exitNow(3);
}, 500).unref();
// Its own hard deadline (the parent's plus a grace period), kept even if the parent cannot enforce its own.
const deadlineMs = Number.isFinite(job.deadlineMs) && job.deadlineMs > 0 ? Math.min(job.deadlineMs, 2 ** 31 - 1) : 305_000;
setTimeout(() => exitNow(4), deadlineMs).unref();
let llamaLib;
try {
  llamaLib = await import('node-llama-cpp');
} catch (error) {
  await fail('binary-missing', `node-llama-cpp could not be loaded: ${error?.message ?? error}`);
}
const { getLlama, readGgufFileInfo } = llamaLib;

await send({ type: 'progress', step: 'reading' });
let info;
try {
  info = await readGgufFileInfo(job.modelPath, { readTensorInfo: true });
} catch (error) {
  await fail('corrupt-gguf', `${basename(job.modelPath)} is not a readable GGUF model (${error?.message ?? error})`);
}
const general = info.metadata?.general ?? {};
const parameters = (info.fullTensorInfo ?? []).reduce((sum, t) => sum + t.dimensions.reduce((a, d) => a * Number(d), 1), 0);

await send({ type: 'progress', step: 'loading' });
let llama;
try {
  const gpu = job.backend === 'cpu' ? false : job.backend === 'auto' ? 'auto' : job.backend;
  llama = await getLlama({ gpu, build: 'never', logLevel: 'error', progressLogs: false });
} catch (error) {
  await fail('binary-missing', `no usable llama.cpp binary for the ${job.backend} backend (${error?.message ?? error})`);
}
let model;
let context;
try {
  model = await llama.loadModel({ modelPath: job.modelPath, gpuLayers: job.backend === 'cpu' ? 0 : 'max' });
  context = await model.createContext({ contextSize: Math.max(1024, job.pp + job.tg + 16), batchSize: Math.min(512, job.pp), ...(job.threads ? { threads: job.threads } : {}) });
} catch (error) {
  await fail('load-failed', `the model could not be loaded (${error?.message ?? error}): too big for the memory of this device?`);
}
const sequence = context.getSequence();
const text = 'The quick brown fox jumps over the lazy dog while the miner hums. ';
let prompt = model.tokenize(text.repeat(Math.ceil(job.pp / 4)));
while (prompt.length < job.pp) prompt = prompt.concat(prompt);
prompt = prompt.slice(0, job.pp);

await send({ type: 'progress', step: 'pp' });
let started = performance.now();
await sequence.evaluateWithoutGeneratingNewTokens(prompt);
const ppSeconds = (performance.now() - started) / 1000;

await send({ type: 'progress', step: 'tg' });
started = performance.now();
let generated = 0;
let firstTokenMs = null;
for await (const token of sequence.evaluate([prompt[0]], { temperature: 0 })) {
  void token;
  if (firstTokenMs === null) firstTokenMs = performance.now() - started;
  generated += 1;
  if (generated >= job.tg) break;
}
const tgSeconds = (performance.now() - started) / 1000;
const backend = llama.gpu === false ? 'cpu' : llama.gpu;
await send({
  type: 'result',
  raw: {
    backend,
    release: llama.llamaCppRelease?.release ?? 'unknown',
    gpus: backend === 'cpu' ? [] : await llama.getGpuDeviceNames(),
    gpuLayers: model.gpuLayers ?? null,
    name: typeof general.name === 'string' ? general.name : basename(job.modelPath).replace(/\.gguf$/i, ''),
    architecture: typeof general.architecture === 'string' ? general.architecture : 'unknown',
    fileType: general.file_type,
    parameters,
    fileBytes: statSync(job.modelPath).size,
    promptTokens: prompt.length,
    generatedTokens: generated,
    ppSeconds,
    tgSeconds,
    firstTokenMs,
  },
});
await context.dispose();
await model.dispose();
process.exit(0);

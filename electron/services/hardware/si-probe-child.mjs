// @ts-check
/**
 * Runs in its own process: systeminformation calls nvidia-smi with execFileSync and no timeout, so a hung driver
 * would freeze whoever calls it. The parent kills this process at its deadline. Plain JavaScript so it starts
 * without a TypeScript loader (Node, and Electron's utilityProcess, run it as is).
 * argv[2]: "graphics" runs si.graphics() alone (it may hang on nvidia-smi); "system" reads CPU, RAM, disks and OS.
 */
import si from 'systeminformation';

/** @template T @param {Promise<T>} work @returns {Promise<T | null>} */
const settle = async (work) => {
  try {
    return await work;
  } catch {
    return null;
  }
};

/** @param {string | undefined} part */
async function collect(part) {
  if (part === 'graphics') return { controllers: (await settle(si.graphics()))?.controllers ?? null };
  const [cpu, cpuFlags, mem, fs, os] = await Promise.all([settle(si.cpu()), settle(si.cpuFlags()), settle(si.mem()), settle(si.fsSize()), settle(si.osInfo())]);
  return { cpu, cpuFlags, memTotal: mem?.total ?? null, fs, os };
}

const snapshot = await collect(process.argv[2]);
/** @type {{ postMessage(message: unknown): void } | undefined} */
const parentPort = /** @type {any} */ (process).parentPort;
if (parentPort) {
  parentPort.postMessage(snapshot);
  setTimeout(() => process.exit(0), 50);
} else if (process.send) {
  process.send(snapshot, () => process.exit(0));
}

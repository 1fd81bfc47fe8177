/**
 * Runs in its own process: systeminformation calls nvidia-smi with execFileSync and no timeout, so a hung driver
 * would freeze whoever calls it. The parent kills this process at its deadline.
 */
import si from 'systeminformation';

const settle = async <T>(work: Promise<T>): Promise<T | null> => {
  try {
    return await work;
  } catch {
    return null;
  }
};

interface ParentPortLike {
  postMessage(message: unknown): void;
}

/** "graphics" runs si.graphics() alone (it may hang on nvidia-smi); "system" reads CPU, RAM, disks and OS. */
async function collect(part: string | undefined): Promise<Record<string, unknown>> {
  if (part === 'graphics') return { controllers: (await settle(si.graphics()))?.controllers ?? null };
  const [cpu, cpuFlags, mem, fs, os] = await Promise.all([settle(si.cpu()), settle(si.cpuFlags()), settle(si.mem()), settle(si.fsSize()), settle(si.osInfo())]);
  return { cpu, cpuFlags, memTotal: mem?.total ?? null, fs, os };
}

async function main(): Promise<void> {
  const snapshot = await collect(process.argv[2]);
  const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
  if (parentPort) {
    parentPort.postMessage(snapshot);
    setTimeout(() => process.exit(0), 50);
  } else if (process.send) {
    process.send(snapshot, () => process.exit(0));
  }
}

void main();

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

async function main(): Promise<void> {
  const [graphics, cpu, cpuFlags, mem, fs, os] = await Promise.all([
    settle(si.graphics()),
    settle(si.cpu()),
    settle(si.cpuFlags()),
    settle(si.mem()),
    settle(si.fsSize()),
    settle(si.osInfo()),
  ]);
  const snapshot = {
    controllers: graphics?.controllers ?? null,
    cpu,
    cpuFlags,
    memTotal: mem?.total ?? null,
    fs,
    os,
  };
  const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
  if (parentPort) {
    parentPort.postMessage(snapshot);
    setTimeout(() => process.exit(0), 50);
  } else if (process.send) {
    process.send(snapshot, () => process.exit(0));
  }
}

void main();

/** Projection throughput: 60 months for 1,000 devices (catalogue GPUs and ASICs, 1–8 units each) under the 4 preset scenarios. */
import { asicCatalogue } from '../../shared/catalogue/asic-catalogue';
import { gpuCatalogue } from '../../shared/catalogue/gpu-catalogue';
import type { Hardware } from '../../shared/earnings/hardware-plan';
import { projectHardware } from '../../shared/earnings/project-hardware';
import { resolveMarket } from '../../shared/market/assumptions';
import { defaultPreferences, type Scenario } from '../../shared/market/preferences';

const DEVICES = 1000;
const SCENARIOS: Scenario[] = ['flat', 'bear', 'bull', 'trend'];

function fleet(): Hardware[] {
  const gpus = gpuCatalogue.filter((g) => g.segment !== 'integrated');
  return Array.from({ length: DEVICES }, (_, i): Hardware[] => {
    const count = (i % 8) + 1;
    const asic = asicCatalogue[i % asicCatalogue.length];
    const gpu = gpus[i % gpus.length];
    if (i % 2 === 0 && asic) return [{ kind: 'asic', spec: asic, count }];
    return gpu ? [{ kind: 'gpu', spec: gpu, count }] : [];
  }).flat();
}

export function projectionBench(): void {
  const market = resolveMarket({}, null);
  const devices = fleet();
  const start = new Date('2026-11-25T00:00:00Z');
  const times: number[] = [];
  let rows = 0;
  // Two untimed runs first: the figure is the engine's steady state, not V8's compile and optimise warm-up.
  for (let run = -2; run < 9; run++) {
    rows = 0;
    const t0 = performance.now();
    for (const scenario of SCENARIOS) {
      const preferences = { ...defaultPreferences(), scenario, months: 60 };
      for (const hw of devices) {
        const { projection } = projectHardware(hw, market, preferences, { start, capexUsd: 1000 });
        rows += (projection.mine?.months.length ?? 0) + (projection.rent?.months.length ?? 0) + (projection.sell?.months.length ?? 0) + projection.off.months.length;
      }
    }
    if (run >= 0) times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `projection: 60 months × ${DEVICES} devices × ${SCENARIOS.length} scenarios (${rows} month rows): median ${medianMs.toFixed(1)} ms, best ${(sorted[0] ?? 0).toFixed(1)} ms over ${times.length} runs (target < 50 ms)`,
  );
}

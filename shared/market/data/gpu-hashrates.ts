import type { GpuAlgorithm } from '../../earnings/gpu-algorithms';

/** Where a row comes from: title, address and the date it was published or read. */
export interface HashrateSource {
  title: string;
  ref: string;
  date: string;
}

export const HASHRATE_SOURCES = {
  hashrateNo: {
    title: 'GPU_OC_DATABASE of a public "GPU Mining Profit Switcher V11.0" (tuned hashrate and power per algorithm, credited to hashrate.no community benchmarks; undated, read 2026-12-07)',
    ref: 'public GitHub source, gpu config module ("Datenquelle: hashrate.no Community-Benchmarks")',
    date: '2026-12-07',
  },
  cryptoLab: {
    title: 'miika-hakala/crypto-lab EXP-001: T-Rex 0.26.8 (Autolykos2) and lolMiner 1.98a (Octopus) benchmarks at a 120 W (RTX 3060) and 80 W (GTX 1660 SUPER) power limit, nvidia-smi power',
    ref: 'github.com/miika-hakala/crypto-lab docs/EXPERIMENT_LOG.md, docs/STATUS.md (benchmark results summary)',
    date: '2026-02-16',
  },
} satisfies Record<string, HashrateSource>;
export type HashrateSourceId = keyof typeof HASHRATE_SOURCES;

/** [MH/s, tuned W] per algorithm (kHeavyHash in MH/s too). */
export type HashrateCells = Partial<Record<GpuAlgorithm, readonly [number, number]>>;

export interface HashrateRow {
  id: string;
  source: HashrateSourceId;
  cells: HashrateCells;
}

const row = (id: string, kawpow: [number, number], autolykos2: [number, number], etchash: [number, number], more: HashrateCells = {}): HashrateRow => ({
  id,
  source: 'hashrateNo',
  cells: { kawpow, autolykos2, etchash, ...more },
});

/** Catalogue GPUs with published tuned figures. Later rows for the same card replace earlier cells (measured over compiled). */
export const GPU_HASHRATE_ROWS: readonly HashrateRow[] = [
  row('nvidia-rtx-4090', [75, 320], [330, 280], [135, 250], { kheavyhash: [1050, 220], octopus: [130, 290] }),
  row('nvidia-rtx-4080-super', [58, 240], [270, 220], [105, 200], { kheavyhash: [820, 180] }),
  row('nvidia-rtx-4080', [55, 230], [260, 210], [100, 195], { kheavyhash: [780, 175], octopus: [95, 220] }),
  row('nvidia-rtx-4070-ti-super', [48, 180], [220, 160], [88, 150], { kheavyhash: [680, 140] }),
  row('nvidia-rtx-4070-ti', [45, 170], [205, 155], [82, 145], { kheavyhash: [640, 135] }),
  row('nvidia-rtx-4070-super', [38, 145], [185, 130], [72, 120], { kheavyhash: [560, 115] }),
  row('nvidia-rtx-4070', [35, 130], [170, 120], [68, 110], { kheavyhash: [520, 105] }),
  row('nvidia-rtx-4060-ti-8gb', [28, 115], [140, 100], [55, 95], { kheavyhash: [420, 90] }),
  row('nvidia-rtx-4060', [23, 95], [115, 85], [45, 80], { kheavyhash: [350, 75] }),
  row('nvidia-rtx-3090-ti', [60, 310], [290, 280], [130, 260], { kheavyhash: [650, 230] }),
  row('nvidia-rtx-3090', [55, 290], [270, 260], [125, 250], { kheavyhash: [600, 220], octopus: [95, 270] }),
  row('nvidia-rtx-3080-ti', [50, 250], [260, 230], [115, 220], { kheavyhash: [550, 190] }),
  row('nvidia-rtx-3080-12gb', [48, 240], [270, 220], [105, 210], { kheavyhash: [520, 180] }),
  row('nvidia-rtx-3080-10gb', [45, 220], [260, 200], [98, 200], { kheavyhash: [480, 170], octopus: [85, 210] }),
  row('nvidia-rtx-3070-ti', [35, 170], [195, 150], [80, 145], { kheavyhash: [400, 130] }),
  row('nvidia-rtx-3070', [30, 140], [170, 120], [61, 115], { kheavyhash: [350, 105], octopus: [58, 135] }),
  row('nvidia-rtx-3060-ti', [28, 130], [155, 110], [58, 105], { kheavyhash: [320, 95] }),
  row('nvidia-rtx-3060-12gb', [23, 115], [125, 100], [45, 95], { kheavyhash: [260, 85] }),
  row('nvidia-rtx-3050-8gb', [15, 85], [80, 75], [28, 70], { kheavyhash: [165, 60] }),
  row('nvidia-rtx-2080-ti', [32, 180], [165, 160], [56, 150], { kheavyhash: [340, 140] }),
  row('nvidia-rtx-2080-super', [28, 165], [145, 145], [45, 140], { kheavyhash: [290, 125] }),
  row('nvidia-rtx-2080', [26, 155], [135, 140], [43, 135]),
  row('nvidia-rtx-2070-super', [24, 145], [130, 125], [42, 120]),
  row('nvidia-rtx-2070', [22, 130], [120, 115], [38, 110]),
  row('nvidia-rtx-2060-super', [20, 125], [105, 105], [35, 100]),
  row('nvidia-rtx-2060', [18, 110], [95, 95], [32, 90]),
  row('nvidia-gtx-1660-ti', [14, 85], [75, 75], [28, 70]),
  row('nvidia-gtx-1660-super', [13.5, 80], [72, 70], [31, 75]),
  row('nvidia-gtx-1660', [12, 75], [65, 65], [25, 65]),
  row('nvidia-gtx-1650-super', [10, 70], [55, 60], [18, 55]),
  row('nvidia-gtx-1080-ti', [20, 160], [105, 140], [45, 135]),
  row('nvidia-gtx-1080', [16, 130], [85, 115], [32, 110]),
  row('nvidia-gtx-1070-ti', [15, 115], [80, 100], [30, 100]),
  row('nvidia-gtx-1070', [14, 105], [72, 95], [28, 90]),
  row('amd-rx-7900-xtx', [48, 275], [300, 250], [105, 220], { kheavyhash: [700, 180] }),
  row('amd-rx-7900-xt', [42, 250], [270, 230], [92, 200], { kheavyhash: [620, 165] }),
  row('amd-rx-7800-xt', [35, 200], [200, 180], [68, 160]),
  row('amd-rx-7700-xt', [30, 175], [170, 155], [55, 140]),
  row('amd-rx-7600', [22, 130], [125, 115], [42, 105]),
  row('amd-rx-6950-xt', [38, 220], [235, 200], [65, 175]),
  row('amd-rx-6900-xt', [35, 200], [220, 185], [62, 160]),
  row('amd-rx-6800-xt', [32, 190], [200, 170], [58, 150]),
  row('amd-rx-6800', [28, 170], [175, 155], [52, 135]),
  row('amd-rx-6750-xt', [26, 150], [145, 135], [42, 120]),
  row('amd-rx-6700-xt', [24, 135], [135, 120], [40, 110]),
  row('amd-rx-6650-xt', [20, 120], [110, 105], [32, 95]),
  row('amd-rx-6600-xt', [18, 105], [100, 95], [30, 85]),
  row('amd-rx-6600', [15, 95], [85, 85], [28, 80]),
  row('amd-rx-5700-xt', [20, 145], [120, 130], [55, 120]),
  row('amd-rx-5700', [18, 135], [110, 120], [50, 110]),
  row('amd-rx-5600-xt', [16, 115], [90, 100], [40, 95]),
  row('amd-rx-5500-xt-8gb', [12, 95], [65, 85], [27, 80]),
  row('amd-rx-vega-64', [20, 200], [110, 180], [42, 165]),
  row('amd-rx-vega-56', [18, 175], [95, 160], [38, 145]),
  row('amd-rx-580-8gb', [11, 110], [58, 100], [30, 95]),
  row('amd-rx-570-8gb', [10, 100], [52, 90], [28, 85]),
  { id: 'nvidia-rtx-3060-12gb', source: 'cryptoLab', cells: { autolykos2: [103.05, 119], octopus: [80.27, 112] } },
  { id: 'nvidia-gtx-1660-super', source: 'cryptoLab', cells: { autolykos2: [49.66, 79] } },
];

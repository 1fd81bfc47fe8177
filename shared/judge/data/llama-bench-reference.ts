/**
 * Published llama-bench results, mostly for the standard reference model, Llama-2-7B Q4_0
 * (llama-2-7b.Q4_0.gguf: 3.56 GiB, 6.74 B params), one GPU, full offload (-ngl 99),
 * tg128 = decode tokens/s, pp512 = prompt tokens/s. Calibration data for the decode/prefill
 * efficiency model; every row is a number someone published, nothing is estimated here.
 *
 * Conventions
 * - `date` is the date of the publication the number was read from. For llama.cpp scoreboard rows
 *   (discussions #15013 CUDA, #15021 ROCm, #10879 Vulkan, #4167 Apple) that were read through a
 *   third-party transcription, it is the transcription's access/research date, NOT the run date.
 * - `flashAttention: null` = the source does not say whether -fa was on.
 * - Scoreboard rows marked "(seed)" come from one transcription file that keeps the engine commit
 *   of every accepted no-FA row (accessed 2026-08-12; repository not identifiable through the index).
 * - Mining coverage: a GTX 1060 6GB row exists only for Qwen2.5-7B Q4_K_M (2026 build); no published Llama-2-7B Q4_0
 *   number was found for GTX 10xx, P102/P104/P106,
 *   RTX 20xx consumer cards, 3060 Ti/3070, A4000, CMP 30HX/40HX/50HX/170HX, RX 470-590, Vega 56/64,
 *   RX 6600-6900 XT or Apple M1/M2/M3 base/Pro/Max (except M1 Max); those cards are left out.
 *   Closest proxies present: Tesla P40 (GP102), Quadro RTX 6000/8000 (TU102), MI50/MI60 (gfx906),
 *   Radeon PRO V620 (Navi 21), RX 5700 XT (Navi 10).
 * - Rows with `model` are other models/quants (GTX 1060/RTX 3090/RTX 5060 Ti at Qwen2.5-7B Q4_K_M, RTX 3090 on Vulkan at
 *   Llama 3 8B Q4_0, RX 480/580 on Vulkan, RTX 2070/2080 Ti/3060 on Vulkan, RX 6700 XT,
 *   RTX 3080 at Llama 3.1 8B Q4_K_M, P40 at Q2_K…Q5_0): calibration scales them by file bytes per token.
 */
export interface LlamaBenchRow {
  /** Catalogue id of the GPU, kebab-case (Apple: "apple-<chip>", GPU core count in the label). */
  gpuId: string;
  /** The GPU as the source names it. */
  label: string;
  backend: 'cuda' | 'rocm' | 'vulkan' | 'metal' | 'sycl';
  flashAttention: boolean | null;
  /** decode tokens/s, tg128 */
  tg128: number;
  /** prompt tokens/s, pp512; null if the source gives none */
  pp512: number | null;
  /** llama.cpp build/commit if stated, else null */
  build: string | null;
  source: { title: string; ref: string; date: string };
  note?: string;
  /**
   * Another model or quant than Llama-2-7B Q4_0: its file size (decimal GB, from the llama-bench output or the file
   * listing) and params. Calibration scales by bytes per token: decode reads the whole file once per token.
   */
  model?: { label: string; fileGB: number; paramsB: number };
}

const GIB = 2 ** 30 / 1e9;
/** A llama-bench "size" column (GiB) as decimal GB. */
const gib = (v: number): number => Math.round(v * GIB * 1000) / 1000;

const CUDA_SB = 'https://github.com/ggml-org/llama.cpp/discussions/15013';
const ROCM_SB = 'https://github.com/ggml-org/llama.cpp/discussions/15021';
const VK_SB = 'https://github.com/ggml-org/llama.cpp/discussions/10879';
const APPLE_SB = 'https://github.com/ggml-org/llama.cpp/discussions/4167';

/** Scoreboard seed transcription (engine commit per row, all -fa 0), accessed 2026-08-12. */
const seedCuda = { title: 'llama.cpp CUDA scoreboard (seed transcription, fa=0)', ref: CUDA_SB, date: '2026-08-12' };
const seedRocm = { title: 'llama.cpp ROCm scoreboard (seed transcription, fa=0)', ref: ROCM_SB, date: '2026-08-12' };
const seedVk = { title: 'llama.cpp Vulkan scoreboard (seed transcription, fa=0)', ref: VK_SB, date: '2026-08-12' };
/** Engine survey that transcribed the CUDA and Apple scoreboards, researched 2026-07-30/31. */
const surveyCuda = { title: 'llama.cpp CUDA scoreboard (transcribed in an embeddable-engine survey)', ref: CUDA_SB, date: '2026-07-31' };
const surveyApple = { title: 'llama.cpp Apple Silicon table (transcribed in an embeddable-engine survey)', ref: APPLE_SB, date: '2026-07-31' };
/** Implementation note that quotes the CUDA and Vulkan scoreboards, dated 2026-09-29. */
const noteCuda = { title: 'llama.cpp CUDA scoreboard (quoted in a local-inference implementation note)', ref: CUDA_SB, date: '2026-09-29' };
const noteVk = { title: 'llama.cpp Vulkan scoreboard (quoted in a local-inference implementation note)', ref: VK_SB, date: '2026-09-29' };
/** Radeon research notes quoting the Vulkan and ROCm scoreboards' FA/no-FA pairs. */
const amdVk = { title: 'llama.cpp Vulkan scoreboard (quoted in AMD Radeon research notes)', ref: VK_SB, date: '2026-10-06' };
const amdRocm = { title: 'llama.cpp ROCm scoreboard (quoted in AMD Radeon research notes)', ref: ROCM_SB, date: '2026-10-06' };
const rocmLog = { title: 'llama.cpp ROCm scoreboard (quoted in an AMD hackathon research log)', ref: ROCM_SB, date: '2025-08' };

/** A homelab note benchmarking three GPU generations on one llama.cpp build and one model file. */
const berlin58 = { title: 'llama-bench results across three GPU generations (kickstart-berlin issue #58)', ref: 'https://github.com/danielesalpietro/kickstart-berlin/issues/58', date: '2026-08-31' };
const qwen25_7b_q4km = { label: 'Qwen2.5 7B Instruct Q4_K_M', fileGB: 4.68, paramsB: 7.62 };

const SEED_NOTE = 'scoreboard row, run date not published; date = transcription access date';

export const llamaBenchReference: LlamaBenchRow[] = [
  // ---------------- CUDA scoreboard #15013, seed transcription (fa=0, commit per row) ----------------
  { gpuId: 'nvidia-rtx-5090', label: 'NVIDIA GeForce RTX 5090', backend: 'cuda', flashAttention: false, tg128: 290.02, pp512: 14073.41, build: '8cf6b42', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-pro-6000-blackwell-maxq', label: 'NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition', backend: 'cuda', flashAttention: false, tg128: 260.42, pp512: 12742.48, build: 'd2462f8', source: seedCuda, note: 'default 300 W power limit' },
  { gpuId: 'nvidia-rtx-4090-d', label: 'NVIDIA GeForce RTX 4090 D', backend: 'cuda', flashAttention: false, tg128: 189.33, pp512: 10293.86, build: '79c1160', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-4090', label: 'NVIDIA GeForce RTX 4090', backend: 'cuda', flashAttention: false, tg128: 186.21, pp512: 11992.70, build: '2241453', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-5080', label: 'NVIDIA GeForce RTX 5080', backend: 'cuda', flashAttention: false, tg128: 181.99, pp512: 8297.36, build: '8a4280c', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-5070-ti', label: 'NVIDIA GeForce RTX 5070 Ti', backend: 'cuda', flashAttention: false, tg128: 176.85, pp512: 6952.38, build: '933414c', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-6000-ada', label: 'NVIDIA RTX 6000 Ada Generation', backend: 'cuda', flashAttention: false, tg128: 176.07, pp512: 9229.23, build: 'b8e09f0', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-3090-ti', label: 'NVIDIA GeForce RTX 3090 Ti', backend: 'cuda', flashAttention: false, tg128: 171.19, pp512: 6567.49, build: '9c35706', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-3090', label: 'NVIDIA GeForce RTX 3090', backend: 'cuda', flashAttention: false, tg128: 158.16, pp512: 5174.69, build: 'c76b420', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-l40', label: 'NVIDIA L40', backend: 'cuda', flashAttention: false, tg128: 152.01, pp512: 8870.49, build: 'ee09828', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-4080-super', label: 'NVIDIA GeForce RTX 4080 SUPER', backend: 'cuda', flashAttention: false, tg128: 148.33, pp512: 8125.15, build: '81086cd', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-4080', label: 'NVIDIA GeForce RTX 4080', backend: 'cuda', flashAttention: false, tg128: 142.49, pp512: 8031.64, build: '20638e4', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-a6000', label: 'NVIDIA RTX A6000', backend: 'cuda', flashAttention: false, tg128: 138.73, pp512: 4913.93, build: '4795c91', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-4070-ti-super', label: 'NVIDIA GeForce RTX 4070 Ti SUPER', backend: 'cuda', flashAttention: false, tg128: 132.26, pp512: 6924.53, build: '9c35706', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-pro-4000-blackwell', label: 'NVIDIA RTX PRO 4000 Blackwell', backend: 'cuda', flashAttention: false, tg128: 131.66, pp512: 4992.83, build: '7d77f07', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-a5000', label: 'NVIDIA RTX A5000', backend: 'cuda', flashAttention: false, tg128: 130.07, pp512: 4028.16, build: 'e5155e6', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-v100-sxm2-32gb', label: 'NVIDIA Tesla V100 32 GB', backend: 'cuda', flashAttention: false, tg128: 129.08, pp512: 3042.64, build: '51f5a45', source: seedCuda, note: 'PCIe vs SXM2 not stated (both 900 GB/s, so the SXM2 entry stands in); not a V100S' },
  { gpuId: 'nvidia-rtx-5070', label: 'NVIDIA GeForce RTX 5070', backend: 'cuda', flashAttention: false, tg128: 127.54, pp512: 5184.75, build: null, source: seedCuda, note: 'scoreboard shows no commit for this row' },
  { gpuId: 'nvidia-a30', label: 'NVIDIA A30', backend: 'cuda', flashAttention: false, tg128: 124.81, pp512: 2767.10, build: '583cb83', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-a40', label: 'NVIDIA A40', backend: 'cuda', flashAttention: false, tg128: 124.11, pp512: 4609.01, build: '3470a5c', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-quadro-rtx-6000', label: 'NVIDIA Quadro RTX 6000', backend: 'cuda', flashAttention: false, tg128: 102.77, pp512: 2751.18, build: 'b8e09f0', source: seedCuda, note: 'TU102 (same die as RTX 2080 Ti)' },
  { gpuId: 'nvidia-quadro-rtx-8000', label: 'NVIDIA Quadro RTX 8000', backend: 'cuda', flashAttention: false, tg128: 102.68, pp512: 2709.95, build: 'b8e09f0', source: seedCuda, note: 'TU102 (same die as RTX 2080 Ti)' },
  { gpuId: 'nvidia-rtx-5060-ti-16gb', label: 'NVIDIA GeForce RTX 5060 Ti 16GB', backend: 'cuda', flashAttention: false, tg128: 90.94, pp512: 3737.25, build: '89d10295', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-rtx-3060-12gb', label: 'NVIDIA GeForce RTX 3060 12GB', backend: 'cuda', flashAttention: false, tg128: 75.57, pp512: 2137.50, build: 'baa9255', source: seedCuda, note: SEED_NOTE },
  { gpuId: 'nvidia-dgx-spark', label: 'NVIDIA DGX Spark (GB10)', backend: 'cuda', flashAttention: false, tg128: 57.21, pp512: 3062.31, build: '5acd455', source: seedCuda, note: 'integrated GB10, LPDDR5x unified memory' },
  { gpuId: 'nvidia-tesla-p40', label: 'NVIDIA Tesla P40', backend: 'cuda', flashAttention: false, tg128: 54.74, pp512: 1007.42, build: 'c76b420', source: seedCuda, note: 'GP102 Pascal, dp4a MMQ path' },
  { gpuId: 'nvidia-tesla-m40-24gb', label: 'NVIDIA Tesla M40 24GB', backend: 'cuda', flashAttention: false, tg128: 38.04, pp512: 282.65, build: '97d5117', source: seedCuda, note: 'Maxwell' },
  { gpuId: 'nvidia-tesla-k80', label: 'NVIDIA Tesla K80 (one GPU)', backend: 'cuda', flashAttention: false, tg128: 13.80, pp512: 133.14, build: '32732f2', source: seedCuda, note: 'one of the two GK210 GPUs on the board' },

  // ---------------- CUDA scoreboard #15013, other transcriptions ----------------
  { gpuId: 'nvidia-h100', label: 'H100 (80 GB HBM3)', backend: 'cuda', flashAttention: null, tg128: 280.7, pp512: 11263, build: null, source: surveyCuda, note: 'PCIe vs SXM not stated (HBM3 in the transcription suggests SXM); latency-bound, not bandwidth-bound' },
  { gpuId: 'nvidia-a100-80gb', label: 'A100 (80 GB HBM2e)', backend: 'cuda', flashAttention: null, tg128: 200.9, pp512: 5286, build: null, source: surveyCuda, note: 'PCIe vs SXM not stated; latency-bound, not bandwidth-bound' },
  { gpuId: 'nvidia-rtx-4090', label: 'RTX 4090', backend: 'cuda', flashAttention: null, tg128: 189.0, pp512: 14771, build: null, source: surveyCuda, note: 'a different scoreboard row than the fa=0 seed row (likely fa=1, not stated)' },
  { gpuId: 'nvidia-rtx-5090', label: 'RTX 5090', backend: 'cuda', flashAttention: null, tg128: 300.4, pp512: 14970, build: null, source: surveyCuda, note: 'a different scoreboard row than the fa=0 seed row (likely fa=1, not stated)' },
  { gpuId: 'nvidia-rtx-3060-12gb', label: 'RTX 3060 12 GB', backend: 'cuda', flashAttention: true, tg128: 76.9, pp512: 2408, build: null, source: noteCuda },
  { gpuId: 'nvidia-rtx-3080-10gb', label: 'RTX 3080 10 GB', backend: 'cuda', flashAttention: null, tg128: 140, pp512: 5570, build: null, source: noteCuda, note: 'secondary quote; FA setting not stated' },
  { gpuId: 'nvidia-rtx-4060-ti-8gb', label: 'RTX 4060 Ti 8 GB', backend: 'cuda', flashAttention: null, tg128: 64.0, pp512: 3803, build: null, source: noteCuda, note: 'secondary quote; FA setting not stated' },

  // ---------------- CUDA, llama.cpp PR threads ----------------
  { gpuId: 'nvidia-rtx-3090-ti', label: 'NVIDIA GeForce RTX 3090 Ti', backend: 'cuda', flashAttention: false, tg128: 127.43, pp512: 4035.47, build: '32d9f7d9 (1786)', source: { title: 'llama-bench : add no-kv-offload parameter (PR #4812)', ref: 'ggml-org/llama.cpp PR #4812 description by slaren', date: '2024-01-07' }, note: 'nkvo=0 row; early-2024 build' },
  { gpuId: 'nvidia-rtx-3090', label: 'RTX 3090', backend: 'cuda', flashAttention: false, tg128: 121.82, pp512: 3408.18, build: null, source: { title: 'llama : ggml-backend integration (PR #4766)', ref: 'ggml-org/llama.cpp PR #4766 comment by JohannesGaessler', date: '2024-01' }, note: "'t/s master' column of a PR comparison table; early-2024 build" },
  { gpuId: 'nvidia-tesla-p40', label: 'P40', backend: 'cuda', flashAttention: false, tg128: 56.79, pp512: 912.41, build: null, source: { title: 'llama : ggml-backend integration (PR #4766)', ref: 'ggml-org/llama.cpp PR #4766 comment by JohannesGaessler', date: '2024-01' }, note: "'t/s master' column of a PR comparison table; early-2024 build" },

  // ---------------- CMP (patched / stock), Llama-2-7B Q4_0 ----------------
  { gpuId: 'nvidia-cmp-90hx', label: 'NVIDIA CMP 90HX (PCI 10de:220d)', backend: 'cuda', flashAttention: null, tg128: 108.25, pp512: 2655.57, build: null, source: { title: 'Outstanding Results: CMP 90HX Benchmarks Exceeding Expected Performance', ref: 'https://github.com/WildFlash1st/cmp90hx-unlock/issues/4', date: '2026-08-17' }, note: 'patched stack: rejoin15 compute unlock + cmpunlocker PCIe unlock + llama.cpp DP2A patch, driver 610.43.03; peaks up to 3568.25 pp / 139.43 tg reported' },
  { gpuId: 'nvidia-cmp-90hx', label: 'NVIDIA CMP 90HX, stock', backend: 'cuda', flashAttention: null, tg128: 37.2, pp512: 160.92, build: null, source: { title: 'Outstanding Results: CMP 90HX Benchmarks Exceeding Expected Performance', ref: 'https://github.com/WildFlash1st/cmp90hx-unlock/issues/4', date: '2026-08-17' }, note: "stock (throttled) card, given as '~' values in the same issue" },

  // ---------------- ROCm scoreboard #15021 ----------------
  { gpuId: 'amd-rx-7900-xtx', label: 'AMD Radeon RX 7900 XTX', backend: 'rocm', flashAttention: false, tg128: 167.11, pp512: 3552.27, build: '2f0c2db', source: seedRocm, note: SEED_NOTE },
  { gpuId: 'amd-rx-7900-xtx', label: 'RX 7900 XTX', backend: 'rocm', flashAttention: true, tg128: 170.12, pp512: 3874, build: null, source: amdRocm, note: 'FA row of the same scoreboard entry' },
  { gpuId: 'amd-rx-7900-xt', label: 'RX 7900 XT', backend: 'rocm', flashAttention: false, tg128: 116.15, pp512: 3098.38, build: null, source: rocmLog, note: 'date = ROCm scoreboard opening month; row run date not stated' },
  { gpuId: 'amd-instinct-mi300x', label: 'MI300X', backend: 'rocm', flashAttention: false, tg128: 232.92, pp512: 11476.40, build: null, source: rocmLog, note: 'latency-bound; date = scoreboard opening month' },
  { gpuId: 'amd-instinct-mi210', label: 'AMD Instinct MI210', backend: 'rocm', flashAttention: false, tg128: 124.51, pp512: 2486.22, build: '8160b38', source: seedRocm, note: SEED_NOTE },
  { gpuId: 'amd-radeon-pro-w7900', label: 'AMD Radeon PRO W7900 48GB', backend: 'rocm', flashAttention: false, tg128: 121.18, pp512: 3213.17, build: '8160b38', source: seedRocm, note: SEED_NOTE },
  { gpuId: 'amd-rx-9070', label: 'AMD Radeon RX 9070', backend: 'rocm', flashAttention: false, tg128: 114.48, pp512: 2381.77, build: 'd0660f2', source: seedRocm, note: SEED_NOTE },
  { gpuId: 'amd-instinct-mi100', label: 'AMD Instinct MI100', backend: 'rocm', flashAttention: false, tg128: 110.48, pp512: 2732.83, build: '9c35706', source: seedRocm, note: SEED_NOTE },
  { gpuId: 'amd-rx-9070-xt', label: 'AMD Radeon RX 9070 XT', backend: 'rocm', flashAttention: false, tg128: 101.27, pp512: 5055.19, build: '583cb83', source: seedRocm, note: SEED_NOTE },
  { gpuId: 'amd-instinct-mi50-32gb', label: 'AMD Instinct MI50 32GB', backend: 'rocm', flashAttention: false, tg128: 98.95, pp512: 1057.24, build: '97d5117', source: seedRocm, note: 'gfx906, same die as Radeon VII' },
  { gpuId: 'amd-radeon-ai-pro-r9700', label: 'AMD Radeon AI PRO R9700', backend: 'rocm', flashAttention: false, tg128: 93.84, pp512: 4443.54, build: 'bd4ef13', source: seedRocm, note: SEED_NOTE },
  { gpuId: 'amd-instinct-mi60', label: 'AMD Instinct MI60', backend: 'rocm', flashAttention: false, tg128: 91.46, pp512: 1289.11, build: '504af20', source: seedRocm, note: 'gfx906' },
  { gpuId: 'amd-radeon-pro-v620', label: 'AMD Radeon PRO V620', backend: 'rocm', flashAttention: false, tg128: 74.66, pp512: 1803.65, build: '5c0eb5e', source: seedRocm, note: 'Navi 21 (gfx1030, RX 6800 XT class)' },
  { gpuId: 'amd-radeon-vii', label: 'Radeon VII', backend: 'rocm', flashAttention: false, tg128: 54.42, pp512: null, build: null, source: { title: 'llm-tracker: AMD GPUs (quoted in an AMD hackathon research log)', ref: 'https://llm-tracker.info/howto/AMD-GPUs', date: '2026-01' }, note: 'prompt test was pp3968 (432.28 t/s), not pp512; run date and build not stated (older ROCm, gfx906 in maintenance); date = earliest date of the citing log' },

  // ---------------- ROCm / Vulkan, llama.cpp PR threads (RX 5700 XT) ----------------
  { gpuId: 'amd-rx-5700-xt', label: 'AMD Radeon RX 5700 XT', backend: 'rocm', flashAttention: false, tg128: 60.44, pp512: 318.71, build: null, source: { title: 'Vulkan Improvements (PR #5835)', ref: 'ggml-org/llama.cpp PR #5835 comment by DaniAndTheWeb', date: '2024-03-03' }, note: 'gfx1010, not on the ROCm support list' },
  { gpuId: 'amd-rx-5700-xt', label: 'AMD Radeon RX 5700 XT (RADV NAVI10)', backend: 'vulkan', flashAttention: false, tg128: 37.80, pp512: 323.04, build: null, source: { title: 'Vulkan Improvements (PR #5835)', ref: 'ggml-org/llama.cpp PR #5835 comment by DaniAndTheWeb', date: '2024-03-03' }, note: 'PR-branch build (master then: 22.76 tg / 177.59 pp); 2024 Vulkan backend, superseded' },
  { gpuId: 'amd-rx-5700-xt', label: 'AMD Radeon RX 5700 XT (RADV NAVI10)', backend: 'vulkan', flashAttention: false, tg128: 65.19, pp512: 468.06, build: null, source: { title: 'vulkan: scalar flash attention implementation (PR #13324)', ref: 'ggml-org/llama.cpp PR #13324 comment by daniandtheweb', date: '2025-05-08' }, note: 'ngl 100' },
  { gpuId: 'amd-rx-5700-xt', label: 'AMD Radeon RX 5700 XT (RADV NAVI10)', backend: 'vulkan', flashAttention: true, tg128: 65.28, pp512: 444.67, build: null, source: { title: 'vulkan: scalar flash attention implementation (PR #13324)', ref: 'ggml-org/llama.cpp PR #13324 comment by daniandtheweb', date: '2025-05-08' }, note: 'ngl 100; PR-era scalar FA' },

  // ---------------- Vulkan scoreboard #10879 ----------------
  { gpuId: 'amd-rx-7900-xtx', label: 'RX 7900 XTX (RADV)', backend: 'vulkan', flashAttention: false, tg128: 182.63, pp512: 3727, build: null, source: amdVk },
  { gpuId: 'amd-rx-7900-xtx', label: 'RX 7900 XTX (RADV)', backend: 'vulkan', flashAttention: true, tg128: 190.92, pp512: 3890, build: null, source: amdVk },
  { gpuId: 'amd-rx-7900-xt', label: 'RX 7900 XT', backend: 'vulkan', flashAttention: false, tg128: 123.2, pp512: null, build: null, source: amdVk, note: 'pp512 not quoted; FA row: 120.6 tg' },
  { gpuId: 'amd-rx-7800-xt', label: 'RX 7800 XT', backend: 'vulkan', flashAttention: null, tg128: 118, pp512: 2017, build: null, source: noteVk, note: 'secondary quote; FA setting not stated' },
  { gpuId: 'amd-rx-7600', label: 'RX 7600', backend: 'vulkan', flashAttention: null, tg128: 58.0, pp512: 1167, build: null, source: noteVk, note: 'secondary quote; FA setting not stated' },
  { gpuId: 'nvidia-rtx-4070-ti', label: 'NVIDIA GeForce RTX 4070 Ti', backend: 'vulkan', flashAttention: false, tg128: 110.53, pp512: 4981.44, build: '516a4ca', source: seedVk, note: 'NVIDIA card on the Vulkan backend' },
  { gpuId: 'nvidia-rtx-4070-super', label: 'NVIDIA GeForce RTX 4070 SUPER', backend: 'vulkan', flashAttention: false, tg128: 108.74, pp512: 4608.20, build: 'c945aaa', source: seedVk, note: 'NVIDIA card on the Vulkan backend (coopmat2)' },
  { gpuId: 'nvidia-rtx-4070', label: 'NVIDIA GeForce RTX 4070', backend: 'vulkan', flashAttention: false, tg128: 92.29, pp512: 3179.37, build: '9a48399', source: seedVk, note: 'NVIDIA card on the Vulkan backend' },
  { gpuId: 'intel-arc-b580', label: 'Intel Arc B580', backend: 'vulkan', flashAttention: false, tg128: 70.14, pp512: 620.94, build: '7f76692', source: seedVk, note: SEED_NOTE },

  // ---------------- Mining-era and other cards, other models/quants (bytes-per-token scaling) ----------------
  { gpuId: 'amd-rx-580-8gb', label: 'AMD Radeon RX 580 Series (RADV POLARIS10)', backend: 'vulkan', flashAttention: null, tg128: 36.23, pp512: 346.76, build: 'e598697d (4696)', source: { title: 'Benchmark AMD GPUs on SiFive HiFive Premiere P550', ref: 'https://github.com/geerlingguy/ai-benchmarks/issues/20', date: '2025-02-12' }, note: 'tg128 ± 17.62 (noisy run on a RISC-V host); 4 vs 8 GB not stated (same bandwidth)', model: { label: 'Llama 3.2 3B Instruct Q4_K_M', fileGB: gib(1.87), paramsB: 3.21 } },
  { gpuId: 'amd-rx-480-8gb', label: 'AMD RX 480', backend: 'vulkan', flashAttention: false, tg128: 37.8, pp512: 294.5, build: '141a908', source: { title: 'vulkan: scalar flash attention implementation (PR #13324)', ref: 'ggml-org/llama.cpp PR #13324 comment by nalf3in', date: '2025-05-07' }, note: '4 vs 8 GB not stated (same bandwidth)', model: { label: 'Qwen3-4B UD-Q4_K_XL', fileGB: gib(2.37), paramsB: 4.02 } },
  { gpuId: 'nvidia-rtx-2070', label: 'NVIDIA RTX2070', backend: 'vulkan', flashAttention: false, tg128: 63.0, pp512: 461.6, build: '141a908', source: { title: 'vulkan: scalar flash attention implementation (PR #13324)', ref: 'ggml-org/llama.cpp PR #13324 comment by nalf3in', date: '2025-05-07' }, note: 'NVIDIA card on the Vulkan backend', model: { label: 'Qwen3-4B UD-Q4_K_XL', fileGB: gib(2.37), paramsB: 4.02 } },
  { gpuId: 'amd-rx-6700-xt', label: 'Radeon RX 6700 XT', backend: 'rocm', flashAttention: false, tg128: 58.97, pp512: 1017.28, build: null, source: { title: 'Vulkan Improvements (PR #5835)', ref: 'ggml-org/llama.cpp PR #5835 comment by Nindaleth', date: '2024-03-03' }, note: 'ROCm 6.0 (gfx1031, HSA override); 2024 build', model: { label: 'Mistral 7B Instruct v0.2 Q4_0', fileGB: gib(3.83), paramsB: 7.24 } },
  { gpuId: 'amd-rx-6700-xt', label: 'Radeon RX 6700 XT', backend: 'vulkan', flashAttention: false, tg128: 41.81, pp512: 425.07, build: null, source: { title: 'Vulkan Improvements (PR #5835)', ref: 'ggml-org/llama.cpp PR #5835 comment by Nindaleth', date: '2024-03-03' }, note: 'PR-branch build (master then: 23.68 tg); 2024 Vulkan backend, superseded', model: { label: 'Mistral 7B Instruct v0.2 Q4_0', fileGB: gib(3.83), paramsB: 7.24 } },
  { gpuId: 'nvidia-rtx-3060-12gb', label: 'NVIDIA RTX 3060 12GB', backend: 'vulkan', flashAttention: null, tg128: 279.05, pp512: 6744.18, build: '933414c0b (7293)', source: { title: 'Benchmark Nvidia RTX 3060 12GB', ref: 'https://github.com/geerlingguy/ai-benchmarks/issues/40', date: '2025-12-06' }, note: 'Raspberry Pi CM5 host (decode is unaffected by the narrow link once loaded); 1B-class model', model: { label: 'TinyLlama 1.1B Q4_K_M', fileGB: gib(636.18 / 1024), paramsB: 1.1 } },
  { gpuId: 'nvidia-rtx-2080-ti', label: 'Nvidia RTX 2080 Ti', backend: 'vulkan', flashAttention: null, tg128: 424.32, pp512: 7094.19, build: 'f9ec8858e (7474)', source: { title: 'Benchmark Nvidia RTX 2080 Ti', ref: 'https://github.com/geerlingguy/ai-benchmarks/issues/46', date: '2025-12-18' }, note: 'Intel Core Ultra 265K host; 1B-class model', model: { label: 'TinyLlama 1.1B Q4_K_M', fileGB: gib(636.18 / 1024), paramsB: 1.1 } },
  { gpuId: 'nvidia-rtx-3080-10gb', label: 'NVIDIA RTX 3080', backend: 'cuda', flashAttention: null, tg128: 111.95, pp512: 3806.89, build: '93bc3839 (3622)', source: { title: 'Llama 3.1 8B Q4_K_M NVIDIA RTX 3080', ref: 'https://github.com/dmatora/LLM-inference-speed-benchmarks/issues/12', date: '2024-08-26' }, note: '10 vs 12 GB not stated (10 GB assumed: 760 GB/s); file size = Llama-3-8B Q4_K_M per llama-quantize', model: { label: 'Llama 3.1 8B Q4_K_M', fileGB: gib(4.58), paramsB: 8.03 } },
  // P40 (GP102, the die of the 1080 Ti and P102-100) at other quants of Llama-2-7B; file sizes from TheBloke/Llama-2-7B-GGUF.
  { gpuId: 'nvidia-tesla-p40', label: 'P40', backend: 'cuda', flashAttention: false, tg128: 54.23, pp512: 850.65, build: null, source: { title: 'llama : ggml-backend integration (PR #4766)', ref: 'ggml-org/llama.cpp PR #4766 comment by JohannesGaessler', date: '2024-01' }, note: "'t/s master' column; file size: huggingface.co/TheBloke/Llama-2-7B-GGUF", model: { label: 'Llama 2 7B Q4_K_S', fileGB: 3.86, paramsB: 6.74 } },
  { gpuId: 'nvidia-tesla-p40', label: 'P40', backend: 'cuda', flashAttention: false, tg128: 48.30, pp512: 858.55, build: null, source: { title: 'llama : ggml-backend integration (PR #4766)', ref: 'ggml-org/llama.cpp PR #4766 comment by JohannesGaessler', date: '2024-01' }, note: "'t/s master' column; file size: huggingface.co/TheBloke/Llama-2-7B-GGUF", model: { label: 'Llama 2 7B Q5_0', fileGB: 4.65, paramsB: 6.74 } },
  { gpuId: 'nvidia-tesla-p40', label: 'P40', backend: 'cuda', flashAttention: false, tg128: 33.52, pp512: null, build: null, source: { title: 'llama : ggml-backend integration (PR #4766)', ref: 'ggml-org/llama.cpp PR #4766 comment by JohannesGaessler', date: '2024-01' }, note: "'t/s master' column; Q2_K is compute-bound on Pascal (dp4a dequantisation), slower than Q4_0; file size: TheBloke/Llama-2-7B-GGUF", model: { label: 'Llama 2 7B Q2_K', fileGB: 2.83, paramsB: 6.74 } },
  { gpuId: 'nvidia-tesla-p40', label: 'P40', backend: 'cuda', flashAttention: false, tg128: 30.93, pp512: 583.04, build: null, source: { title: 'llama : ggml-backend integration (PR #4766)', ref: 'ggml-org/llama.cpp PR #4766 comment by JohannesGaessler', date: '2024-01' }, note: "'t/s master' column; Q3_K_S is compute-bound on Pascal, slower than Q4_0; file size: TheBloke/Llama-2-7B-GGUF", model: { label: 'Llama 2 7B Q3_K_S', fileGB: 2.95, paramsB: 6.74 } },

  // One build, one model, three cards (ghcr.io/ggml-org/llama.cpp:full-cuda, commit 57291f264): Qwen2.5-7B-Instruct Q4_K_M, 4.68 GB.
  { gpuId: 'nvidia-gtx-1060-6gb', label: 'GTX 1060 6GB (VM)', backend: 'cuda', flashAttention: null, tg128: 24.0, pp512: 436, build: '57291f264', source: berlin58, note: 'ESXi VM with PCIe passthrough (the source measures no passthrough cost); Pascal GP106', model: qwen25_7b_q4km },
  { gpuId: 'nvidia-rtx-3090', label: 'RTX 3090', backend: 'cuda', flashAttention: null, tg128: 150.3, pp512: 5554, build: '57291f264', source: berlin58, note: 'bare metal, same build and file as the GTX 1060 row', model: qwen25_7b_q4km },
  { gpuId: 'nvidia-rtx-5060-ti-16gb', label: 'RTX 5060 Ti 16GB', backend: 'cuda', flashAttention: null, tg128: 87.8, pp512: 4028, build: '57291f264', source: berlin58, note: 'bare metal, same build and file as the GTX 1060 row', model: qwen25_7b_q4km },
  // RTX 3090 on Vulkan, current master ('t/s (before)' column of a Vulkan PR), Llama 3 8B Q4_0 (4.33 GiB, 8.03 B), -fa 1 -mmp 0.
  { gpuId: 'nvidia-rtx-3090', label: 'RTX 3090', backend: 'vulkan', flashAttention: true, tg128: 146.73, pp512: 4753.45, build: null, source: { title: 'Vulkan Repack PoC (PR #21024), comment by 0cc4m', ref: 'https://github.com/ggml-org/llama.cpp/pull/21024', date: '2026-05-15' }, note: "'t/s (before)' = master at the time; NVIDIA card on the Vulkan backend", model: { label: 'Llama 3 8B Q4_0', fileGB: gib(4.33), paramsB: 8.03 } },

  // ---------------- SYCL (Intel) ----------------
  { gpuId: 'intel-arc-a770-16gb', label: 'Arc A770', backend: 'sycl', flashAttention: false, tg128: 55, pp512: null, build: null, source: { title: 'llama.cpp docs/backend/SYCL.md, News 2025.2 (Q4_0 MUL_MAT optimisation)', ref: 'https://github.com/ggml-org/llama.cpp/blob/master/docs/backend/SYCL.md', date: '2025-02' }, note: "'tokens/s of llama-2-7b.Q4_0', not stated as llama-bench tg128; 42 before the change; VRAM variant not stated" },

  // ---------------- Apple Silicon #4167 (Metal) ----------------
  { gpuId: 'apple-m1-max', label: 'M1 Max (32 GPU cores)', backend: 'metal', flashAttention: null, tg128: 61.19, pp512: 530.06, build: null, source: { title: 'llama.cpp Apple Silicon table (quoted in a public comparison note)', ref: APPLE_SB, date: '2023-11' }, note: 'date = discussion opening month; 400 GB/s' },
  { gpuId: 'apple-m1-ultra', label: 'M1 Ultra (64 GPU cores)', backend: 'metal', flashAttention: null, tg128: 83.7, pp512: 1030, build: null, source: surveyApple, note: '800 GB/s' },
  { gpuId: 'apple-m2-ultra', label: 'M2 Ultra (76 GPU cores)', backend: 'metal', flashAttention: null, tg128: 94.3, pp512: 1238, build: null, source: surveyApple, note: '800 GB/s' },
  { gpuId: 'apple-m3-ultra', label: 'M3 Ultra (80 GPU cores)', backend: 'metal', flashAttention: null, tg128: 92.1, pp512: 1471, build: null, source: surveyApple, note: '800 GB/s' },
  { gpuId: 'apple-m4-pro', label: 'M4 Pro (20 GPU cores)', backend: 'metal', flashAttention: null, tg128: 50.7, pp512: 440, build: null, source: surveyApple, note: '273 GB/s' },
  { gpuId: 'apple-m4-max', label: 'M4 Max (40 GPU cores)', backend: 'metal', flashAttention: null, tg128: 83.1, pp512: 886, build: null, source: surveyApple, note: '546 GB/s' },
  { gpuId: 'apple-m5-max', label: 'M5 Max (40 GPU cores), Metal only', backend: 'metal', flashAttention: null, tg128: 102.9, pp512: 987, build: null, source: surveyApple, note: 'Mar 2026 Metal-only row; a Jun 2026 MTL,BLAS + Neural Accelerator row (3347 pp / 119.1 tg) is left out' },
];

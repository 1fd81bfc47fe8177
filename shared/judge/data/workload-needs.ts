import type { Source } from '../../catalogue/source';

/** VRAM a workload needs: `minGB` works with offloading/quantisation tricks, `comfortableGB` runs without them. */
export interface VramNeed {
  id: string;
  label: string;
  minGB: number;
  comfortableGB: number;
  source: Source;
}

const note = (section: string): Source => ({ title: `RigShift research note ai-capability.md ${section}`, ref: '../shared/research/ai-capability.md', date: '2026-08' });

export const imageNeeds: readonly VramNeed[] = [
  { id: 'sd-1.5:fp16', label: 'Stable Diffusion 1.5 (fp16)', minGB: 4, comfortableGB: 6, source: note('§5 (common guidance; A1111 VRAM estimator issues)') },
  { id: 'sdxl:fp16', label: 'SDXL (fp16)', minGB: 8, comfortableGB: 12, source: note('§5 (enfugue#90: <8 GB with sequential loading)') },
  { id: 'flux.1-dev:fp16', label: 'Flux.1-dev (fp16/bf16)', minGB: 16, comfortableGB: 24, source: note('§5 (black-forest-labs/flux#7; Pallaidium#121)') },
  { id: 'flux.1-dev:fp8', label: 'Flux.1-dev (fp8)', minGB: 12, comfortableGB: 16, source: note('§5 (gpustack#1110: 12 GB 4070 Super runs fp8)') },
  { id: 'flux.1-dev:4bit', label: 'Flux.1-dev (NF4 / GGUF Q4)', minGB: 6, comfortableGB: 12, source: note('§5 (sd.cpp#558: Q4_0 OOM on 4 GB)') },
];

export const whisperNeeds = {
  pytorch: { id: 'whisper-large-v3', label: 'Whisper large-v3', minGB: 10, comfortableGB: 12, source: note('§5 (openai/whisper README: large ≈ 10 GB)') },
  whisperCpp: { id: 'whisper-large-v3', label: 'Whisper large-v3 (whisper.cpp)', minGB: 4.7, comfortableGB: 6, source: note('§5 (whisper.cpp model card: large ≈ 4.7 GB)') },
} as const;

const factory: Source = { title: 'LLaMA-Factory README, hardware requirement table', ref: 'https://github.com/hiyouga/LLaMA-Factory#hardware-requirement', date: '2026-08' };

export const finetuneNeeds: readonly (VramNeed & { method: 'qlora' | 'lora'; paramsB: number })[] = [
  { id: 'finetune-qlora:8b', label: 'QLoRA fine-tune 7–8B', method: 'qlora', paramsB: 8, minGB: 6, comfortableGB: 12, source: note('§5 (Unsloth: 8B ≈ 6 GB; LLaMA-Factory 7B 4-bit 6 GB)') },
  { id: 'finetune-qlora:14b', label: 'QLoRA fine-tune 13–14B', method: 'qlora', paramsB: 14, minGB: 8.5, comfortableGB: 16, source: note('§5 (Unsloth: 14B ≈ 8.5 GB; LLaMA-Factory 13B 12 GB)') },
  { id: 'finetune-lora:8b', label: 'LoRA (16-bit) fine-tune 7–8B', method: 'lora', paramsB: 8, minGB: 16, comfortableGB: 24, source: factory },
  { id: 'finetune-lora:14b', label: 'LoRA (16-bit) fine-tune 13–14B', method: 'lora', paramsB: 14, minGB: 32, comfortableGB: 48, source: factory },
];

/** Training a small model from scratch (e.g. nanoGPT 124M, a ResNet): fits most cards, needs a PyTorch build. */
export const smallTrainingNeed: VramNeed = { id: 'train-small', label: 'Train a small model (≈100M params)', minGB: 4, comfortableGB: 8, source: note('§2 (Adam ≈ 16 bytes/param: 124M ≈ 2 GB + activations)') };

export const renderNeed: VramNeed & { manual: Source } = {
  id: 'render-blender-cycles',
  label: '3D rendering (Blender Cycles)',
  minGB: 4,
  comfortableGB: 8,
  source: { title: 'Typical scene memory; Cycles falls back to CPU when a scene does not fit (inferred)', ref: 'https://docs.blender.org/manual/en/latest/render/cycles/gpu_rendering.html', date: '2026-11' },
  manual: {
    title: 'Blender manual, Cycles GPU rendering: CUDA/OptiX CC ≥ 5.0 (OptiX driver ≥ 535), HIP RDNA1+ (RX 5000+), oneAPI Arc A/B, Metal Apple silicon',
    ref: 'https://docs.blender.org/manual/en/latest/render/cycles/gpu_rendering.html',
    date: '2026-11',
  },
};

import type { Message, MessageValues } from '../text/message';

/**
 * Every reason the judge gives, as a code and its English wording ({name} marks a value). The CLI and JSON carry the
 * English; the interface words the code in its own language (renderer/src/i18n/it-reasons.ts must cover each code).
 * Sizes are GB (GiB as drivers report them), speeds tokens/s.
 */
export const reasonText = {
  'no-issue': 'No issue found',
  // LLM fit and speed
  'llm-vram-unknown': 'VRAM unknown: cannot tell whether the model fits',
  'llm-fits': 'Fits in {usable} GB of VRAM with {spare} GB to spare at {context} tokens of context',
  'llm-fits-short-context': 'Needs {needed} GB at {context} tokens; fits only with context cut to about {fitContext} tokens',
  'llm-partial-offload': 'Needs {needed} GB but has {usable} GB: runs only with {cpuPercent} % of the layers on the CPU, several times slower',
  'llm-expert-offload': 'Needs {needed} GB but has {usable} GB: runs with {cpuPercent} % of the experts in system RAM (llama.cpp --n-cpu-moe), the CPU reading the active ones',
  'llm-too-big': 'Needs {needed} GB of VRAM; this GPU has {usable} GB',
  'llm-no-backend': 'No llama.cpp backend runs on this GPU',
  'llm-cmp': 'CMP mining card: its maths are throttled in firmware; stock llama.cpp reaches a fraction of the bandwidth, patched builds do better',
  'llm-slow': 'Slow: about {tps} tokens/s, below reading speed',
  'llm-bandwidth-unknown': 'Memory bandwidth unknown (GPU not recognised): no speed estimate',
  'llm-narrow-link': 'PCIe x{width} Gen{gen} link: loading takes ~{seconds} s; once loaded, decode speed is unaffected',
  'llm-narrow-link-unknown-time': 'PCIe x{width} Gen{gen} link: loading is slower; once loaded, decode speed is unaffected',
  'cpu-no-avx2': 'CPU lacks AVX2: use a llama.cpp build made for this CPU (prebuilt binaries stop with "Illegal instruction")',
  'llm-fp16-slow': 'FP16 maths run at a fraction of FP32 speed on this GPU: prefer a quantised model',
  // Whole rig (layer split)
  'rig-too-small': "Needs {needed} GB plus {overhead} GB per GPU; the rig's {gpus} usable GPUs hold {capacity} GB",
  'rig-fits-one': 'Fits on one GPU; splitting it across more would only slow it down',
  'rig-split': 'Split by layers across {gpus} GPUs ({free} GB free): only activations cross PCIe, so x1 risers work; tensor parallelism would not',
  'rig-mixed-vendors': 'Cards of different vendors share one model only through llama.cpp Vulkan (or llama.cpp RPC across processes)',
  'rig-slow': 'Slow: about {tps} tokens/s',
  'rig-cmp': 'Includes CMP cards: needs a patched runtime for full speed',
  'rig-ram-small': 'System RAM ({ram} GB) is smaller than the model: load it with mmap off or it pages from disk',
  // GPU state
  integrated: 'Integrated graphics: no dedicated VRAM (it borrows system RAM) and little compute',
  'integrated-small-llm': 'Small quantised models run through llama.cpp Vulkan or on the CPU at a few tokens/s',
  'gpu-faulted': 'Not usable until fixed: the driver cannot reach this GPU ({fault}); check its riser, power and seating, then scan again',
  // Software stacks
  'cc-unknown': 'Compute capability unknown',
  'cc-old-pytorch': 'Compute capability {cc}: current PyTorch CUDA 12.8/13 builds dropped it; only the older CUDA 12.6 wheels and drivers ≤ 580 run it',
  'amd-unrecognised': 'AMD GPU not recognised: ROCm support unknown; llama.cpp Vulkan runs on any Vulkan 1.2 GPU',
  'rocm-none': '{gfx} is not supported by ROCm: no PyTorch GPU build; llama.cpp runs through Vulkan',
  'rocm-override': '{gfx} runs ROCm only with HSA_OVERRIDE_GFX_VERSION=10.3.0 (unofficial)',
  'rocm-maintenance': '{gfx} is in ROCm maintenance mode: older ROCm releases only',
  'apple-stack': 'Apple silicon: Metal (llama.cpp, MLX) and PyTorch MPS; no CUDA-only tools',
  'intel-arc-stack': 'Intel Arc: PyTorch XPU builds and llama.cpp SYCL/Vulkan; many CUDA-only tools do not run',
  'intel-integrated-stack': 'Integrated Intel graphics share system memory and have little compute',
  'vendor-unknown': 'Unknown GPU vendor',
  'no-rocm-pytorch': 'No ROCm PyTorch build for {gfx}',
  'no-rocm-pytorch-unknown': 'No ROCm PyTorch build for this AMD GPU',
  'no-pytorch': 'No PyTorch GPU build for this GPU',
  'pytorch-unknown': 'GPU not recognised: PyTorch support unknown',
  'fp16-1-64': 'FP16 runs at 1/64 of FP32 on this chip: models must run in FP32, slower and with twice the VRAM',
  'cmp-compute': 'CMP mining card: FP32/FP16 maths are throttled in firmware, so compute-bound work is many times slower',
  // VRAM tiers (image, speech, fine-tuning, rendering)
  'vram-unknown': 'VRAM unknown: cannot tell whether it fits',
  'vram-covers': '{usable} GB of VRAM covers the {needed} GB it needs',
  'vram-below-comfortable': '{usable} GB of VRAM is below the comfortable {needed} GB: needs offloading or tiling, slower',
  'vram-below-minimum': 'Needs at least {needed} GB of VRAM; this GPU has {usable} GB',
  // Image generation
  'sdcpp-vulkan': 'stable-diffusion.cpp (Vulkan) still runs it, more slowly and with fewer tools',
  'flux-no-fp8': 'No FP8 tensor cores: fp8 weights are upcast, saving VRAM but not time',
  'flux-no-bf16': 'No bf16: Flux runs in fp16, which some workflows do not support',
  // Speech
  'whisper-pytorch': 'Runs with openai-whisper or faster-whisper',
  'whisper-nothing-runs': 'Neither PyTorch nor whisper.cpp runs well on this GPU',
  'whisper-smaller': 'A quantised (q5_0) large-v3 or the turbo/medium models fit in less',
  'whisper-cpp': 'Runs with whisper.cpp (≈{needed} GB)',
  'whisper-below-pytorch': '{usable} GB is below the ≈10 GB PyTorch needs',
  // Fine-tuning and training
  'apple-mlx-lora': 'Apple silicon: LoRA through MLX (mlx-lm), not the CUDA tools (Unsloth, bitsandbytes)',
  'train-pascal': 'Below compute capability 7.0: Unsloth and bitsandbytes call Pascal "works but slow"',
  'train-rocm': 'ROCm: bitsandbytes and Unsloth support is partial; expect to fix builds',
  'train-no-bf16': 'No bf16: fp16 mixed precision is less stable for training',
  'train-no-fa2': 'No FlashAttention-2 (needs compute capability 8.0): long sequences cost more VRAM and time',
  // Rendering
  'cycles-cc-unknown': 'Compute capability unknown; Cycles needs 5.0 or newer',
  'cycles-cc-old': 'Cycles needs compute capability 5.0 or newer',
  'cycles-optix': 'Cycles renders with OptiX and hardware ray tracing',
  'cycles-cuda': 'Cycles renders with CUDA (no RT cores, so OptiX is slower here)',
  'cycles-hip': 'Cycles renders with HIP (RDNA or newer)',
  'cycles-hip-old': 'Cycles HIP needs RDNA (RX 5000) or newer; {gfx} renders on the CPU only',
  'cycles-hip-old-unknown': 'Cycles HIP needs RDNA (RX 5000) or newer; this GPU renders on the CPU only',
  'cycles-needs-arc': 'Cycles oneAPI needs an Arc GPU',
  'cycles-oneapi': 'Cycles renders with oneAPI',
  'cycles-metal': 'Cycles renders with Metal',
  'cycles-unknown': 'Unknown GPU: no Cycles back end known',
  'cycles-cmp': 'CMP mining card: FP32 maths throttled, path tracing is far slower than the same die in a gaming card',
  // GPU rental marketplaces (Vast.ai host rules)
  'vast-meets': 'Meets the Vast.ai listing rules RigShift can check',
  'vast-vendor': 'Vast.ai lists NVIDIA 10-series or newer (and only a few AMD models)',
  'vast-old-nvidia': 'Vast.ai needs an NVIDIA 10-series or newer GPU',
  'vast-cmp': 'CMP mining cards have throttled maths and no display output: renters expect full CUDA compute',
  'vast-lanes': 'PCIe x{width} link: Vast.ai requires 1 lane per 2.5 TFLOPS, x{lanes} for this GPU (x1 risers do not list)',
  'vast-link-unknown': 'PCIe link width unknown: Vast.ai requires 1 lane per 2.5 TFLOPS',
  'vast-verify-vram': '{usable} GB of VRAM: lists, but verification needs ≥ {min} GB',
  'vast-uniform': 'Vast.ai requires every GPU in the machine to be the same model',
  'vast-ram': '{ram} GB RAM: needs {perGpu} GB per GPU ({total} GB)',
  'vast-disk': '{disk} GB disk: needs an SSD with {perGpu} GB per GPU ({total} GB)',
  'vast-cores': '{cores} CPU cores: needs one physical core per GPU',
  'vast-avx': 'CPU lacks AVX, which Vast.ai requires',
  'vast-host-unknown': 'Host RAM or disk unknown: Vast.ai needs 4 GB RAM and 128 GB SSD per GPU',
  'vast-upload': 'Upload bandwidth not measured: listing needs ≥ {min} Mbps, verification ≈ {perGiB} Mbps per GiB of VRAM ({floor}–{ceiling} Mbps)',
  // ASICs
  'asic-fixed-silicon': 'An ASIC miner computes only {algorithm} hashes in fixed silicon: no general-purpose cores, no VRAM, no driver for AI frameworks',
  'asic-fixed-silicon-unknown': 'An ASIC miner computes only one hashing algorithm in fixed silicon: no general-purpose cores, no VRAM, no driver for AI frameworks',
  'asic-no-rental': 'GPU marketplaces rent GPUs; an ASIC can only be pointed at a mining pool',
  'asic-budget': 'GPUs at their board power limit, counted after keeping 15 % of the budget for host CPUs, fans and PSU losses',
} as const;

export type ReasonCode = keyof typeof reasonText;
export type Reason = Message<ReasonCode>;

/** A reason as code and values (numbers stay numbers, so each language formats them its own way). */
export const reason = (code: ReasonCode, values?: MessageValues): Reason => (values ? { code, values } : { code });

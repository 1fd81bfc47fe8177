import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { quantName } from '../../../shared/bench/gguf-file-types';
import { readGgufMeta } from '../../../shared/bench/gguf-meta';
import type { LocalModel, ModelSource } from '../../../shared/bench/local-model';
import { sanitiseText } from '../../../shared/text/sanitise';
import { ggufHeaderProblem } from './gguf-header-check';

/** Bytes of a file's start that are read for its name and quant (the general.* keys come before the vocabulary). */
export const GGUF_HEAD_BYTES = 64 * 1024;

const clean = (value: string, max: number): string => sanitiseText(value, max).replace(/[<>]/g, '');

/** A found file as the Measure panel lists it, or null when it is not a plausible GGUF model. */
export async function describeGguf(path: string, bytes: number, source: ModelSource, fallbackName?: string): Promise<LocalModel | null> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const head = Buffer.alloc(Math.min(GGUF_HEAD_BYTES, Math.max(bytes, 0)));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytesHead = head.subarray(0, bytesRead);
    if (ggufHeaderProblem(bytesHead, bytes) !== null) return null;
    const meta = readGgufMeta(bytesHead);
    const name = clean(fallbackName ?? meta?.name ?? basename(path).replace(/\.gguf$/i, ''), 200) || 'model';
    return {
      path,
      source,
      name,
      architecture: meta?.architecture ? clean(meta.architecture, 60) : null,
      quant: quantName(meta?.fileType),
      sizeLabel: meta?.sizeLabel ? clean(meta.sizeLabel, 40) : null,
      fileBytes: bytes,
    };
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

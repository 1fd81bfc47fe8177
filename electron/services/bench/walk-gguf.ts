import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface WalkBounds {
  /** Folder levels below the root that are opened. */
  maxDepth: number;
  /** Directory entries looked at, all folders together. */
  maxEntries: number;
}

/**
 * GGUF files under `root` (by name, `*.gguf`), breadth first within the bounds. A symbolic link is followed only when it
 * points at a file (Hugging Face snapshots link to their blobs); linked folders are never entered, so a link loop cannot
 * keep it walking. Sizes come from stat. A missing or unreadable root gives nothing.
 */
export async function walkGguf(root: string, bounds: WalkBounds): Promise<{ path: string; bytes: number }[]> {
  const found: { path: string; bytes: number }[] = [];
  let seen = 0;
  let level = [root];
  for (let depth = 0; depth <= bounds.maxDepth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (++seen > bounds.maxEntries) return found;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) next.push(path);
        else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.gguf')) {
          const info = await stat(path).catch(() => null);
          if (info?.isFile()) found.push({ path, bytes: info.size });
        }
      }
    }
    level = next;
  }
  return found;
}

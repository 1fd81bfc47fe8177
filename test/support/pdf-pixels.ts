import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface PageInk {
  file: string;
  /** Share of pixels that are not (near) white. */
  ink: number;
  /** Pixels close to each colour asked for. */
  colours: Record<string, number>;
}

const parseHex = (hex: string): [number, number, number] => [Number.parseInt(hex.slice(1, 3), 16), Number.parseInt(hex.slice(3, 5), 16), Number.parseInt(hex.slice(5, 7), 16)];

/** Renders a PDF with poppler's pdftoppm (PNG for people to look at, PPM to count pixels) and measures each page. */
export function renderPdf(pdf: string, outDir: string, prefix: string, colours: Record<string, string>): PageInk[] {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(outDir, prefix)]);
  execFileSync('pdftoppm', ['-r', '40', pdf, join(outDir, `${prefix}-raw`)]);
  return readdirSync(outDir)
    .filter((f) => f.startsWith(`${prefix}-raw`) && f.endsWith('.ppm'))
    .sort()
    .map((file) => {
      const data = readFileSync(join(outDir, file));
      // P6 header: magic, width, height, maxval, each followed by whitespace.
      const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'));
      if (!header) throw new Error(`${file} is not a binary PPM`);
      const start = header[0].length;
      const pixels = Number(header[1]) * Number(header[2]);
      const targets = Object.entries(colours).map(([name, hex]) => [name, parseHex(hex)] as const);
      const counts: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
      let ink = 0;
      for (let p = 0; p < pixels; p++) {
        const r = data[start + p * 3] ?? 255;
        const g = data[start + p * 3 + 1] ?? 255;
        const b = data[start + p * 3 + 2] ?? 255;
        if (r < 235 || g < 235 || b < 235) ink++;
        for (const [name, [tr, tg, tb]] of targets) if (Math.abs(r - tr) < 40 && Math.abs(g - tg) < 40 && Math.abs(b - tb) < 40) counts[name] = (counts[name] ?? 0) + 1;
      }
      return { file, ink: ink / pixels, colours: counts };
    });
}

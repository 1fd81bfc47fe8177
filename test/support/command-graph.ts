/** The bundle outputs one CLI command can load (the entry's static imports plus that command's chunk and its static imports), from esbuild's metafile. */
interface Output {
  bytes: number;
  entryPoint?: string;
  inputs: Record<string, unknown>;
  imports: { path: string; kind: string; external?: boolean }[];
}

export function commandGraph(outputs: Record<string, Output>, command: string): { outputs: string[]; inputs: string[]; externals: string[]; bytes: number } {
  const byEntry = (entry: string): string => {
    const found = Object.keys(outputs).find((key) => outputs[key]?.entryPoint === entry);
    if (!found) throw new Error(`no output for ${entry}`);
    return found;
  };
  const seen = new Set<string>();
  const externals = new Set<string>();
  const walk = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of outputs[key]?.imports ?? []) {
      if (imported.external) externals.add(imported.path);
      else if (imported.kind === 'import-statement') walk(imported.path);
    }
  };
  walk(byEntry('electron/cli/main.ts'));
  walk(byEntry(`electron/cli/run/${command}.ts`));
  const list = [...seen];
  return {
    outputs: list,
    inputs: list.flatMap((key) => Object.keys(outputs[key]?.inputs ?? {})),
    externals: [...externals],
    bytes: list.reduce((sum, key) => sum + (outputs[key]?.bytes ?? 0), 0),
  };
}

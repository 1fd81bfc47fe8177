import { homedir } from 'node:os';
import { join } from 'node:path';

/** Same folder Electron's app.getPath('userData') gives for productName "RigShift", so CLI, serve and app share one file. */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.RIGSHIFT_CONFIG_DIR) return env.RIGSHIFT_CONFIG_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'RigShift');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'RigShift');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'RigShift');
}

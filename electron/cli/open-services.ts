import { createAppServices } from '../services/app-services';
import { noteOpened } from './unsaved';

/** Opens the services once; a settings file moved aside, or settings that cannot be saved, are reported, never fatal. */
export function services(): ReturnType<typeof createAppServices> {
  const s = createAppServices();
  if (s.settings.recovery) process.stderr.write(`warning: ${s.settings.recovery}\n`);
  noteOpened(s.settings);
  return s;
}

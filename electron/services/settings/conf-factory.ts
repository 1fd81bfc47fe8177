import Conf from 'conf';
import type { ConfFactory } from './settings-store';

/** conf outside Electron: the same file and format electron-store writes inside it. */
export const confFactory: ConfFactory = (options) => new Conf({ ...options, projectVersion: '1.0.0', clearInvalidConfig: false }) as unknown as ReturnType<ConfFactory>;

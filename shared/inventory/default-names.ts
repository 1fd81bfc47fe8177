/** The names RigShift gives by default (in English; the interface words them in its language). */

/** The first site's name in a new inventory. */
export const DEFAULT_SITE_NAME = 'Home';

/** The scanned machine's rig name, before its host name. */
export const LOCAL_RIG_PREFIX = 'This machine · ';

/** A setting that cannot be read: the process says which and stops. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

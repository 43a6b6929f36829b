// How the server process ends, as its exit code: what a supervisor (systemd, a container
// runtime) or an operator reads to tell a clean stop from a fault. docs/api.md lists them.
export const EXIT_CODES = {
  /** Stopped on SIGTERM or SIGINT, everything closed. */
  stopped: 0,
  /** Could not start: the data folder is in use, the database is unreachable, the port is taken… */
  cannotStart: 1,
  /** A setting in the environment is invalid or unsafe (the message names the variable). */
  badSettings: 2,
  /** The data folder was deleted, replaced or became unwritable: nothing more could be stored. */
  storageFailed: 3,
  /** Shutdown passed SHUTDOWN_TIMEOUT_MS: the process was ended without finishing it. */
  shutdownTimedOut: 4,
  /** The server's event loop stopped answering for STALL_TIMEOUT_MS (a database panic spins so). */
  stalled: 5,
} as const;

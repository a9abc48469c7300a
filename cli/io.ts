// SPDX-License-Identifier: EUPL-1.2
/** What a CLI command may touch: its output streams and the environment. Tests pass fakes. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** The date to judge when a command's --peildatum is omitted (default: today, local calendar). */
  today(): string;
}

/** Exit codes of interfaces.md §1: 0 success, 1 other failure, 2 input refused. */
export const EXIT = { ok: 0, failure: 1, refused: 2 } as const;

/** Bad arguments: exit code 2 with a Dutch message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A CLI command: gets its own arguments (after the command words) and returns an exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    today: () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
  };
}

/** Prints one JSON document on stdout (the only thing `--json` commands print there). */
export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

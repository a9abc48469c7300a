// SPDX-License-Identifier: EUPL-1.2
import { commands } from './commands/index.ts';
import { EXIT, processIo, UsageError, type CliIo } from './io.ts';
import { DomainFailure } from '../server/lib/errors.ts';

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  return `Gebruik: aanwezig <opdracht> [opties]\n\nOpdrachten:\n${lines.join('\n')}\n\nZie docs/cli.md.\n`;
}

/** Runs one CLI invocation and returns its exit code (interfaces.md §1). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? EXIT.ok : EXIT.refused;
  }
  const entry = commands[name];
  if (!entry) {
    io.err(`aanwezig: onbekende opdracht '${name}'\n\n${usage()}`);
    return EXIT.refused;
  }
  try {
    const command = await entry.load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`aanwezig ${name}: ${error.message}\n`);
      return EXIT.refused;
    }
    if (error instanceof DomainFailure) {
      io.err(`aanwezig ${name}: ${error.error.message}\n`);
      return error.error.kind === 'invalid' ? EXIT.refused : EXIT.failure;
    }
    io.err(
      `aanwezig ${name}: onverwachte fout: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.failure;
  }
}

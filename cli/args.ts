// SPDX-License-Identifier: EUPL-1.2
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses options with node:util, turning its English errors into a Dutch UsageError. */
export function parseOptions<T extends Options>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(text);
    if (unknown) {
      throw new UsageError(`onbekende optie ${unknown[1]}`);
    }
    const missing = /Option '([^']+)' argument missing/.exec(text);
    if (missing) {
      throw new UsageError(`optie ${missing[1]?.split(',')[0]} mist een waarde`);
    }
    if (/Unexpected argument/.test(text)) {
      throw new UsageError(`onverwacht argument: ${text.split("'")[1] ?? ''}`);
    }
    throw new UsageError(text);
  }
}

/** Checks a YYYY-MM-DD option value (or undefined). */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(`--${name} ${value} is geen geldige datum (JJJJ-MM-DD)`);
  }
  return value;
}

/** Requires an option to be present. */
export function required<T>(name: string, value: T | undefined): T {
  if (value === undefined || value === '') {
    throw new UsageError(`--${name} is verplicht`);
  }
  return value;
}

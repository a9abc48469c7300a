// SPDX-License-Identifier: EUPL-1.2
import type { Filter } from './figures.tsx';

/** The query string of the filter (empty fields left out: the server then takes its defaults). */
export const filterQuery = (f: Filter) =>
  new URLSearchParams(Object.entries(f).filter(([, v]) => v !== '')).toString();

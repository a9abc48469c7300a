// SPDX-License-Identifier: EUPL-1.2
/** A benchmark suite: measures, then returns the Markdown of its docs/performance.md section. */
export type Suite = () => Promise<string>;

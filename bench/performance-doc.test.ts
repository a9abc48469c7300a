// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { replaceSection } from './performance-doc.ts';

describe('replaceSection', () => {
  it('starts a new document with a header and the section', () => {
    const doc = replaceSection('', 'import', '## Import\nfigures');
    expect(doc.startsWith('# Performance')).toBe(true);
    expect(doc).toContain(
      '<!-- bench:import:start -->\n## Import\nfigures\n<!-- bench:import:end -->',
    );
  });

  it('replaces only its own section and keeps the others', () => {
    let doc = replaceSection('', 'import', 'old import');
    doc = replaceSection(doc, 'rapport', 'report figures');
    doc = replaceSection(doc, 'import', 'new import');
    expect(doc).toContain('new import');
    expect(doc).not.toContain('old import');
    expect(doc).toContain('report figures');
    expect(doc.indexOf('new import')).toBeLessThan(doc.indexOf('report figures'));
  });
});

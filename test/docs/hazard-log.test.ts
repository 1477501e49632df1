/**
 * The hazard log cites, for each control, the test that shows it. This keeps the citations true:
 * every cited file exists and every cited test name (or its quoted beginning, before "…") is in it.
 */
import { expect } from '@open-wc/testing';

const text = async (path: string): Promise<string | null> => {
  const response = await fetch(path);
  // Test files arrive compiled, with non-ASCII characters written as \uXXXX escapes.
  return response.ok ? (await response.text()).replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : null;
};

describe('the clinical safety hazard log', () => {
  it('cites only tests that exist, in the files it names', async () => {
    const log = await text('/docs/clinical-safety/hazard-log.md');
    expect(log, 'docs/clinical-safety/hazard-log.md').to.be.a('string');
    const problems: string[] = [];
    let cited = 0;
    for (const row of (log ?? '').split('\n').filter((line) => /^\| H\d+ /.test(line))) {
      const cells = row.split('|').map((c) => c.trim());
      const shownBy = cells[cells.length - 2] ?? '';
      let folder = '';
      let file = '';
      // "dir/a.test.ts › "name", "name"; "name"; b.test.ts › "name"": a bare file shares the folder of
      // the one before it, and bare names belong to the file before them.
      for (const part of shownBy.split(/;\s*/)) {
        const match = /^([\w./-]+\.test\.(?:ts|mjs))(?:\s*›\s*(.*))?$/.exec(part.trim());
        let names = part.trim();
        if (match) {
          file = match[1]!.includes('/') ? match[1]! : `${folder}${match[1]}`;
          folder = file.slice(0, file.lastIndexOf('/') + 1);
          names = match[2] ?? '';
        } else if (!names.startsWith('"') || !file) continue;
        const source = await text(`/${file}`);
        if (source === null) {
          problems.push(`${cells[1]}: ${file} does not exist`);
          continue;
        }
        for (const quoted of names.matchAll(/"(.+?)"(?=,\s*"|\s*\(|\s*$)/g)) {
          cited += 1;
          const name = quoted[1]!.replace(/…$/, '');
          const plain = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
          if (!plain(source).includes(plain(name))) problems.push(`${cells[1]}: "${name}" is not in ${file}`);
        }
      }
    }
    expect(cited, 'number of cited tests').to.be.greaterThan(30);
    expect(problems).to.deep.equal([]);
  });
});

import { REGION_CODES } from '@dsp/common';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths';

/**
 * The README is a newcomer's first guide: every repository file it names,
 * every `npm run` script and every section it points to must exist.
 */
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const headings = (markdown: string): string[] =>
  [...markdown.matchAll(/^#+ (.+)$/gm)].map((match) => match[1]?.trim() ?? '');

interface Manifest {
  scripts?: Record<string, string>;
  workspaces?: string[];
}
const manifest = (folder: string): Manifest =>
  JSON.parse(readFileSync(path.join(ROOT, folder, 'package.json'), 'utf8')) as Manifest;

describe('README.md', () => {
  it('names only files and folders the repository has', () => {
    // A path whose first part is an entry of the repository's root, in code spans.
    const top = new Set(readdirSync(ROOT).filter((entry) => !['node_modules', '.git', '.data'].includes(entry)));
    const named = [...readme.matchAll(/`([\w.@-]+(?:\/[\w.@-]*)*)`/g)]
      .map((match) => match[1] ?? '')
      .filter((candidate) => top.has(candidate.split('/')[0] ?? ''));
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([]);
  });

  it('runs only npm scripts that exist, in the workspace it names', () => {
    const root = manifest('.');
    const commands = [...readme.matchAll(/npm run (?:-s )?([\w:-]+)(?: [^`\n|]*?-w ([\w@/-]+))?/g)];
    expect(commands.length).toBeGreaterThan(20);
    const missing = commands.filter(([, script, workspace]) => {
      const folder = workspace
        ? (root.workspaces ?? []).find(
            (candidate) => candidate === workspace || candidate === workspace.replace('@dsp/', ''),
          )
        : '.';
      return !folder || !manifest(folder).scripts?.[script ?? ''];
    });
    expect(missing.map(([command]) => command)).toEqual([]);
  });

  it('points only to sections that exist (its own, or those of the document it names)', () => {
    const missing: string[] = [];
    // A reference reads "see *Section*", "(*Section*)" or "*A*, *B*"; other italics are emphasis.
    for (const match of readme.matchAll(/(?<=(?:[Ss]ee |\(|\*, |`, ))\*([A-Z][^*\n]{2,60})\*(?!\*)/g)) {
      const section = match[1] ?? '';
      // "`SECURITY.md`, *Known gaps*" or "`docs/operations.md` (*Kubernetes*)": the named document's.
      const document = /`([\w/.-]+\.md)`[ ,(]*$/.exec(
        readme.slice(Math.max(0, (match.index ?? 0) - 40), match.index),
      )?.[1];
      const sections = headings(document ? readFileSync(path.join(ROOT, document), 'utf8') : readme);
      if (!sections.includes(section)) missing.push(`${document ?? 'README.md'}: ${section}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists each folder once in its layout', () => {
    const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('## Commands'));
    const folders = [...layout.matchAll(/^\| `([\w-]+\/)`/gm)].map((match) => match[1]);
    expect(folders.length).toBeGreaterThan(5);
    expect(folders.filter((folder, index) => folders.indexOf(folder) !== index)).toEqual([]);
  });

  it('lists the seventeen region codes the API takes, in order', () => {
    const listed = [
      ...readme.matchAll(/^\| `([A-Z]+)` \| [^|]+ \| [^|]+ \| (?:wilaya|provincial directorate) \|$/gm),
    ].map((match) => match[1]);
    expect(listed).toEqual([...REGION_CODES]);
  });
});

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const run = promisify(execFile);

// A run that never ends must say which file it waits for: CI otherwise sees only its time run out.
describe('the running-files reporter', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'running-files-'));
    writeFileSync(
      path.join(dir, 'slow.test.js'),
      "it('waits', () => new Promise((done) => setTimeout(done, 12_000)));\n",
    );
    writeFileSync(path.join(dir, 'quick.test.js'), "it('ends', () => expect(1).toBe(1));\n");
    writeFileSync(
      path.join(dir, 'jest.config.js'),
      `module.exports = ${JSON.stringify({
        rootDir: dir,
        testMatch: ['<rootDir>/*.test.js'],
        maxWorkers: 2,
        testTimeout: 30_000,
        reporters: [
          'default',
          [path.join(ROOT, 'jest.running-files-reporter.js'), { afterSeconds: 5, everySeconds: 2 }],
        ],
      })};\n`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names a file still running after the set time, and only that file', async () => {
    const { stderr } = await run(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--config', path.join(dir, 'jest.config.js')],
      { cwd: dir, timeout: 55_000 },
    );
    const lines = stderr.split('\n').filter((line) => line.startsWith('Still running after'));
    // Named from its fifth second, then again every 2 s while it runs; the quick file, never (even on a
    // loaded machine it ends well within 5 s).
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const seconds = lines.map((line) => Number(/^Still running after 0 min (\d+) s: slow\.test\.js$/.exec(line)?.[1]));
    expect(seconds.every((second) => second >= 5)).toBe(true);
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
    expect(stderr).toMatch(/Tests:\s+2 passed, 2 total/);
  });
});

import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../paths';

/**
 * `npm test` on a machine without a browser: the lookup runs first (pretest)
 * with an environment that has none: an empty PATH but for node, npm and sh,
 * no CHROMIUM_PATH, an empty Playwright cache.
 */
let folder: string;
let bin: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dsp-browser-'));
  bin = path.join(folder, 'bin');
  mkdirSync(bin);
  symlinkSync(process.execPath, path.join(bin, 'node'));
  symlinkSync('/bin/sh', path.join(bin, 'sh'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function run(
  command: string[],
  extra: Record<string, string> = {},
): { status: number | null; output: string; seconds: number } {
  const started = Date.now();
  const result = spawnSync(command[0] ?? '', command.slice(1), {
    cwd: ROOT,
    env: {
      PATH: bin,
      HOME: folder,
      PLAYWRIGHT_BROWSERS_PATH: path.join(folder, 'playwright'),
      npm_config_update_notifier: 'false',
      ...extra,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (Date.now() - started) / 1000 };
}

/** An executable shell script in the PATH folder. */
function script(name: string, body: string): string {
  const file = path.join(bin, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

// macOS's usual applications are looked for whatever PATH says: there a Chrome may be found.
const withoutApplications = process.platform === 'darwin' ? it.skip : it;

describe("npm test's browser lookup", () => {
  withoutApplications(
    'stops npm test at once, before building or testing anything, with the one command to run',
    () => {
      // The npm running these tests (npm test, npx jest), or the first on PATH.
      const npm =
        process.env.npm_execpath ??
        (process.env.PATH ?? '')
          .split(path.delimiter)
          .map((dir) => path.join(dir, 'npm'))
          .find((file) => existsSync(file));
      if (!npm) throw new Error('no npm found to run npm test with');
      symlinkSync(realpathSync(npm), path.join(bin, 'npm'));
      const result = run([path.join(bin, 'npm'), 'test']);
      expect(result.status).toBe(1);
      expect(result.output).toContain('No Chromium or Chrome found for the browser tests');
      expect(result.output).toContain(
        'Install one with:\n  npx playwright-core install chromium\nor set CHROMIUM_PATH',
      );
      // Neither the lint, the schema check nor jest ran: it stopped in the pretest.
      expect(result.output).not.toMatch(/eslint|schema check|Test Suites:/);
      expect(result.output).not.toMatch(/^\s+at /m);
      expect(result.seconds).toBeLessThan(60);
    },
    120_000,
  );

  withoutApplications("names apt-get's package where apt-get is at hand, or installs it when run as root", () => {
    const installed = path.join(bin, 'chromium');
    // apt-get as Debian's would behave: `install ... chromium` puts chromium on PATH.
    script(
      'apt-get',
      `case "$1" in install) printf '#!/bin/sh\\n' > '${installed}'; /bin/chmod 755 '${installed}';; esac`,
    );
    const result = run([process.execPath, path.join(ROOT, 'tools', 'dist', 'browser-cli.js')]);
    if (process.getuid?.() === 0) {
      expect(result.output).toContain("installing Debian's chromium");
      expect(result.output).toContain(`Browser for the browser tests: ${installed} (chromium on PATH).`);
      expect(result.status).toBe(0);
    } else {
      expect(result.output).toContain('Install one with:\n  sudo apt-get install -y chromium\n');
      expect(result.status).toBe(1);
    }
  });

  withoutApplications('explains a failed install instead of going on without a browser', () => {
    script('apt-get', 'echo "E: Unable to locate package chromium" >&2; exit 100');
    const result = run([process.execPath, path.join(ROOT, 'tools', 'dist', 'browser-cli.js')]);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      process.getuid?.() === 0
        ? /apt-get update -qq failed: E: Unable to locate package chromium/
        : /sudo apt-get install -y chromium/,
    );
  });

  it('takes a Chrome on PATH, and CHROMIUM_PATH before anything', () => {
    const chrome = script('google-chrome', 'exit 0');
    expect(run([process.execPath, path.join(ROOT, 'tools', 'dist', 'browser-cli.js')]).output).toContain(
      `${chrome} (google-chrome on PATH)`,
    );
    const chosen = script('my-chromium', 'exit 0');
    expect(
      run([process.execPath, path.join(ROOT, 'tools', 'dist', 'browser-cli.js')], { CHROMIUM_PATH: chosen }).output,
    ).toContain(`${chosen} (CHROMIUM_PATH)`);
    const wrong = run([process.execPath, path.join(ROOT, 'tools', 'dist', 'browser-cli.js')], {
      CHROMIUM_PATH: path.join(folder, 'missing'),
    });
    expect(wrong).toMatchObject({
      status: 1,
      output: expect.stringContaining(
        `CHROMIUM_PATH is ${path.join(folder, 'missing')}, which is not an executable file`,
      ) as string,
    });
  });
});

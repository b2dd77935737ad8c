import { ensureBrowser } from './browser';

/**
 * Run first by `npm test` (its pretest): the browser tests need a Chromium or
 * Chrome, so a machine without one stops here, before the long suites, with
 * the one command to run (or gets Debian's package when run as root).
 */
const result = ensureBrowser({}, (line) => process.stderr.write(`${line}\n`));
if ('found' in result) {
  process.stdout.write(`Browser for the browser tests: ${result.found} (${result.how}).\n`);
} else {
  process.stderr.write(`${result.missing}\n`);
  process.exitCode = 1;
}

// A jest reporter that names the test files still running after a while.
// Jest reports a file only when it ends, so a run that never ends (a file
// waiting on a child process, a server or a browser that no longer answers)
// printed nothing about the file it waited for: CI only saw its time run out.
// No maintained reporter names the files in progress (the slow-test reporters
// report after the run), hence these few lines.
const path = require('node:path');

/**
 * @typedef {{ afterSeconds?: number, everySeconds?: number }} Options
 * @typedef {{ path: string }} TestFile
 */

class RunningFilesReporter {
  /** @param {{ rootDir: string }} globalConfig @param {Options} [options] */
  constructor(globalConfig, options = {}) {
    this.rootDir = globalConfig.rootDir;
    // The longest files take about 6 minutes on 2 cores; twice that under load is still normal.
    this.afterMs = (options.afterSeconds ?? 15 * 60) * 1000;
    this.everyMs = (options.everySeconds ?? 5 * 60) * 1000;
    /** @type {Map<string, { started: number, reported: number }>} */
    this.running = new Map();
    /** @type {NodeJS.Timeout | undefined} */
    this.timer = undefined;
  }

  onRunStart() {
    this.timer = setInterval(() => this.report(), Math.min(this.everyMs, 60_000));
    this.timer.unref();
  }

  /** @param {TestFile} test */
  onTestFileStart(test) {
    this.running.set(test.path, { started: Date.now(), reported: 0 });
  }

  /** @param {TestFile} test */
  onTestFileResult(test) {
    this.running.delete(test.path);
  }

  onRunComplete() {
    clearInterval(this.timer);
  }

  report() {
    const now = Date.now();
    for (const [file, times] of this.running) {
      const elapsed = now - times.started;
      if (elapsed < this.afterMs || now - times.reported < this.everyMs) continue;
      times.reported = now;
      const minutes = Math.floor(elapsed / 60_000);
      const seconds = Math.floor((elapsed % 60_000) / 1000);
      process.stderr.write(`Still running after ${minutes} min ${seconds} s: ${path.relative(this.rootDir, file)}\n`);
    }
  }
}

module.exports = RunningFilesReporter;

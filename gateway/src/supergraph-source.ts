import type { SupergraphManager } from '@apollo/gateway';
import { Supergraph } from '@apollo/federation-internals';
import { readFileSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Logger } from '@dsp/common';

/** Throws, saying why, when `sdl` is not a usable supergraph. */
export function checkSupergraph(sdl: string): void {
  Supergraph.build(sdl);
}

/**
 * The supergraph from a file, reloaded when the file changes: a new version
 * is checked first and used only if it is a valid supergraph the gateway
 * accepts; otherwise the running one stays and the refusal is logged. Queries
 * in flight finish on the schema they started with, so a swap interrupts
 * nothing.
 */
export function fileSupergraph(
  file: string,
  logger: Logger,
  onReload?: (accepted: boolean) => void,
): SupergraphManager {
  return {
    initialize: ({ update }) => {
      let current = readFileSync(file, 'utf8');
      checkSupergraph(current);
      let timer: NodeJS.Timeout | undefined;
      const reload = (): void => {
        let next: string;
        try {
          next = readFileSync(file, 'utf8');
        } catch {
          return; // Mid-replacement: the rename that follows triggers another event.
        }
        if (next === current) return;
        try {
          checkSupergraph(next);
          update(next);
          current = next;
          logger.info({ file }, 'supergraph reloaded');
          onReload?.(true);
        } catch (error) {
          logger.error({ file, err: error }, 'new supergraph refused; still serving the previous one');
          onReload?.(false);
        }
      };
      // Watch the folder, not the file: editors and deploy tools replace the
      // file, which would end a watch on the old one.
      const watcher: FSWatcher = watch(path.dirname(file), (_event, name) => {
        if (name !== path.basename(file)) return;
        clearTimeout(timer);
        timer = setTimeout(reload, 100);
      });
      return Promise.resolve({
        supergraphSdl: current,
        cleanup: () => {
          clearTimeout(timer);
          watcher.close();
          return Promise.resolve();
        },
      });
    },
  };
}

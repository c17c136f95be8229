// files.ts: file helpers shared by the kiln command and stage0.

import { renameSync, unlinkSync, writeFileSync } from "node:fs";

/**
 * Writes a file so that it either appears whole or not at all: the bytes go
 * to a temporary file beside it, which is then renamed over the target.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
}

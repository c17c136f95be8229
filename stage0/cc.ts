// cc.ts: compiles a generated C file and links it against the runtime library (build/runtime/libkiln.a).

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: this file is stage0/cc.ts, or build/js/stage0/cc.js once compiled. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "runtime-c", "kiln.h"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("kiln: cannot find the repository root (runtime-c/kiln.h)");
    dir = up;
  }
  return dir;
}

/**
 * The libraries a kiln program links with, after its own object: the runtime,
 * then static libgc and libgmp. `make runtime` writes runtime.mk's
 * RUNTIME_LIBS to build/runtime/link-flags.txt; until it does, the same list.
 */
export function runtimeLinkFlags(root = repoRoot()): string[] {
  const file = join(root, "build/runtime/link-flags.txt");
  if (existsSync(file)) {
    return readFileSync(file, "utf8").trim().split(/\s+/).filter((f) => f !== "")
      .map((f) => (f.startsWith("build/") ? join(root, f) : f));
  }
  return [join(root, "build/runtime/libkiln-re.a"), join(root, "build/runtime/libkiln.a"), "-l:libgc.a", "-l:libgmp.a",
    "-lm", "-lpthread", "-ldl", "-Wl,--as-needed", "-lonig"];
}

export class CcError extends Error {}

export interface CcOptions {
  optLevel?: string;     // "-O0" .. "-O3"; default -O0 (tests want fast builds)
  cc?: string;           // default $CC or cc
  debug?: boolean;       // -g
  extraFlags?: string[];
}

/** The cc command line that builds exe from cFile. */
export function ccCommand(cFile: string, exe: string, opts: CcOptions = {}): { cc: string; args: string[] } {
  const root = repoRoot();
  const cc = opts.cc ?? (process.env.CC || "cc");
  const args = [
    "-std=gnu11", "-Wall", opts.optLevel ?? "-O0", ...(opts.debug ? ["-g"] : []), "-I", join(root, "runtime-c"),
    ...(opts.extraFlags ?? []), "-o", exe, cFile, ...runtimeLinkFlags(root),
  ];
  return { cc, args };
}

/** Compiles and links; throws CcError with cc's output if it fails. Returns cc's warnings (stderr). */
export function compileC(cFile: string, exe: string, opts: CcOptions = {}): string {
  const { cc, args } = ccCommand(cFile, exe, opts);
  const r = spawnSync(cc, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.error) throw new CcError(`kiln: cannot run ${cc}: ${r.error.message}`);
  if (r.status !== 0) throw new CcError(`kiln: ${cc} failed on ${cFile} (a kiln bug if the C came from kiln):\n${r.stderr}`);
  return r.stderr;
}

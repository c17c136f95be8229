// driver.ts: compiles a Ruby program to a native executable: parse, analyze, codegen, cc.
//
// analyze and codegen are stage1, normally the native binaries the bootstrap
// built (build/r2); KILN_STAGE1=ruby runs stage1/*.rb under CRuby instead,
// which is how stage1 is developed and cross-checked.

import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { writeAst } from "./ast.js";
import { ccCommand, repoRoot } from "./cc.js";
import { writeFileAtomic } from "./files.js";
import { parseProgram } from "./parse.js";

const ROOT = repoRoot();

/** A failure the user caused or must see: printed as is, exit status 1. */
export class CompileError extends Error {}

export type Emit = "ast" | "ir" | "c" | "exe";

export interface CompileOptions {
  input: string;
  output: string;
  emit: Emit;
  optLevel: string;     // "-O0".."-O3"
  cc: string;
  debug: boolean;       // -g: #line directives and debug info
  emitStats: boolean;
  keep: boolean;        // keep intermediates beside the output
  quiet: boolean;
}

interface Stage1 { analyze: string[]; codegen: string[] }

function stage1Commands(): Stage1 {
  if (process.env.KILN_STAGE1 === "ruby") {
    return { analyze: ["ruby", join(ROOT, "stage1/analyze.rb")], codegen: ["ruby", join(ROOT, "stage1/codegen.rb")] };
  }
  const analyze = join(ROOT, "build/r2/kiln-analyze");
  const codegen = join(ROOT, "build/r2/kiln-codegen");
  if (!existsSync(analyze) || !existsSync(codegen)) {
    process.stderr.write("kiln: building the native compiler (first use; this takes a minute)...\n");
    make("compiler");
  } else if (compilerIsStale([analyze, codegen])) {
    process.stderr.write("kiln: rebuilding the native compiler (its sources changed)...\n");
    make("compiler");
  }
  return { analyze: [analyze], codegen: [codegen] };
}

/** True when a stage1 source or the runtime library is newer than a compiler binary. */
function compilerIsStale(binaries: string[]): boolean {
  const built = Math.min(...binaries.map((b) => statSync(b).mtimeMs));
  const sources = readdirSync(join(ROOT, "stage1")).filter((f) => f.endsWith(".rb")).map((f) => join(ROOT, "stage1", f));
  sources.push(join(ROOT, "build/runtime/libkiln.a"));
  return sources.some((f) => existsSync(f) && statSync(f).mtimeMs > built);
}

/**
 * What identifies the compiler that would build a program now: its stage1
 * binaries (or all of stage1's sources under KILN_STAGE1=ruby) and the runtime library.
 * `kiln run` keys its cache on it, so rebuilding kiln invalidates the cache.
 */
export function compilerIdentity(): string {
  const parts = process.env.KILN_STAGE1 === "ruby"
    ? readdirSync(join(ROOT, "stage1")).filter((f) => f.endsWith(".rb")).sort().map((f) => `stage1/${f}`)
    : ["build/r2/kiln-analyze", "build/r2/kiln-codegen"];
  parts.push("build/runtime/libkiln.a", "build/runtime/link-flags.txt");
  return parts.map((p) => {
    const f = join(ROOT, p);
    if (!existsSync(f)) return `${p}:missing`;
    const st = statSync(f);
    return `${p}:${st.size}:${st.mtimeMs}`;
  }).join(" ") + ` ${process.env.KILN_STAGE1 ?? "native"}`;
}

/**
 * Runs `make target` in the kiln tree under an exclusive lock (flock), so
 * several kiln processes that find the compiler stale at once build it one
 * after the other instead of racing on the same files; without flock, plain make.
 */
function make(target: string): void {
  const args = ["-s", "-C", ROOT, target];
  mkdirSync(join(ROOT, "build"), { recursive: true });
  const opts = { stdio: ["ignore", "inherit", "inherit"] as ("ignore" | "inherit")[] };
  let r = spawnSync("flock", [join(ROOT, "build/.make.lock"), "make", ...args], opts);
  if (r.error) r = spawnSync("make", args, opts);
  if (r.status !== 0) throw new CompileError(`kiln: 'make ${target}' failed in ${ROOT}`);
}

/** Runs one stage; its stderr (file:line messages) passes through on failure. */
function runStage(stage: string, argv: string[]): void {
  const r = spawnSync(argv[0], argv.slice(1), { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.error) throw new CompileError(`kiln: cannot run ${stage} (${argv[0]}): ${r.error.message}`);
  if (r.status !== 0) {
    const detail = r.stderr.trim() || `exit status ${r.status ?? r.signal}`;
    const crashed = r.status === null || r.status > 1;
    throw new CompileError(crashed ? `kiln: internal error in ${stage} (a kiln bug; please report it): ${detail}` : detail);
  }
  if (r.stderr) process.stderr.write(r.stderr);
}

/** The program's AST file text: the whole program, every required file inlined. */
export async function parseToText(input: string): Promise<string> {
  return writeAst(await parseProgram(input));
}

/**
 * Compiles opts.input to opts.output (or stops at the requested stage).
 * ast, when given, is the program's already-parsed AST text.
 */
export async function compile(opts: CompileOptions, ast?: string): Promise<void> {
  const stem = basename(opts.input).replace(/\.rb$/, "");
  const work = opts.keep ? dirname(resolve(opts.output)) : mkdtempSync(join(tmpdir(), "kiln-"));
  const file = (ext: string) => (opts.emit === ext ? opts.output : join(work, `${stem}.${ext}`));
  try {
    writeFileAtomic(file("ast"), ast ?? (await parseToText(opts.input)));
    if (opts.emit === "ast") return;

    const stage1 = stage1Commands();
    const stats = opts.emitStats ? ["--emit-stats"] : [];
    runStage("analyze", [...stage1.analyze, ...stats, file("ast"), file("ir")]);
    if (opts.emit === "ir") return;

    runStage("codegen", [...stage1.codegen, ...stats, ...(opts.debug ? ["-g"] : []), file("ir"), file("c")]);
    if (opts.emit === "c") return;

    // (both libraries: `make bootstrap` alone builds libkiln.a but not libkiln-re.a)
    if (!["libkiln.a", "libkiln-re.a"].every((lib) => existsSync(join(ROOT, "build/runtime", lib)))) make("runtime");
    cc(opts, file("c"));
  } finally {
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  }
}

/** cc on generated C. A rejection is kiln's bug: keep the C file and say where. */
function cc(opts: CompileOptions, cFile: string): void {
  const tmpOut = `${opts.output}.tmp-${process.pid}`;
  const { cc, args } = ccCommand(cFile, tmpOut, { cc: opts.cc, optLevel: opts.optLevel, debug: opts.debug });
  const r = spawnSync(cc, args, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    rmSync(tmpOut, { force: true });
    const kept = join(tmpdir(), `kiln-bug-${basename(cFile)}`);
    copyFileSync(cFile, kept);
    throw new CompileError(
      `kiln: internal error: the C compiler rejected the generated C (a kiln bug; please report it).\n` +
      `kiln: the C file is kept at ${kept}\n${(r.stderr ?? r.error?.message ?? "").trim()}`);
  }
  mkdirSync(dirname(resolve(opts.output)), { recursive: true });
  renameSync(tmpOut, opts.output);
}

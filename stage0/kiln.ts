// kiln.ts: the `kiln` command: parses arguments and drives the stages.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import { AstFormatError, readAst } from "./ast.js";
import { CcError } from "./cc.js";
import { compileProgram, Stage0Error } from "./compile/index.js";
import { CompileError, CompileOptions, Emit, compile, compilerIdentity, parseToText } from "./driver.js";
import { writeFileAtomic } from "./files.js";
import { ParseError } from "./parse.js";

const VERSION = "0.1.0";

const USAGE = `usage: kiln APP.rb [options]          compile APP.rb to ./APP
       kiln build APP.rb [options]    the same
       kiln run APP.rb [ARGS...]      compile (cached) and run; the exit status passes through
       kiln parse APP.rb [-o APP.ast] write the program's AST file
       kiln stage0 APP.ast [-o APP.c] translate a stage1-dialect program to C (stage0)

options:
  -o PATH            output file (default: APP, or APP.ast/.ir/.c with --emit)
  --emit=ast|ir|c    stop after that stage and write its file
  -O0 .. -O3         C optimization level (default -O2)
  --cc=CC            C compiler (default: $CC or cc)
  -g                 #line directives and debug info, so cc and gdb point at Ruby lines
  --emit-stats       per-pass counts, times and peak memory on stderr
  --keep             keep the intermediate AST, IR and C files beside the output
  --help, --version`;

class UsageError extends Error {}

function fail(message: string): never {
  process.stderr.write(message.endsWith("\n") ? message : message + "\n");
  process.exit(1);
}

/** Options of build and run; returns them and the positional arguments. */
function parseOptions(args: string[], stopAtFirstPositional: boolean): { opts: Omit<CompileOptions, "input" | "output">; output: string | null; positional: string[] } {
  const opts = {
    emit: "exe" as Emit, optLevel: "-O2", cc: process.env.CC || "cc",
    debug: false, emitStats: false, keep: false, quiet: false,
  };
  let output: string | null = null;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (positional.length > 0 && stopAtFirstPositional) { positional.push(a); continue; }
    if (a === "-o") {
      if (i + 1 >= args.length) throw new UsageError("kiln: -o needs a path");
      output = args[++i];
    } else if (a.startsWith("--emit=")) {
      const e = a.slice(7);
      if (e !== "ast" && e !== "ir" && e !== "c") throw new UsageError(`kiln: --emit takes ast, ir or c, not '${e}'`);
      opts.emit = e;
    } else if (/^-O[0-3s]$/.test(a)) opts.optLevel = a;
    else if (a.startsWith("--cc=")) opts.cc = a.slice(5);
    else if (a === "-g") opts.debug = true;
    else if (a === "--emit-stats") opts.emitStats = true;
    else if (a === "--keep") opts.keep = true;
    else if (a.startsWith("-") && a !== "-") throw new UsageError(`kiln: unknown option '${a}'`);
    else positional.push(a);
  }
  return { opts, output, positional };
}

function stem(path: string): string {
  return basename(path).replace(/\.rb$/, "");
}

async function cmdBuild(args: string[]): Promise<void> {
  const { opts, output, positional } = parseOptions(args, false);
  if (positional.length !== 1) throw new UsageError("kiln: expected one Ruby file");
  const input = positional[0];
  const out = output ?? (opts.emit === "exe" ? stem(input) : `${stem(input)}.${opts.emit}`);
  if (out === input) throw new UsageError(`kiln: the output would overwrite ${input}; name another with -o`);
  await compile({ ...opts, input, output: out });
}

/** Compiles into a cache keyed by the program and the compiler, then runs it. */
async function cmdRun(args: string[]): Promise<never> {
  const { opts, positional } = parseOptions(args, true);
  if (positional.length < 1) throw new UsageError("kiln run: expected a Ruby file");
  const [input, ...programArgs] = positional;
  const ast = await parseToText(input);
  const key = createHash("sha256")
    .update(ast).update("\0").update(compilerIdentity()).update("\0").update(JSON.stringify(opts))
    .digest("hex").slice(0, 24);
  const cacheRoot = process.env.KILN_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "kiln");
  const dir = join(cacheRoot, key);
  const exe = join(dir, stem(input));
  if (!existsSync(exe)) {
    mkdirSync(dir, { recursive: true });
    await compile({ ...opts, emit: "exe", keep: false, input, output: exe }, ast);
  }
  const r = spawnSync(exe, programArgs, { stdio: "inherit" });
  if (r.error) fail(`kiln: cannot run ${exe}: ${r.error.message}`);
  if (r.signal) process.kill(process.pid, r.signal);
  process.exit(r.status ?? 1);
}

function cmdParse(args: string[]): Promise<void> {
  return cmdBuild(["--emit=ast", ...args]);
}

function cmdStage0(args: string[]): void {
  const { output, positional } = parseOptions(args, false);
  if (positional.length !== 1) throw new UsageError("kiln stage0: expected one AST file");
  const input = positional[0];
  const c = compileProgram(readAst(readFileSync(input, "utf8"), input));
  writeFileAtomic(output ?? basename(input).replace(/\.ast$/, "") + ".c", c);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case undefined: case "--help": case "-h": case "help":
      process.stdout.write(USAGE + "\n");
      return;
    case "--version":
      process.stdout.write(`kiln ${VERSION}\n`);
      return;
    case "build": return cmdBuild(args);
    case "run": return cmdRun(args);
    case "parse": return cmdParse(args);
    case "stage0": return cmdStage0(args);
    default:
      if (command.endsWith(".rb") || command.startsWith("-")) return cmdBuild(argv);
      throw new UsageError(`kiln: unknown command '${command}'`);
  }
}

main(process.argv.slice(2)).catch((e) => {
  if (e instanceof UsageError) fail(`${e.message}\n${USAGE}`);
  if (e instanceof ParseError || e instanceof Stage0Error || e instanceof CompileError ||
      e instanceof AstFormatError || e instanceof CcError) fail(e.message);
  fail(`kiln: internal error (a kiln bug; please report it): ${(e as Error).stack ?? e}`);
});

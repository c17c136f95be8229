// corpus.test.ts: the everyday-Ruby corpus (test/programs/ruby) through the kiln command.
//
// Every test/programs/ruby/NAME.rb is compiled with `kiln`, run from its own
// directory with stdin from /dev/null, and its stdout and exit status are
// compared byte for byte with NAME.out / NAME.status, which test/record.sh
// recorded by running real ruby.
//
// test/programs/ruby/PENDING lists the programs kiln does not get right yet,
// one `NAME.rb: reason` per line. Those are strict expected failures: the test
// fails when a pending program starts passing (remove its line from PENDING),
// and a program not listed there must pass. So the suite never hides a fixed
// program or a new failure. A reason starting with "[native]" or "[ruby]"
// makes the program pending only under that stage1 (a divergence between the
// native stage1 and stage1 under CRuby); under the other it must pass.

import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cpus } from "node:os";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const CORPUS = join(ROOT, "test/programs/ruby");
const OUT = join(ROOT, "build/test/corpus");
mkdirSync(OUT, { recursive: true });

// The one place that chooses stage1: the native binaries the bootstrap built
// (build/r2) when they exist, otherwise stage1/*.rb under CRuby. An explicit
// KILN_STAGE1 in the environment wins.
const NATIVE = existsSync(join(ROOT, "build/r2/kiln-analyze")) && existsSync(join(ROOT, "build/r2/kiln-codegen"));
const STAGE1_ENV: Record<string, string> =
  process.env.KILN_STAGE1 !== undefined ? { KILN_STAGE1: process.env.KILN_STAGE1 } : NATIVE ? {} : { KILN_STAGE1: "ruby" };
const STAGE1 = STAGE1_ENV.KILN_STAGE1 === "ruby" ? "ruby" : "native";
// -O0: the corpus checks behaviour, not speed, and cc is most of the build time.
const KILN_FLAGS = ["-O0"];

const programs = readdirSync(CORPUS).filter((f) => f.endsWith(".rb")).map((f) => f.slice(0, -3)).sort();

/** PENDING: `NAME.rb: reason` lines; blank lines and # comments are ignored. */
function readPending(): Map<string, string> {
  const pending = new Map<string, string>();
  const file = join(CORPUS, "PENDING");
  if (!existsSync(file)) return pending;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = /^([\w-]+)\.rb:\s*(.*)$/.exec(line);
    if (!m) throw new Error(`PENDING: malformed line: ${line}`);
    if (pending.has(m[1])) throw new Error(`PENDING: ${m[1]}.rb listed twice`);
    const only = /^\[(native|ruby)\]/.exec(m[2]);
    if (only && only[1] !== STAGE1) continue;
    pending.set(m[1], m[2]);
  }
  return pending;
}
const PENDING = readPending();

interface Ran { status: number | null; signal: NodeJS.Signals | null; stdout: Buffer; stderr: string }

// At most this many compiles or runs at once (cc and CRuby stage1 are CPU-bound).
let slots = Math.max(1, Math.min(4, cpus().length));
const waiting: (() => void)[] = [];
async function limited<T>(f: () => Promise<T>): Promise<T> {
  while (slots === 0) await new Promise<void>((r) => waiting.push(r));
  slots--;
  try {
    return await f();
  } finally {
    slots++;
    waiting.shift()?.();
  }
}

/** Runs a command; stdin is /dev/null. */
function run(cmd: string, args: string[], cwd: string, timeoutMs: number, env: Record<string, string> = {}): Promise<Ran> {
  return limited(() => new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs, env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    let err = "";
    p.stdout.on("data", (d: Buffer) => out.push(d));
    p.stderr.on("data", (d: Buffer) => { err += d.toString(); });
    p.on("error", reject);
    p.on("close", (status, signal) => resolve({ status, signal, stdout: Buffer.concat(out), stderr: err }));
  }));
}

/** Compiles and runs one corpus program; returns null when it matches ruby, else what went wrong. */
async function check(name: string): Promise<string | null> {
  const exe = join(OUT, name);
  const built = await run(join(ROOT, "kiln"), [`${name}.rb`, ...KILN_FLAGS, "-o", exe], CORPUS, 300_000, STAGE1_ENV);
  if (built.status !== 0) return `compile failed (status ${built.status}):\n${built.stderr.trim()}`;
  const r = await run(exe, [], CORPUS, 30_000);
  const want = readFileSync(join(CORPUS, `${name}.out`));
  const statusFile = join(CORPUS, `${name}.status`);
  const wantStatus = existsSync(statusFile) ? Number(readFileSync(statusFile, "utf8").trim()) : 0;
  // latin1 maps bytes 1:1 to characters, so the comparison is byte-exact.
  const got = r.stdout.toString("latin1");
  const exp = want.toString("latin1");
  if (got !== exp) {
    const g = got.split("\n");
    const e = exp.split("\n");
    let i = 0;
    while (i < g.length && i < e.length && g[i] === e[i]) i++;
    return `stdout differs at line ${i + 1}:\n  ruby: ${JSON.stringify(e[i])}\n  kiln: ${JSON.stringify(g[i])}\n` +
      `exit status ${r.status ?? r.signal}; stderr:\n${r.stderr.slice(0, 2000)}`;
  }
  if (r.status !== wantStatus) return `exit status ${r.status ?? r.signal}, ruby's ${wantStatus}; stderr:\n${r.stderr.slice(0, 2000)}`;
  return null;
}

describe("corpus bookkeeping", () => {
  it("PENDING names only corpus programs", () => {
    for (const name of PENDING.keys()) expect(programs, `PENDING names ${name}.rb`).toContain(name);
  });

  it("every corpus program has recorded output", () => {
    for (const name of programs) expect(existsSync(join(CORPUS, `${name}.out`)), `${name}.out`).toBe(true);
  });
});

describe.concurrent(`corpus programs through kiln (stage1: ${STAGE1})`, () => {
  for (const name of programs) {
    const reason = PENDING.get(name);
    if (reason === undefined) {
      it(name, async () => {
        const failure = await check(name);
        expect(failure, `${name}.rb fails; fix kiln or list it in test/programs/ruby/PENDING`).toBeNull();
      });
    } else {
      it(`${name} (pending: ${reason})`, async () => {
        const failure = await check(name);
        expect(failure, `${name}.rb now passes: remove it from test/programs/ruby/PENDING`).not.toBeNull();
      });
    }
  }
});

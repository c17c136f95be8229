// dialect.test.ts: every stage1-dialect test program through stage0, cc and the runtime, against ruby's recorded output; every unsupported construct gets its error.

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ccCommand } from "../../stage0/cc.js";
import { compileProgram } from "../../stage0/compile/index.js";
import { parseProgram } from "../../stage0/parse.js";

const ROOT = join(import.meta.dirname, "../..");
const DIALECT = join(ROOT, "test/programs/dialect");
const UNSUPPORTED = join(ROOT, "test/programs/unsupported");
const OUT = join(ROOT, "build/test/stage0");
mkdirSync(OUT, { recursive: true });

const programs = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith(".rb")).sort();

interface Ran { status: number | null; stdout: Buffer; stderr: string }

/** Runs a command without blocking the other tests; stdin is /dev/null. */
function run(cmd: string, args: string[], cwd: string, timeoutMs = 30_000): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs });
    const out: Buffer[] = [];
    let err = "";
    p.stdout.on("data", (d: Buffer) => out.push(d));
    p.stderr.on("data", (d: Buffer) => { err += d.toString(); });
    p.on("error", reject);
    p.on("close", (status) => resolve({ status, stdout: Buffer.concat(out), stderr: err }));
  });
}

/** The program's C, with file names relative to its directory (as `ruby name.rb` would see them). */
async function stage0(dir: string, file: string): Promise<string> {
  const ast = await parseProgram(join(dir, file));
  ast.files = ast.files.map((f) => relative(dir, f));
  return compileProgram(ast);
}

describe.concurrent("stage0 dialect programs", () => {
  for (const file of programs(DIALECT)) {
    const name = file.replace(/\.rb$/, "");
    it(name, async () => {
      const c = await stage0(DIALECT, file);
      const cFile = join(OUT, `${name}.c`);
      const exe = join(OUT, name);
      writeFileSync(cFile, c);
      const { cc, args } = ccCommand(cFile, exe);
      const built = await run(cc, args, ROOT, 120_000);
      expect(built.stderr, "cc output (errors or warnings) on generated C").toBe("");
      expect(built.status).toBe(0);
      const r = await run(exe, [], DIALECT);
      const want = readFileSync(join(DIALECT, `${name}.out`));
      const statusFile = join(DIALECT, `${name}.status`);
      const wantStatus = existsSync(statusFile) ? Number(readFileSync(statusFile, "utf8").trim()) : 0;
      expect(r.stdout.toString("latin1"), `stdout of ${name} (stderr: ${r.stderr})`).toBe(want.toString("latin1"));
      expect(r.status, `exit status of ${name} (stderr: ${r.stderr})`).toBe(wantStatus);
    });
  }
});

describe("stage0 output", () => {
  it("is deterministic: the same AST gives the same C bytes", async () => {
    for (const file of programs(DIALECT)) {
      expect(await stage0(DIALECT, file)).toBe(await stage0(DIALECT, file));
    }
  });

  it("docs/stage1-dialect.md names every dialect test program", () => {
    const doc = readFileSync(join(ROOT, "docs/stage1-dialect.md"), "utf8");
    for (const file of programs(DIALECT)) expect(doc, file).toContain(`dialect/${file}`);
    for (const file of programs(UNSUPPORTED)) expect(doc, file).toContain(`unsupported/${file}`);
  });
});

describe.concurrent("stage0 rejects what is outside the dialect", () => {
  const kiln = join(ROOT, "kiln");
  for (const file of programs(UNSUPPORTED)) {
    const name = file.replace(/\.rb$/, "");
    it(name, async () => {
      const ast = join(OUT, `unsupported_${name}.ast`);
      const cFile = join(OUT, `unsupported_${name}.c`);
      rmSync(cFile, { force: true });
      const parsed = spawnSync(kiln, ["parse", file, "-o", ast], { cwd: UNSUPPORTED, encoding: "utf8" });
      expect(parsed.stderr).toBe("");
      const r = await run(kiln, ["stage0", ast, "-o", cFile], UNSUPPORTED);
      const want = readFileSync(join(UNSUPPORTED, `${name}.err`), "utf8");
      expect(r.stderr.replace(ast, `${name}.ast`)).toBe(want);
      expect(r.status).toBe(1);
      expect(existsSync(cFile)).toBe(false);
    });
  }
});

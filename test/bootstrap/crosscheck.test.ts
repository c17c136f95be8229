// crosscheck.test.ts: the self-built stage1 and CRuby running stage1 write the same IR and C for every test program.
//
// The bootstrap's cross-check covers stage1 compiling itself; this extends it
// to every Ruby program under test/, so a construct stage1 itself never uses
// cannot hide a difference between the two implementations.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseToText } from "../../stage0/driver.js";
import { writeFileAtomic } from "../../stage0/files.js";

const ROOT = join(import.meta.dirname, "../..");
const NATIVE = join(ROOT, "build/r2");
const DIRS = ["test/programs", "test/bench"];

function programs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...programs(path));
    else if (name.endsWith(".rb") && !path.includes("/unsupported/") && !path.includes("/fixtures/")) out.push(path);
  }
  return out;
}

function run(argv: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stderr: r.stderr };
}

describe.runIf(existsSync(join(NATIVE, "kiln-analyze")))("native stage1 == CRuby stage1", () => {
  const work = mkdtempSync(join(tmpdir(), "kiln-xcheck-"));
  const all = DIRS.flatMap((d) => programs(join(ROOT, d)));
  all.forEach((program, i) => {
    it(program.slice(ROOT.length + 1), async () => {
      const ast = join(work, `${i}.ast`);
      writeFileAtomic(ast, await parseToText(program));
      const f = (who: string, ext: string) => join(work, `${i}-${who}.${ext}`);
      const native = run([join(NATIVE, "kiln-analyze"), ast, f("n", "ir")]);
      const cruby = run(["ruby", join(ROOT, "stage1/analyze.rb"), ast, f("r", "ir")]);
      expect(native.status).toBe(cruby.status);
      expect(native.stderr).toBe(cruby.stderr);
      if (native.status !== 0) return; // rejected by both, with the same message
      expect(readFileSync(f("n", "ir"), "latin1")).toBe(readFileSync(f("r", "ir"), "latin1"));
      expect(run([join(NATIVE, "kiln-codegen"), f("n", "ir"), f("n", "c")]).status).toBe(0);
      expect(run(["ruby", join(ROOT, "stage1/codegen.rb"), f("n", "ir"), f("r", "c")]).status).toBe(0);
      expect(readFileSync(f("n", "c"), "latin1")).toBe(readFileSync(f("r", "c"), "latin1"));
    });
  });
});

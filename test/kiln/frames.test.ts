// frames.test.ts: backtraces, caller and __method__ through compiled calls
// (test/kiln/frames/*.rb). Each program is compiled with `kiln` and run from
// its own directory; its stdout must equal what real ruby prints for it, run
// here and now (nothing is recorded by hand).

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const DIR = join(ROOT, "test/kiln/frames");
const OUT = join(ROOT, "build/test/frames");
mkdirSync(OUT, { recursive: true });

// As corpus.test.ts: the native stage1 when the bootstrap built it, else CRuby.
const NATIVE = existsSync(join(ROOT, "build/r2/kiln-analyze")) && existsSync(join(ROOT, "build/r2/kiln-codegen"));
const ENV = { ...process.env, ...(process.env.KILN_STAGE1 !== undefined || NATIVE ? {} : { KILN_STAGE1: "ruby" }) };

function run(cmd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd: DIR, env: ENV, encoding: "utf8", maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

describe("frames (test/kiln/frames)", () => {
  for (const f of readdirSync(DIR).filter((x) => x.endsWith(".rb")).sort()) {
    it(f, () => {
      const exe = join(OUT, f.slice(0, -3));
      const built = run(join(ROOT, "kiln"), ["build", f, "-O0", "-o", exe]);
      expect(built.stderr).toBe("");
      expect(built.status).toBe(0);
      const ruby = run("ruby", [f]);
      expect(ruby.status).toBe(0);
      const ran = run(exe, []);
      expect(ran.stdout).toBe(ruby.stdout);
      expect(ran.status).toBe(ruby.status);
    }, 120_000);
  }
});

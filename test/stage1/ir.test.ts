// ir.test.ts: hand-written IR through codegen (golden C, and output when the runtime is built),
// pass-level golden tests for lowering, and the opcode table against docs/ir-format.md.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileC } from "../../stage0/cc.js";

const root = join(import.meta.dirname, "..", "..");
const out = join(root, "build", "test", "stage1-ir");
mkdirSync(out, { recursive: true });

function run(cmd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd: root, encoding: "latin1", maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

function ok(r: { status: number | null; stderr: string }, what: string): void {
  if (r.status !== 0) throw new Error(`${what} failed (status ${r.status}):\n${r.stderr}`);
}

const CFLAGS = ["-std=gnu11", "-w", "-I" + join(root, "runtime-c")];

describe("hand-written IR (test/ir)", () => {
  const dir = join(root, "test", "ir");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".ir")).sort()) {
    const name = basename(f, ".ir");
    it(`${name}: codegen matches ${name}.c.expected and compiles`, () => {
      const c = join(out, name + ".c");
      ok(run("ruby", ["stage1/codegen.rb", join(dir, f), c]), "codegen");
      expect(readFileSync(c, "latin1")).toBe(readFileSync(join(dir, name + ".c.expected"), "latin1"));
      ok(run("cc", [...CFLAGS, "-fsyntax-only", c]), "cc -fsyntax-only");
    });
    it.skipIf(!existsSync(join(dir, name + ".out")))(`${name}: runs`, () => {
      const c = join(out, name + ".c");
      ok(run("ruby", ["stage1/codegen.rb", join(dir, f), c]), "codegen");
      const exe = join(out, name);
      compileC(c, exe);
      expect(run(exe, []).stdout).toBe(readFileSync(join(dir, name + ".out"), "latin1"));
    });
  }
});

describe("lowering (pass-level golden IR, test/stage1/lower)", () => {
  const dir = join(root, "test", "stage1", "lower");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".rb")).sort()) {
    const name = basename(f, ".rb");
    it(name, () => {
      const ast = join(out, name + ".ast");
      const ir = join(out, name + ".ir");
      ok(run(join(root, "kiln"), ["parse", `test/stage1/lower/${f}`, "-o", ast]), "kiln parse");
      ok(run("ruby", ["stage1/analyze.rb", ast, ir]), "analyze");
      expect(readFileSync(ir, "latin1")).toBe(readFileSync(join(dir, name + ".ir.expected"), "latin1"));
    });
  }
});

describe("type inference (pass-level golden --dump-types, test/stage1/types)", () => {
  const dir = join(root, "test", "stage1", "types");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".rb")).sort()) {
    const name = basename(f, ".rb");
    it(name, () => {
      const ast = join(out, "types-" + name + ".ast");
      const ir = join(out, "types-" + name + ".ir");
      ok(run(join(root, "kiln"), ["parse", `test/stage1/types/${f}`, "-o", ast]), "kiln parse");
      const r = run("ruby", ["stage1/analyze.rb", "--dump-types", ast, ir]);
      ok(r, "analyze --dump-types");
      expect(r.stdout).toBe(readFileSync(join(dir, name + ".types.expected"), "latin1"));
    });
  }
});

describe("the opcode table", () => {
  it("docs/ir-format.md lists every opcode of stage1/ir.rb, and nothing else", () => {
    const r = run("ruby", ["-e", 'require_relative "stage1/ir"; puts IR::OPCODES.keys']);
    ok(r, "ruby");
    const code = r.stdout.trim().split("\n").sort();
    const docs = readFileSync(join(root, "docs", "ir-format.md"), "utf8");
    const documented = [...docs.matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(code);
  });
});

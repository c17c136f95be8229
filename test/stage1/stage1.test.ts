// stage1.test.ts: stage1 under CRuby: every Ruby test program through analyze + codegen (+ cc + run),
// IR round trips, determinism, stage1 compiling itself, error messages.
//
// Running needs build/runtime/libkiln.a (`make runtime`).

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileC } from "../../stage0/cc.js";

const root = join(import.meta.dirname, "..", "..");
const out = join(root, "build", "test", "stage1");
mkdirSync(out, { recursive: true });

interface Result { status: number | null; stdout: string; stderr: string }

function run(cmd: string, args: string[], opts: { cwd?: string; input?: string } = {}): Result {
  const r = spawnSync(cmd, args, { cwd: opts.cwd ?? root, input: opts.input, encoding: "latin1", maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

function ok(r: Result, what: string): void {
  if (r.status !== 0) throw new Error(`${what} failed (status ${r.status}):\n${r.stderr}${r.stdout}`);
}

/** kiln parse, analyze, codegen; returns the paths written. */
export function compileToC(src: string, name: string): { ast: string; ir: string; c: string } {
  const ast = join(out, name + ".ast");
  const ir = join(out, name + ".ir");
  const c = join(out, name + ".c");
  ok(run(join(root, "kiln"), ["parse", src, "-o", ast]), `kiln parse ${src}`);
  ok(run("ruby", ["stage1/analyze.rb", ast, ir]), `analyze ${src}`);
  ok(run("ruby", ["stage1/codegen.rb", ir, c]), `codegen ${src}`);
  return { ast, ir, c };
}

const CFLAGS = ["-std=gnu11", "-w", "-I" + join(root, "runtime-c")];

function syntaxCheck(c: string): void {
  ok(run("cc", [...CFLAGS, "-fsyntax-only", c]), `cc -fsyntax-only ${c}`);
}

function programs(): string[] {
  const dirs = ["dialect", "stage1"].map((d) => join(root, "test", "programs", d));
  const list: string[] = [];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith(".rb")) list.push(join(d, f));
  }
  return list;
}

/** Expected stdout and status: recorded files when present, else CRuby itself (the oracle). */
function expected(src: string): { stdout: string; status: number } {
  const base = src.slice(0, -3);
  if (existsSync(base + ".out")) {
    const status = existsSync(base + ".status") ? Number(readFileSync(base + ".status", "utf8").trim()) : 0;
    return { stdout: readFileSync(base + ".out", "latin1"), status };
  }
  const r = run("ruby", [basename(src)], { cwd: join(src, "..") });
  return { stdout: r.stdout, status: r.status ?? -1 };
}

describe("stage1 compiles every test program (under CRuby)", () => {
  const list = programs();
  it("has programs to compile", () => expect(list.length).toBeGreaterThan(0));
  for (const src of list) {
    const name = basename(join(src, "..")) + "-" + basename(src, ".rb");
    describe(name, () => {
      it("analyze + codegen; IR round-trips; output is deterministic; C compiles", () => {
        const { ast, ir, c } = compileToC(src, name);
        ok(run("ruby", ["test/stage1/ir_roundtrip.rb", ir]), "IR round trip");
        const ir2 = join(out, name + ".2.ir");
        ok(run("ruby", ["stage1/analyze.rb", ast, ir2]), "analyze again");
        expect(readFileSync(ir2, "latin1")).toBe(readFileSync(ir, "latin1"));
        syntaxCheck(c);
      });
      it("runs and matches ruby", () => {
        const { c } = compileToC(src, name);
        const exe = join(out, name);
        compileC(c, exe);
        const want = expected(src);
        const got = run(exe, [], { cwd: join(src, "..") });
        expect(got.stdout).toBe(want.stdout);
        expect(got.status).toBe(want.status);
      });
    });
  }
});

describe("stage1 compiles itself (under CRuby)", () => {
  for (const prog of ["analyze", "codegen"]) {
    it(`${prog}.rb -> IR -> C, round trip, C compiles`, () => {
      const { ir, c } = compileToC(join(root, "stage1", prog + ".rb"), "self-" + prog);
      ok(run("ruby", ["test/stage1/ir_roundtrip.rb", ir]), "IR round trip");
      syntaxCheck(c);
    });
  }
});

describe("codegen -g", () => {
  it("emits #line directives naming the .rb file, and the binary's line table points at it", () => {
    const src = join(out, "debug-lines.rb");
    writeFileSync(src, "def f(x)\n  y = x * 2\n  y + 1\nend\nputs f(3)\n");
    const ast = join(out, "debug-lines.ast");
    const ir = join(out, "debug-lines.ir");
    const c = join(out, "debug-lines.c");
    ok(run(join(root, "kiln"), ["parse", src, "-o", ast]), "kiln parse");
    ok(run("ruby", ["stage1/analyze.rb", ast, ir]), "analyze");
    ok(run("ruby", ["stage1/codegen.rb", "-g", ir, c]), "codegen -g");
    const text = readFileSync(c, "latin1");
    expect(text).toContain(`#line 2 "${src}"`);
    expect(text).toContain(`#line 3 "${src}"`);
    const obj = join(out, "debug-lines.o");
    ok(run("cc", [...CFLAGS, "-g", "-c", c, "-o", obj]), "cc -g");
    const lines = run("objdump", ["--dwarf=decodedline", obj]);
    if (lines.status === 0) expect(lines.stdout).toContain("debug-lines.rb");
  });
});

describe("errors name a file and line, exit 1, write nothing", () => {
  function analyzeSource(name: string, source: string): Result & { irExists: boolean } {
    const src = join(out, name + ".rb");
    writeFileSync(src, source);
    const ast = join(out, name + ".ast");
    const ir = join(out, name + ".ir");
    rmSync(ir, { force: true });
    ok(run(join(root, "kiln"), ["parse", src, "-o", ast]), "kiln parse");
    const r = run("ruby", ["stage1/analyze.rb", ast, ir]);
    return { ...r, irExists: existsSync(ir) };
  }

  it("rejects an unsupported construct", () => {
    const r = analyzeSource("err-unsupported", "x = 1\nundef x\n");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${join(out, "err-unsupported.rb")}:2: kiln does not support undef yet\n`);
    expect(r.irExists).toBe(false);
  });

  it("rejects eval and instance_eval of a string (a computed send is a dynamic send)", () => {
    expect(analyzeSource("err-eval", "eval('1')\n").stderr).toContain(":1: kiln does not support eval yet");
    expect(analyzeSource("err-ieval", "x = 1\n1.instance_eval('2')\n").stderr).toContain(":2: kiln does not support instance_eval with a string (only with a block) yet");
  });

  it("rejects refinements, unless the program defines its own refine/using", () => {
    const src = 'module Shout\n  refine(String) { def shout = upcase }\nend\nusing Shout\n';
    expect(analyzeSource("err-refine", src).stderr).toContain(":2: kiln does not support refinements (refine) yet");
    expect(analyzeSource("err-using", "module M; end\nusing M\n").stderr).toContain(":2: kiln does not support refinements (using) yet");
    const own = "def using(x) = x\np using(1)\n";
    expect(analyzeSource("own-using", own).status).toBe(0);
  });

  it("rejects a malformed AST file", () => {
    const bad = join(out, "bad.ast");
    writeFileSync(bad, "kiln-ast 1\ncounts 1 0 0 1\nF x.rb\nN 0 0 1 1 0\nroot 0\n");
    const r = run("ruby", ["stage1/analyze.rb", bad, join(out, "bad.ir")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${bad}:4: type 0 out of range\n`);
  });

  it("rejects another AST version", () => {
    const bad = join(out, "v2.ast");
    writeFileSync(bad, "kiln-ast 2\n");
    const r = run("ruby", ["stage1/analyze.rb", bad, join(out, "v2.ir")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${bad}:1: AST format version 2 is not supported (expected 1)\n`);
  });

  it("rejects a malformed IR file", () => {
    const bad = join(out, "bad.ir");
    const c = join(out, "bad.c");
    rmSync(c, { force: true });
    writeFileSync(bad, readFileSync(join(root, "test", "ir", "add.ir"), "latin1").replace("vadd r4 r2 r3", "vadd r4 r2"));
    const r = run("ruby", ["stage1/codegen.rb", bad, c]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.ir:\d+: vadd takes 3 operands, got 2\n$/);
    expect(existsSync(c)).toBe(false);
  });
});

// cli.test.ts: the kiln command as a user meets it: options, outputs, and every kind of error.

import { spawnSync, SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const KILN = join(ROOT, "kiln");
// The self-built compiler when the bootstrap has built it, else stage1 under CRuby.
const NATIVE = existsSync(join(ROOT, "build/r2/kiln-analyze"));
const ENV = { ...process.env, KILN_STAGE1: NATIVE ? "" : "ruby", KILN_CACHE_DIR: "" };

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kiln-cli-"));
  ENV.KILN_CACHE_DIR = join(dir, "cache");
});

function kiln(args: string[], cwd = dir): SpawnSyncReturns<string> {
  return spawnSync(KILN, args, { cwd, env: ENV, encoding: "utf8", input: "" });
}

function write(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

describe("kiln command", () => {
  it("prints help and version", () => {
    expect(kiln(["--help"]).stdout).toContain("usage: kiln APP.rb");
    expect(kiln(["--version"]).stdout).toMatch(/^kiln \d+\.\d+\.\d+\n$/);
  });

  it("compiles APP.rb to ./APP by default", () => {
    write("hello.rb", 'puts "hello, #{[1, 2].sum}"\n');
    const r = kiln(["hello.rb"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(spawnSync(join(dir, "hello"), { encoding: "utf8" }).stdout).toBe("hello, 3\n");
  });

  it("honours -o and -O0, and --keep keeps the intermediates", () => {
    write("keep.rb", "p 6 * 7\n");
    const r = kiln(["build", "keep.rb", "-o", "kept", "-O0", "--keep"]);
    expect(r.status).toBe(0);
    expect(spawnSync(join(dir, "kept"), { encoding: "utf8" }).stdout).toBe("42\n");
    for (const ext of ["ast", "ir", "c"]) expect(existsSync(join(dir, `keep.${ext}`))).toBe(true);
  });

  it("stops at the stage --emit names", () => {
    write("emit.rb", "puts 1\n");
    expect(kiln(["emit.rb", "--emit=ast"]).status).toBe(0);
    expect(readFileSync(join(dir, "emit.ast"), "utf8")).toMatch(/^kiln-ast 1\n/);
    expect(kiln(["emit.rb", "--emit=ir"]).status).toBe(0);
    expect(readFileSync(join(dir, "emit.ir"), "utf8")).toMatch(/^kiln-ir 1\n/);
    expect(kiln(["emit.rb", "--emit=c", "-o", "emit-out.c"]).status).toBe(0);
    expect(readFileSync(join(dir, "emit-out.c"), "utf8")).toContain("#include \"direct.h\"");
  });

  it("runs a program with arguments and passes its exit status through", () => {
    write("args.rb", 'puts ARGV.join(",")\nexit ARGV.size\n');
    const r = kiln(["run", "args.rb", "a", "b c", "-o"]);
    expect(r.stdout).toBe("a,b c,-o\n");
    expect(r.status).toBe(3);
    const again = kiln(["run", "args.rb", "x"]);
    expect([again.stdout, again.status]).toEqual(["x\n", 1]);
  });

  it("reports uncaught exceptions as ruby does, with exit status 1", () => {
    write("boom.rb", 'def go(x)\n  raise ArgumentError, "bad #{x}"\nend\ngo(7)\n');
    const r = kiln(["run", "boom.rb"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("boom.rb:2:in `go': bad 7 (ArgumentError)");
  });
});

describe("kiln errors", () => {
  it("rejects an unknown option", () => {
    const r = kiln(["--frobnicate", "x.rb"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("kiln: unknown option '--frobnicate'");
  });

  it("names a missing input", () => {
    const r = kiln(["nope.rb"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("kiln: cannot read nope.rb: no such file");
  });

  it("reports a syntax error at file:line:col and writes nothing", () => {
    write("syntax.rb", "def f(\n");
    const r = kiln(["syntax.rb"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^syntax\.rb:\d+:\d+: /);
    expect(existsSync(join(dir, "syntax"))).toBe(false);
  });

  it("rejects an unsupported construct at compile time, naming file and line", () => {
    write("unsupported.rb", "x = 1\neval('x + 1')\n");
    const r = kiln(["unsupported.rb"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^unsupported\.rb:2: kiln does not support .*eval/m);
    expect(existsSync(join(dir, "unsupported"))).toBe(false);
  });

  it("rejects require of a library kiln does not provide", () => {
    write("req.rb", 'require "nonexistent_gem"\nputs 1\n');
    const r = kiln(["req.rb"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("req.rb:1:");
    expect(r.stderr).toContain("nonexistent_gem");
  });

  it("calls a C compiler failure a kiln bug and keeps the C file", () => {
    write("cc.rb", "puts 1\n");
    const r = kiln(["cc.rb", "--cc=false"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("a kiln bug");
    const kept = r.stderr.match(/C file is kept at (\S+)/)![1];
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(join(dir, "cc"))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });
});

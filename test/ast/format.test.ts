// format.test.ts: the AST file format: round trips, determinism, require_relative, errors, docs.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AstNode, readAst, writeAst } from "../../stage0/ast.js";
import { parseProgram } from "../../stage0/parse.js";

const ROOT = join(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "test/ast/fixtures");
const BROKEN = new Set(["syntax_error.rb", "missing.rb"]);

function rubyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === "node_modules" || name === "build" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...rubyFiles(path));
    else if (name.endsWith(".rb") && !BROKEN.has(name)) out.push(path);
  }
  return out;
}

/** A large program of many shapes, generated with a fixed recipe. */
function generatedProgram(methods: number): string {
  const lines = ["class Generated"];
  for (let i = 0; i < methods; i++) {
    lines.push(
      `  def m${i}(a, b = ${i}, *rest, k: :s${i % 7}, **opts, &blk)`,
      `    x = a + b * ${i} - ${i}.5 ** 2`,
      `    s = "str${i} #{x} \\x${(i % 256).toString(16).padStart(2, "0")}\\n"`,
      `    [x, s, :sym${i % 50}, nil, true].each_with_index { |e, j| puts e if j.odd? }`,
      `    case x when 0..9 then { k: ${i}, "v" => 1.5e${i % 30} } else x > 1 ? rest : opts end`,
      `  rescue ArgumentError => e`,
      `    raise e unless b`,
      `  end`,
    );
  }
  lines.push("end");
  return lines.join("\n") + "\n";
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "kiln-ast-"));
}

describe("AST round trip", () => {
  for (const file of rubyFiles(ROOT)) {
    it(`round-trips ${file.slice(ROOT.length + 1)}`, async () => {
      const first = writeAst(await parseProgram(file));
      expect(writeAst(readAst(first, file))).toBe(first);
    });
  }

  it("round-trips large generated programs and is deterministic", async () => {
    const dir = tmp();
    for (const n of [1, 400, 2500]) {
      const path = join(dir, `gen${n}.rb`);
      writeFileSync(path, generatedProgram(n));
      const first = writeAst(await parseProgram(path));
      expect(writeAst(await parseProgram(path))).toBe(first);
      expect(writeAst(readAst(first, path))).toBe(first);
    }
  });

  it("keeps the bytes of non-UTF-8 string literals", async () => {
    const dir = tmp();
    const path = join(dir, "bytes.rb");
    writeFileSync(path, 's = "a\\xff\\x80\\x00b\\\\ é\\t"\n');
    const text = writeAst(await parseProgram(path));
    const ast = readAst(text, path);
    const stmt = ast.root.node("statements")!.nodes("body")[0];
    expect([...stmt.node("value")!.bytes("unescaped")]).toEqual([0x61, 0xff, 0x80, 0x00, 0x62, 0x5c, 0x20, 0xc3, 0xa9, 0x09]);
    expect(writeAst(ast)).toBe(text);
  });
});

describe("Integer literals", () => {
  it("keeps values of any size exactly (Prism's JS reader does not)", async () => {
    const path = join(tmp(), "ints.rb");
    writeFileSync(path, "p 4611686018427387903, 12345678901234567890, -9223372036854775808, 0x7fff_ffff_ffff, 0b1010, 0o17, 017, 1_000, -5, 2147483648\n");
    const ast = readAst(writeAst(await parseProgram(path)), path);
    const args = ast.root.node("statements")!.nodes("body")[0].node("arguments")!.nodes("arguments");
    expect(args.map((n) => n.num("value"))).toEqual([
      "4611686018427387903", "12345678901234567890", "-9223372036854775808", 140737488355327, 10, 15, 15, 1000, -5, 2147483648,
    ]);
  });
});

describe("require_relative", () => {
  it("inlines each file once, relative to the requiring file", async () => {
    const ast = await parseProgram(join(FIXTURES, "main.rb"));
    expect(ast.files.map((f) => f.slice(FIXTURES.length + 1))).toEqual(["main.rb", "helper.rb", "sub/deep.rb"]);
    const body = ast.root.node("statements")!.nodes("body");
    const requires = body.slice(0, 3);
    expect(requires.map((n) => n.kind)).toEqual(["KilnRequireNode", "KilnRequireNode", "KilnRequireNode"]);
    expect(requires.map((n) => n.node("program") !== null)).toEqual([true, true, false]);
    const deep = requires[1].node("program")!.node("statements")!.nodes("body")[0];
    expect(deep.kind).toBe("KilnRequireNode");
    expect(deep.node("program")).toBeNull();
    expect(deep.num("file")).toBe(1);
    const greet = body[3];
    expect(greet.file).toBe(0);
    expect(greet.line).toBe(4);
  });

  it("tags every node with its own file and line", async () => {
    const ast = await parseProgram(join(FIXTURES, "main.rb"));
    const helper = ast.root.node("statements")!.nodes("body")[0].node("program")!;
    const mod = helper.node("statements")!.nodes("body")[0];
    expect([mod.kind, mod.file, mod.line, mod.col]).toEqual(["ModuleNode", 1, 1, 1]);
    const def = mod.node("body")!.nodes("body")[0] as AstNode;
    expect([def.kind, def.line, def.col, def.str("name")]).toEqual(["DefNode", 2, 3, "greet"]);
  });
});

describe("kiln parse command", () => {
  const kiln = join(ROOT, "kiln");

  it("writes an AST file", () => {
    const out = join(tmp(), "main.ast");
    execFileSync(kiln, ["parse", join(FIXTURES, "main.rb"), "-o", out]);
    expect(readFileSync(out, "utf8").startsWith("kiln-ast 1\n")).toBe(true);
  });

  it("reports syntax errors as path:line:col and writes nothing", () => {
    const out = join(tmp(), "bad.ast");
    const file = join(FIXTURES, "syntax_error.rb");
    const r = spawnSync(kiln, ["parse", file, "-o", out], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:\\d+:\\d+: `));
    expect(existsSync(out)).toBe(false);
  });

  it("names a missing required file at the require's line", () => {
    const out = join(tmp(), "missing.ast");
    const r = spawnSync(kiln, ["parse", join(FIXTURES, "missing.rb"), "-o", out], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("missing.rb:2: cannot load such file");
    expect(existsSync(out)).toBe(false);
  });

  it("names an unreadable input", () => {
    const r = spawnSync(kiln, ["parse", "/nonexistent/x.rb"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("kiln: cannot read /nonexistent/x.rb: no such file");
  });
});

describe("readers reject malformed files", () => {
  const good = "kiln-ast 1\ncounts 1 1 0 1\nF t.rb\nT NilNode\nN 0 0 1 1 0\nroot 0\n";
  it("accepts a minimal file", () => expect(readAst(good, "t.ast").root.kind).toBe("NilNode"));
  it.each([
    ["kiln-ast 2\n", "t.ast:1: AST format version 2 is not supported"],
    ["nonsense\n", "t.ast:1: not a kiln AST file"],
    [good.replace("root 0\n", ""), "t.ast:6: expected a 'root' line"],
    [good.replace("root 0\n", "root 0"), "t.ast:6: trailing text after the root line"],
    [good.replace("N 0 0 1 1 0", "N 0 0 1 1 0 7"), "t.ast:5: NilNode needs 0 fields"],
    [good.replace("N 0 0 1 1 0", "N 3 0 1 1 0"), "t.ast:5: bad type id"],
  ])("rejects %j", (text, message) => {
    expect(() => readAst(text, "t.ast")).toThrow(message);
  });
});

describe("docs/ast-format.md", () => {
  it("shows exactly what the writer writes for its example", async () => {
    const doc = readFileSync(join(ROOT, "docs/ast-format.md"), "utf8");
    const example = doc.match(/```\n(kiln-ast 1\ncounts[\s\S]*?)```/)![1];
    const dir = tmp();
    writeFileSync(join(dir, "t.rb"), "x = 1 + 2\n");
    const ast = await parseProgram(join(dir, "t.rb"));
    ast.files[0] = "t.rb";
    expect(writeAst(ast)).toBe(example);
  });
});


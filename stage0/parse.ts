// parse.ts: the front end. Ruby source -> one AST for the whole program, with require_relative inlined.
//
// This is the only module that touches Prism. Every Prism node type and field
// is converted generically through prism-schema.ts; the one node kiln adds is
// KilnRequireNode, which replaces a `require_relative "lit"` call, and a
// `require "lib"` of a library kiln ships as Ruby source (lib/LIB.rb).

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { loadPrism } from "@ruby/prism";
import { AstFile, AstNode, FieldValue, Loc, TypeDef, makeType } from "./ast.js";
import { repoRoot } from "./cc.js";
import { NodeSchema, prismSchema } from "./prism-schema.js";

/** A user-facing error: printed as is, exit status 1. */
export class ParseError extends Error {}

type PrismParse = Awaited<ReturnType<typeof loadPrism>>;
let prismParse: PrismParse | undefined;

/**
 * The node kiln adds: `require_relative "x"` with a literal path (or `require
 * "x"` of a library in lib/, the same once the path is known). program is
 * the required file's ProgramNode the first time the file is required, null
 * on every later require (as in Ruby, the file runs once).
 */
export const KILN_REQUIRE = makeType("KilnRequireNode", [
  { name: "path", kind: "string" },
  { name: "file", kind: "uint" },
  { name: "program", kind: "node?" },
]);

// WHATWG's "ascii" decoder is windows-1252: map its characters back to bytes.
const WINDOWS_1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function windows1252Bytes(s: string): Buffer {
  const out = Buffer.alloc(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const high = WINDOWS_1252_HIGH.indexOf(s[i]);
    out[i] = high >= 0 ? 0x80 + high : c;
  }
  return out;
}

/** Prism's decoded string field -> the bytes Ruby would hold. */
function stringBytes(v: { value: string; encoding: string; validEncoding: boolean }): Buffer {
  if (v.encoding === "ascii" || !v.validEncoding) return windows1252Bytes(v.value);
  return Buffer.from(v.value, "utf8");
}

/**
 * An Integer literal's value, from its source text. @ruby/prism 1.9.0's
 * JavaScript reader corrupts literals of 2^31 and more (its varint decoder
 * shifts into the sign bit), so the text is the reliable source.
 */
export function integerLiteralValue(text: string): number | string {
  let s = text.replace(/_/g, "").replace(/[ri]+$/, "").toLowerCase();
  const negative = s.startsWith("-");
  if (negative || s.startsWith("+")) s = s.slice(1);
  let digits: string;
  if (s.startsWith("0x") || s.startsWith("0b") || s.startsWith("0o")) digits = s;
  else if (s.startsWith("0d")) digits = s.slice(2);
  else if (/^0[0-7]+$/.test(s)) digits = "0o" + s.slice(1);
  else digits = s;
  if (!/^(0x[0-9a-f]+|0b[01]+|0o[0-7]+|[0-9]+)$/.test(digits)) throw new Error(`kiln: cannot read the Integer literal '${text}'`);
  const value = negative ? -BigInt(digits) : BigInt(digits);
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
}

/** Byte offset -> 1-based line and column, for one source file. */
class LineMap {
  private starts: number[] = [0];
  constructor(bytes: Buffer) {
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo] + 1 };
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type PrismNode = any;

class ProgramBuilder {
  readonly files: string[] = [];
  private fileIds = new Map<string, number>();
  private types = new Map<string, TypeDef>();
  private schema = prismSchema();
  private names = new Map<string, Buffer>(); // one Buffer per distinct constant name

  private name(s: string): Buffer {
    let b = this.names.get(s);
    if (!b) {
      b = Buffer.from(s, "utf8");
      this.names.set(s, b);
    }
    return b;
  }

  constructor(private parse: PrismParse) {}

  private typeFor(s: NodeSchema): TypeDef {
    let t = this.types.get(s.type);
    if (!t) {
      t = makeType(s.type, s.fields.map((f) => ({ name: f.name, kind: f.kind })));
      this.types.set(s.type, t);
    }
    return t;
  }

  /** Parses one file (first time only) and returns its converted ProgramNode. */
  parseFile(path: string, requiredFrom?: { file: string; line: number }): AstNode {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
      if (requiredFrom) throw new ParseError(`${requiredFrom.file}:${requiredFrom.line}: cannot load such file -- ${path} (${why})`);
      throw new ParseError(`kiln: cannot read ${path}: ${why}`);
    }
    const source = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
    let text: string;
    try {
      text = source.decode(bytes);
    } catch {
      throw new ParseError(`${path}:1:1: source is not valid UTF-8`);
    }
    const fileId = this.files.length;
    this.files.push(path);
    this.fileIds.set(normalize(path), fileId);

    const result = this.parse(text, { filepath: path });
    const lines = new LineMap(bytes);
    if (result.errors.length > 0) {
      const messages = result.errors.map((err: { message: string; location: { startOffset: number } }) => {
        const { line, col } = lines.position(err.location.startOffset);
        return `${path}:${line}:${col}: ${err.message}`;
      });
      throw new ParseError(messages.join("\n"));
    }
    return this.convert(result.value, fileId, lines, bytes);
  }

  /**
   * Converts a Prism tree to AstNodes, children first, without recursion
   * (programs nest deeper than JS's stack). Converted nodes are kept by
   * Prism's nodeID, which is unique within one parse.
   */
  private convert(root: PrismNode, fileId: number, lines: LineMap, source: Buffer): AstNode {
    const done: AstNode[] = [];
    const nodes: PrismNode[] = [root];
    const expanded: boolean[] = [false];
    while (nodes.length > 0) {
      const top = nodes.length - 1;
      const node = nodes[top];
      const schema = this.schema.get(node.constructor.name);
      if (!schema) throw new Error(`kiln: Prism node type ${node.constructor.name} is not in the schema`);
      if (!expanded[top]) {
        expanded[top] = true;
        for (const f of schema.fields) {
          const v = node[f.prop];
          if (f.kind === "node[]") {
            for (let k = v.length - 1; k >= 0; k--) { nodes.push(v[k]); expanded.push(false); }
          } else if ((f.kind === "node" || f.kind === "node?") && v) { nodes.push(v); expanded.push(false); }
        }
        continue;
      }
      nodes.pop();
      expanded.pop();
      done[node.nodeID] = this.convertOne(node, schema, fileId, lines, source, done);
    }
    return done[root.nodeID];
  }

  private convertOne(node: PrismNode, schema: NodeSchema, fileId: number, lines: LineMap, source: Buffer, done: AstNode[]): AstNode {
    const { line, col } = lines.position(node.location.startOffset);
    const required = this.inlinedRequire(node, fileId, line, col);
    if (required) return required;
    const values: FieldValue[] = schema.fields.map((f) => {
      const v = node[f.prop];
      switch (f.kind) {
        case "node": case "node?": return v ? done[v.nodeID] : null;
        case "node[]": return (v as PrismNode[]).map((c) => done[c.nodeID]);
        case "const": return this.name(v);
        case "const?": return v === null ? null : this.name(v);
        case "const[]": return (v as string[]).map((s) => this.name(s));
        case "loc": case "loc?": return v ? ({ start: v.startOffset, length: v.length } as Loc) : null;
        case "string": return stringBytes(v);
        case "integer": {
          if (node.constructor.name !== "IntegerNode") return typeof v === "bigint" ? v.toString() : v;
          const { startOffset, length } = node.location;
          return integerLiteralValue(source.subarray(startOffset, startOffset + length).toString("latin1"));
        }
        case "double": case "uint": return v;
      }
    });
    return new AstNode(this.typeFor(schema), fileId, line, col, node.toJSON().flags, values);
  }

  /**
   * `require_relative "lit"`, or `require "lit"` of a library in lib/ ->
   * KilnRequireNode; anything else (other requires stay calls: stage1 knows
   * the libraries the runtime provides) -> null.
   */
  private inlinedRequire(node: PrismNode, fileId: number, line: number, col: number): AstNode | null {
    if (node.constructor.name !== "CallNode" || node.receiver || node.block) return null;
    if (node.name !== "require_relative" && node.name !== "require") return null;
    const args = node.arguments_?.arguments_ ?? [];
    if (args.length !== 1 || args[0].constructor.name !== "StringNode") return null;
    const from = this.files[fileId];
    let rel = stringBytes(args[0].unescaped).toString("utf8");
    if (!rel.endsWith(".rb")) rel += ".rb";
    const target = normalize(join(node.name === "require" ? libraryDir() : dirname(from), rel));
    if (node.name === "require" && !existsSync(target)) return null;
    const already = this.fileIds.get(target);
    const program = already === undefined ? this.parseFile(target, { file: from, line }) : null;
    const id = already ?? this.fileIds.get(target)!;
    return new AstNode(KILN_REQUIRE, fileId, line, col, 0, [Buffer.from(target, "utf8"), id, program]);
  }
}

/** lib/: the parts of Ruby's standard library that kiln ships as Ruby source. */
function libraryDir(): string {
  return join(repoRoot(), "lib");
}

/** Parses the program whose main file is path. Throws ParseError on bad input. */
export async function parseProgram(path: string): Promise<AstFile> {
  prismParse ??= await loadPrism();
  const builder = new ProgramBuilder(prismParse);
  const root = builder.parseFile(path);
  return { files: builder.files, root };
}

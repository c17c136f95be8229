// ast.ts: the in-memory AST, and the reader and writer of the AST file format (docs/ast-format.md).

import { FieldKind } from "./prism-schema.js";

export const AST_FORMAT = "kiln-ast";
export const AST_VERSION = 1;

/** A source location inside one file: byte offset and length. */
export interface Loc { start: number; length: number }

export type FieldValue = AstNode | AstNode[] | Buffer | Buffer[] | Loc | string | number | null;

/** One field of a node type: its Prism name and how it is stored. */
export interface FieldDef { name: string; kind: FieldKind }

/** A node type as the file's type table declares it. */
export interface TypeDef { name: string; fields: FieldDef[]; index: Map<string, number> }

export function makeType(name: string, fields: FieldDef[]): TypeDef {
  return { name, fields, index: new Map(fields.map((f, i) => [f.name, i])) };
}

/**
 * A node: its type, where it starts (file id, 1-based line and byte column),
 * Prism's flags, and one value per field of its type, in the type's order.
 * Strings and constant names are byte buffers: Ruby strings are bytes.
 */
export class AstNode {
  constructor(
    readonly type: TypeDef,
    readonly file: number,
    readonly line: number,
    readonly col: number,
    readonly flags: number,
    readonly values: FieldValue[],
  ) {}

  get kind(): string { return this.type.name; }

  private slot(name: string): FieldValue {
    const i = this.type.index.get(name);
    if (i === undefined) throw new Error(`${this.type.name} has no field '${name}'`);
    return this.values[i];
  }

  has(name: string): boolean { return this.type.index.has(name); }
  /** A node field (required or optional). */
  node(name: string): AstNode | null { return this.slot(name) as AstNode | null; }
  /** A node-list field. */
  nodes(name: string): AstNode[] { return this.slot(name) as AstNode[]; }
  /** A constant-name or string field, decoded as UTF-8. */
  str(name: string): string { return (this.slot(name) as Buffer).toString("utf8"); }
  /** A constant-name or string field as raw bytes. */
  bytes(name: string): Buffer { return this.slot(name) as Buffer; }
  /** An optional constant-name field. */
  optStr(name: string): string | null {
    const v = this.slot(name) as Buffer | null;
    return v === null ? null : v.toString("utf8");
  }
  /** A constant-list field. */
  strs(name: string): string[] { return (this.slot(name) as Buffer[]).map((b) => b.toString("utf8")); }
  /** An integer, double or uint field. Integers beyond 2^53 come as decimal strings. */
  num(name: string): number | string { return this.slot(name) as number | string; }
  loc(name: string): Loc | null { return this.slot(name) as Loc | null; }
}

/** A whole program: the file table and the root node (a ProgramNode). */
export interface AstFile { files: string[]; root: AstNode }

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

/** Escapes bytes for one line of the string pool: valid UTF-8 stays readable. */
export function escapeBytes(bytes: Buffer): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b >= 0x20 && b < 0x7f) {
      out += b === 0x5c ? "\\\\" : String.fromCharCode(b);
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      out += bytes.subarray(i, i + n).toString("utf8");
      i += n;
      continue;
    }
    if (b === 0x0a) out += "\\n";
    else if (b === 0x09) out += "\\t";
    else if (b === 0x0d) out += "\\r";
    else out += "\\x" + b.toString(16).padStart(2, "0");
    i++;
  }
  return out;
}

/** Length of a valid multi-byte UTF-8 sequence starting at i, or 0. */
function utf8SequenceLength(bytes: Buffer, i: number): number {
  const b = bytes[i];
  let n: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) { n = 2; min = 0x80; }
  else if (b >= 0xe0 && b <= 0xef) { n = 3; min = 0x800; }
  else if (b >= 0xf0 && b <= 0xf4) { n = 4; min = 0x10000; }
  else return 0;
  if (i + n > bytes.length) return 0;
  let cp = b & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const c = bytes[i + k];
    if ((c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}

function formatDouble(d: number): string {
  if (Object.is(d, -0)) return "-0.0";
  if (Number.isNaN(d)) return "NaN";
  if (d === Infinity) return "Infinity";
  if (d === -Infinity) return "-Infinity";
  return String(d);
}

/**
 * Serializes a program. Nodes are numbered in post-order (children before
 * parents), so the root is the last node and a reader can build each node
 * from nodes it has already read. Types and strings are numbered by first
 * use in that same order: the same tree always gives the same bytes.
 */
export function writeAst(ast: AstFile): string {
  const ids = new Map<AstNode, number>();
  const types = new Map<TypeDef, number>();
  const strings = new Map<string, number>(); // keyed by the escaped form
  const seen = new Map<Buffer, number>();     // the same Buffer object is escaped once
  const poolLines: string[] = [];

  const intern = (b: Buffer): number => {
    let i = seen.get(b);
    if (i !== undefined) return i;
    const key = escapeBytes(b);
    i = strings.get(key);
    if (i === undefined) {
      i = poolLines.length;
      strings.set(key, i);
      poolLines.push(key);
    }
    seen.set(b, i);
    return i;
  };

  const token = (kind: FieldKind, v: FieldValue): string => {
    switch (kind) {
      case "node": case "node?": return v === null ? "_" : String(ids.get(v as AstNode));
      case "node[]": { const l = v as AstNode[]; return l.length === 0 ? "_" : l.map((c) => ids.get(c)).join(","); }
      case "const": case "string": return String(intern(v as Buffer));
      case "const?": return v === null ? "_" : String(intern(v as Buffer));
      case "const[]": { const l = v as Buffer[]; return l.length === 0 ? "_" : l.map(intern).join(","); }
      case "loc": case "loc?": { if (v === null) return "_"; const l = v as Loc; return `${l.start}+${l.length}`; }
      case "integer": case "uint": return String(v);
      case "double": return formatDouble(v as number);
    }
  };

  // Iterative post-order walk (programs can nest deeper than JS's stack);
  // a node's line is written once its children have their ids.
  const nodeLines: string[] = [];
  const stack: AstNode[] = [ast.root];
  const expanded: boolean[] = [false];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const n = stack[top];
    const fields = n.type.fields;
    if (!expanded[top]) {
      expanded[top] = true;
      for (let i = fields.length - 1; i >= 0; i--) {
        const kind = fields[i].kind;
        const v = n.values[i];
        if (kind === "node" || kind === "node?") {
          if (v) { stack.push(v as AstNode); expanded.push(false); }
        } else if (kind === "node[]") {
          const list = v as AstNode[];
          for (let k = list.length - 1; k >= 0; k--) { stack.push(list[k]); expanded.push(false); }
        }
      }
      continue;
    }
    stack.pop();
    expanded.pop();
    let typeId = types.get(n.type);
    if (typeId === undefined) { typeId = types.size; types.set(n.type, typeId); }
    let line = `N ${typeId} ${n.file} ${n.line} ${n.col} ${n.flags}`;
    for (let i = 0; i < fields.length; i++) line += " " + token(fields[i].kind, n.values[i]);
    ids.set(n, nodeLines.length);
    nodeLines.push(line);
  }

  const out: string[] = [];
  out.push(`${AST_FORMAT} ${AST_VERSION}`);
  out.push(`counts ${ast.files.length} ${types.size} ${poolLines.length} ${nodeLines.length}`);
  for (const f of ast.files) out.push(`F ${escapeBytes(Buffer.from(f, "utf8"))}`);
  for (const t of types.keys()) out.push(`T ${t.name}${t.fields.map((f) => ` ${f.name}:${f.kind}`).join("")}`);
  for (const s of poolLines) out.push(`S ${s}`);
  for (const l of nodeLines) out.push(l);
  out.push(`root ${nodeLines.length - 1}`);
  return out.join("\n") + "\n";
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

export class AstFormatError extends Error {}

function unescapeBytes(s: string): Buffer {
  if (!s.includes("\\")) return Buffer.from(s, "utf8");
  const parts: Buffer[] = [];
  let run = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\") { run += c; continue; }
    const e = s[++i];
    if (e === "\\") run += "\\";
    else if (e === "n") run += "\n";
    else if (e === "t") run += "\t";
    else if (e === "r") run += "\r";
    else if (e === "x") {
      parts.push(Buffer.from(run, "utf8"));
      run = "";
      parts.push(Buffer.from([parseInt(s.slice(i + 1, i + 3), 16)]));
      i += 2;
    } else throw new Error(`bad escape \\${e}`);
  }
  parts.push(Buffer.from(run, "utf8"));
  return Buffer.concat(parts);
}

const FIELD_KINDS = new Set<string>(["node", "node?", "node[]", "const", "const?", "const[]", "loc", "loc?", "string", "integer", "double", "uint"]);

/** Parses an AST file; errors name the file and line. */
export function readAst(text: string, path = "<ast>"): AstFile {
  const lines = text.split("\n");
  let at = 0;      // index of the next line to read
  let current = 0; // index of the line being parsed, for messages
  const fail = (msg: string): never => { throw new AstFormatError(`${path}:${current + 1}: ${msg}`); };
  const next = (): string => {
    current = at;
    return at < lines.length ? lines[at] : fail("unexpected end of file");
  };

  const header = next().split(" ");
  if (header[0] !== AST_FORMAT) fail(`not a kiln AST file (expected '${AST_FORMAT} ${AST_VERSION}')`);
  if (header[1] !== String(AST_VERSION)) fail(`AST format version ${header[1]} is not supported (expected ${AST_VERSION})`);
  at++;
  const counts = next().split(" ");
  if (counts[0] !== "counts" || counts.length !== 5) fail("expected 'counts FILES TYPES STRINGS NODES'");
  const [nFiles, nTypes, nStrings, nNodes] = counts.slice(1).map(Number);
  at++;

  const expect = (prefix: string): string => {
    const l = next();
    if (!l.startsWith(prefix + " ")) fail(`expected a '${prefix}' line`);
    at++;
    return l.slice(prefix.length + 1);
  };

  const files: string[] = [];
  for (let i = 0; i < nFiles; i++) files.push(unescapeBytes(expect("F")).toString("utf8"));

  const types: TypeDef[] = [];
  for (let i = 0; i < nTypes; i++) {
    const [name, ...specs] = expect("T").split(" ");
    const fields = specs.map((spec) => {
      const colon = spec.lastIndexOf(":");
      const kind = spec.slice(colon + 1);
      if (colon < 0 || !FIELD_KINDS.has(kind)) fail(`bad field '${spec}'`);
      return { name: spec.slice(0, colon), kind: kind as FieldKind };
    });
    types.push(makeType(name, fields));
  }

  const pool: Buffer[] = [];
  for (let i = 0; i < nStrings; i++) {
    try { pool.push(unescapeBytes(expect("S"))); } catch (e) { fail((e as Error).message); }
  }

  const nodes: AstNode[] = [];
  const nodeRef = (t: string): AstNode => {
    const i = Number(t);
    if (!Number.isInteger(i) || i < 0 || i >= nodes.length) fail(`bad node reference '${t}'`);
    return nodes[i];
  };
  const poolRef = (t: string): Buffer => {
    const i = Number(t);
    if (!Number.isInteger(i) || i < 0 || i >= pool.length) fail(`bad string reference '${t}'`);
    return pool[i];
  };
  const parse = (kind: FieldKind, t: string): FieldValue => {
    switch (kind) {
      case "node": return nodeRef(t);
      case "node?": return t === "_" ? null : nodeRef(t);
      case "node[]": return t === "_" ? [] : t.split(",").map(nodeRef);
      case "const": case "string": return poolRef(t);
      case "const?": return t === "_" ? null : poolRef(t);
      case "const[]": return t === "_" ? [] : t.split(",").map(poolRef);
      case "loc": case "loc?": {
        if (t === "_") return null;
        const plus = t.indexOf("+");
        return { start: Number(t.slice(0, plus)), length: Number(t.slice(plus + 1)) };
      }
      case "integer": { const n = Number(t); return Number.isSafeInteger(n) ? n : t; }
      case "uint": return Number(t);
      case "double": return Number(t);
    }
  };

  for (let i = 0; i < nNodes; i++) {
    const tokens = expect("N").split(" ");
    const type = types[Number(tokens[0])] ?? fail(`bad type id '${tokens[0]}'`);
    if (tokens.length !== 5 + type.fields.length) fail(`${type.name} needs ${type.fields.length} fields, got ${tokens.length - 5}`);
    const values = type.fields.map((f, k) => parse(f.kind, tokens[5 + k]));
    nodes.push(new AstNode(type, Number(tokens[1]), Number(tokens[2]), Number(tokens[3]), Number(tokens[4]), values));
  }
  const root = Number(expect("root"));
  if (root !== nodes.length - 1) fail("the root must be the last node");
  if (at !== lines.length - 1 || lines[at] !== "") fail("trailing text after the root line");
  return { files, root: nodes[root] };
}

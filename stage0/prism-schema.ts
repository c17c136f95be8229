// prism-schema.ts: every Prism node type with its fields and their kinds, read from Prism's own sources.
//
// @ruby/prism's JavaScript deserializer constructs each node type with one
// expression per field (readRequiredNode(), buffer.readOptionalLocation(), ...),
// and nodes.js names the constructor's parameters. Reading both gives the
// exact schema of the installed Prism, so the AST writer is generic over all
// node types and cannot silently drop a field when Prism grows.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** How a field's value is written in the AST file (docs/ast-format.md). */
export type FieldKind =
  | "node" | "node?" | "node[]"
  | "const" | "const?" | "const[]"
  | "loc" | "loc?"
  | "string" | "integer" | "double" | "uint";

export interface FieldSchema { name: string; prop: string; kind: FieldKind }
export interface NodeSchema { type: string; fields: FieldSchema[] }

const KIND_OF_EXPRESSION: Record<string, FieldKind> = {
  "readRequiredNode()": "node",
  "readOptionalNode()": "node?",
  "Array.from({ length: buffer.readVarInt() }, readRequiredNode)": "node[]",
  "readRequiredConstant()": "const",
  "readOptionalConstant()": "const?",
  "Array.from({ length: buffer.readVarInt() }, readRequiredConstant)": "const[]",
  "buffer.readLocation()": "loc",
  "buffer.readOptionalLocation()": "loc?",
  "buffer.readStringField(flags)": "string",
  "readInteger()": "integer",
  "buffer.readDouble()": "double",
  "buffer.readVarInt()": "uint",
  "buffer.readByte()": "uint",
};

/** Splits a comma-separated argument list at depth 0. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p !== "");
}

/** camelCase constructor parameter -> Prism's snake_case field name. */
function snakeCase(prop: string): string {
  return prop.replace(/_$/, "").replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
}

function prismSourceDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("@ruby/prism"));
}

function loadSchema(): Map<string, NodeSchema> {
  const dir = prismSourceDir();
  const deserializer = readFileSync(join(dir, "deserialize.js"), "utf8");
  const nodes = readFileSync(join(dir, "nodes.js"), "utf8");

  const params = new Map<string, string[]>();
  const classPattern = /export class (\w+) \{[\s\S]*?\n  constructor\(([^)]*)\)/g;
  for (const m of nodes.matchAll(classPattern)) {
    params.set(m[1], m[2].split(",").map((p) => p.trim()));
  }

  const schema = new Map<string, NodeSchema>();
  const newPattern = /new nodes\.(\w+)\(nodeID, location, flags = buffer\.readVarInt\(\)(.*)\);\n/g;
  for (const m of deserializer.matchAll(newPattern)) {
    const type = m[1];
    const expressions = splitArguments(m[2]);
    const names = params.get(type);
    if (!names || names.length !== expressions.length + 3) {
      throw new Error(`prism-schema: cannot match the fields of ${type} in @ruby/prism`);
    }
    const fields = expressions.map((expr, i) => {
      const kind = KIND_OF_EXPRESSION[expr];
      if (!kind) throw new Error(`prism-schema: unknown field reader '${expr}' in ${type}`);
      const prop = names[i + 3];
      return { name: snakeCase(prop), prop, kind };
    });
    schema.set(type, { type, fields });
  }
  if (schema.size < 100) throw new Error(`prism-schema: found only ${schema.size} node types in @ruby/prism`);
  return schema;
}

let cached: Map<string, NodeSchema> | undefined;

/** The schema of every Prism node type, keyed by type name (e.g. "CallNode"). */
export function prismSchema(): Map<string, NodeSchema> {
  cached ??= loadSchema();
  return cached;
}

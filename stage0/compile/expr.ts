// expr.ts: expressions: the dispatch over node kinds, literals, variables, constants, assignments and multiple assignment.

import { AstNode } from "../ast.js";
import { argNodesOf, argValues, binop, compileCall, compileSuper, compileYield } from "./calls.js";
import { controlInto, CONTROL_NODES, compileJump } from "./control.js";
import { Ctx } from "./ctx.js";
import { compileAlias, compileClass, compileDef, compileRequire } from "./defs.js";
import { NIL, Val, cBytes, pure } from "./emit.js";

/** Node kinds outside the dialect with a readable name for the error message. */
const UNSUPPORTED: Record<string, string> = {
  ForNode: "for loops", RedoNode: "redo", DefinedNode: "defined?", RegularExpressionNode: "regular expressions",
  InterpolatedRegularExpressionNode: "regular expressions", MatchLastLineNode: "regular expressions",
  InterpolatedMatchLastLineNode: "regular expressions", MatchWriteNode: "regular expressions",
  NumberedReferenceReadNode: "regexp match variables", BackReferenceReadNode: "regexp match variables",
  XStringNode: "backticks", InterpolatedXStringNode: "backticks", FlipFlopNode: "flip-flops",
  CaseMatchNode: "pattern matching", MatchPredicateNode: "pattern matching", MatchRequiredNode: "pattern matching",
  ClassVariableReadNode: "class variables", ClassVariableWriteNode: "class variables",
  ClassVariableOperatorWriteNode: "class variables", ClassVariableOrWriteNode: "class variables",
  ClassVariableAndWriteNode: "class variables", ClassVariableTargetNode: "class variables",
  UndefNode: "undef", AliasGlobalVariableNode: "global variable aliases", PreExecutionNode: "BEGIN blocks",
  PostExecutionNode: "END blocks", RationalNode: "rational literals", ImaginaryNode: "imaginary literals",
  ForwardingArgumentsNode: "argument forwarding (...)", ForwardingParameterNode: "argument forwarding (...)",
  NumberedParametersNode: "numbered block parameters", ItParametersNode: "the it block parameter",
  ItLocalVariableReadNode: "the it block parameter", SourceEncodingNode: "__ENCODING__",
  ShareableConstantNode: "shareable_constant_value", ConstantOperatorWriteNode: "operator assignment to constants",
  ConstantOrWriteNode: "operator assignment to constants", ConstantAndWriteNode: "operator assignment to constants",
  ConstantPathOperatorWriteNode: "operator assignment to constants", ConstantPathOrWriteNode: "operator assignment to constants",
  ConstantPathAndWriteNode: "operator assignment to constants", GlobalVariableOperatorWriteNode: "operator assignment to globals",
  GlobalVariableOrWriteNode: "operator assignment to globals", GlobalVariableAndWriteNode: "operator assignment to globals",
  GlobalVariableTargetNode: "multiple assignment to globals", ConstantTargetNode: "multiple assignment to constants",
  ConstantPathTargetNode: "multiple assignment to constants", BlockLocalVariableNode: "this block parameter form",
};

/** Constants outside the dialect. */
const UNSUPPORTED_CONSTANTS = new Set(["ObjectSpace", "Binding", "TracePoint", "RubyVM", "Ractor", "Thread", "Fiber"]);

/** Compiles n for its value. */
export function value(cx: Ctx, n: AstNode): Val {
  const fn = cx.fn;
  if (CONTROL_NODES.has(n.kind)) {
    const t = fn.temp();
    controlInto(cx, n, t);
    return pure(t);
  }
  switch (n.kind) {
    case "NilNode": return NIL;
    case "TrueNode": return pure("KN_TRUE");
    case "FalseNode": return pure("KN_FALSE");
    case "SelfNode": return pure("self");
    case "IntegerNode": return integer(n.num("value"));
    case "FloatNode": return { code: `kn_float_new(${floatLit(n.num("value") as number)})`, kind: "effect" };
    case "StringNode": return stringLit(cx, n.bytes("unescaped"), (n.flags & (1 << 4)) !== 0);
    case "XStringNode": break;
    case "SourceFileNode": return stringLit(cx, n.bytes("filepath"), false);
    case "SourceLineNode": return integer(n.line);
    case "InterpolatedStringNode": return interpolated(cx, n.nodes("parts"));
    case "SymbolNode": return pure(cx.sym(n.bytes("unescaped")));
    case "InterpolatedSymbolNode": {
      const s = interpolated(cx, n.nodes("parts"));
      return { code: `kn_send(${s.code}, ${cx.sym("to_sym")}, 0, NULL, KN_NIL)`, kind: "effect" };
    }
    case "ArrayNode": return arrayLit(cx, n.nodes("elements"));
    case "HashNode": return hashLit(cx, n.nodes("elements"), false);
    case "KeywordHashNode": return hashLit(cx, n.nodes("elements"), true);
    case "RangeNode": {
      const [a, b] = operandsOpt(cx, [n.node("left"), n.node("right")]);
      return { code: `kn_range_new(${a}, ${b}, ${(n.flags & 4) !== 0})`, kind: "effect" };
    }
    case "LocalVariableReadNode":
      return { code: cx.scope.ref(n.str("name"), n.num("depth") as number), kind: "var" };
    case "LocalVariableWriteNode": {
      const ref = cx.scope.ref(n.str("name"), n.num("depth") as number);
      fn.emit(`${ref} = ${use(cx, value(cx, n.node("value")!))};`);
      return { code: ref, kind: "var" };
    }
    case "LocalVariableOperatorWriteNode": {
      const ref = cx.scope.ref(n.str("name"), n.num("depth") as number);
      const v = use(cx, value(cx, n.node("value")!));
      fn.emit(`${ref} = ${binop(cx, n.str("binary_operator"), ref, v)};`);
      return { code: ref, kind: "var" };
    }
    case "LocalVariableOrWriteNode": case "LocalVariableAndWriteNode": {
      const ref = cx.scope.ref(n.str("name"), n.num("depth") as number);
      fn.open(n.kind === "LocalVariableOrWriteNode" ? `if (!KN_TEST(${ref})) {` : `if (KN_TEST(${ref})) {`);
      fn.emit(`${ref} = ${use(cx, value(cx, n.node("value")!))};`);
      fn.close();
      return { code: ref, kind: "var" };
    }
    case "InstanceVariableReadNode":
      return { code: `kn_ivar_get(self, ${cx.sym(n.str("name"))})`, kind: "effect" };
    case "InstanceVariableWriteNode": {
      const v = value(cx, n.node("value")!);
      const code = use(cx, v);
      fn.emit(`kn_ivar_set(self, ${cx.sym(n.str("name"))}, ${code});`);
      return v.kind === "effect" ? pure(code) : v;
    }
    case "InstanceVariableOperatorWriteNode": case "InstanceVariableOrWriteNode": case "InstanceVariableAndWriteNode": {
      const s = cx.sym(n.str("name"));
      const t = fn.temp();
      fn.emit(`${t} = kn_ivar_get(self, ${s});`);
      opWrite(cx, n, t, (v) => fn.emit(`kn_ivar_set(self, ${s}, ${v});`));
      return pure(t);
    }
    case "GlobalVariableReadNode": {
      const name = n.str("name");
      if (name === "$!") return { code: "kn_errinfo()", kind: "effect" };
      if (!/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(name)) cx.fail(n, `the special global ${name}`);
      return { code: `kn_gvar_get(${cx.sym(name)})`, kind: "effect" };
    }
    case "GlobalVariableWriteNode": {
      const name = n.str("name");
      if (!/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(name)) cx.fail(n, `the special global ${name}`);
      const v = fn.pin(value(cx, n.node("value")!));
      fn.emit(`kn_gvar_set(${cx.sym(name)}, ${v});`);
      return pure(v);
    }
    case "ConstantReadNode": {
      const name = n.str("name");
      if (UNSUPPORTED_CONSTANTS.has(name)) cx.fail(n, name);
      return { code: cx.constLookup(name), kind: "effect" };
    }
    case "ConstantPathNode": {
      const name = n.optStr("name")!;
      if (n.node("parent") === null) return { code: `kn_const_get(kn_cObject, ${cx.sym(name)})`, kind: "effect" };
      const parent = use(cx, value(cx, n.node("parent")!));
      return { code: `kn_const_get(${parent}, ${cx.sym(name)})`, kind: "effect" };
    }
    case "ConstantWriteNode": {
      const v = fn.pin(value(cx, n.node("value")!));
      fn.emit(`kn_const_set(${cx.cref}, ${cx.sym(n.str("name"))}, ${v});`);
      return pure(v);
    }
    case "ConstantPathWriteNode": {
      const target = n.node("target")!;
      const outer = target.node("parent") ? fn.pin(value(cx, target.node("parent")!)) : "kn_cObject";
      const v = fn.pin(value(cx, n.node("value")!));
      fn.emit(`kn_const_set(${outer}, ${cx.sym(target.optStr("name")!)}, ${v});`);
      return pure(v);
    }
    case "CallNode": return compileCall(cx, n);
    case "IndexOperatorWriteNode": case "IndexOrWriteNode": case "IndexAndWriteNode":
    case "CallOperatorWriteNode": case "CallOrWriteNode": case "CallAndWriteNode":
      return callOpWrite(cx, n);
    case "YieldNode": return compileYield(cx, n);
    case "SuperNode": case "ForwardingSuperNode": return compileSuper(cx, n);
    case "MultiWriteNode": return multiWrite(cx, n);
    case "DefNode": return compileDef(cx, n);
    case "ClassNode": case "ModuleNode": case "SingletonClassNode": return compileClass(cx, n);
    case "AliasMethodNode": return compileAlias(cx, n);
    case "KilnRequireNode": return compileRequire(cx, n);
    case "LambdaNode": return compileCall(cx, n);
    case "BreakNode": case "NextNode": case "ReturnNode": case "RetryNode":
      compileJump(cx, n);
      return NIL;
    case "ImplicitNode": return value(cx, n.node("value")!);
    default: break;
  }
  return cx.fail(n, UNSUPPORTED[n.kind] ?? n.kind.replace(/Node$/, ""));
}

/** Compiles n for its side effects. */
export function discard(cx: Ctx, n: AstNode): void {
  if (CONTROL_NODES.has(n.kind)) controlInto(cx, n, null);
  else cx.fn.discard(value(cx, n));
}

/** Compiles n and stores its value in dest (a C lvalue), or discards it when dest is null. */
export function into(cx: Ctx, n: AstNode | null, dest: string | null): void {
  if (n === null) { if (dest) cx.fn.emit(`${dest} = KN_NIL;`); return; }
  if (CONTROL_NODES.has(n.kind)) { controlInto(cx, n, dest); return; }
  const v = value(cx, n);
  if (dest) cx.fn.emit(`${dest} = ${v.code};`);
  else cx.fn.discard(v);
}

/** A statement list: each statement updates the frame's line; the last one's value goes to dest. */
export function statements(cx: Ctx, n: AstNode | null, dest: string | null): void {
  const body = n === null ? [] : n.kind === "StatementsNode" ? n.nodes("body") : [n];
  if (body.length === 0) { if (dest) cx.fn.emit(`${dest} = KN_NIL;`); return; }
  cx.fn.line = 0; // a statement list may run after code from other lines: set each line afresh
  body.forEach((s, i) => {
    if (s.line !== cx.fn.line) { cx.fn.emit(`f.line = ${s.line};`); cx.fn.line = s.line; }
    into(cx, s, i === body.length - 1 ? dest : null);
  });
}

/** A Val as an operand inside a larger C expression: effects are evaluated into a temporary first. */
export function use(cx: Ctx, v: Val): string {
  return v.kind === "effect" ? cx.fn.pin(v) : v.code;
}

/**
 * Evaluates nodes left to right into C operands that can be used in any
 * order afterwards: effects go to temporaries, and a variable is copied to a
 * temporary if code emitted after it (a later operand) could assign it.
 */
export function operands(cx: Ctx, nodes: AstNode[]): string[] {
  const fn = cx.fn;
  const vals: { v: string; varMark: number }[] = [];
  for (const n of nodes) {
    const v = value(cx, n);
    if (v.kind === "var") vals.push({ v: v.code, varMark: fn.mark });
    else vals.push({ v: use(cx, v), varMark: -1 });
  }
  for (let i = vals.length - 1; i >= 0; i--) {
    const { v, varMark } = vals[i];
    if (varMark >= 0 && fn.mark > varMark) {
      const t = fn.temp();
      fn.insertAt(varMark, `${t} = ${v};`);
      vals[i].v = t;
    }
  }
  return vals.map((x) => x.v);
}

function operandsOpt(cx: Ctx, nodes: (AstNode | null)[]): string[] {
  const present = operands(cx, nodes.filter((n): n is AstNode => n !== null));
  return nodes.map((n) => (n === null ? "KN_NIL" : present.shift()!));
}

function integer(v: number | string): Val {
  const big = BigInt(v);
  const max = (1n << 62n) - 1n;
  if (big > max || big < -max - 1n) return { code: `kn_int_from_str("${big.toString()}", 10)`, kind: "effect" };
  return pure(`KN_INT2FIX(${big.toString()}${big > 2147483647n || big < -2147483648n ? "LL" : ""})`);
}

function floatLit(d: number): string {
  if (!Number.isFinite(d)) return d > 0 ? "(1.0/0.0)" : d < 0 ? "(-1.0/0.0)" : "(0.0/0.0)";
  if (Object.is(d, -0)) return "-0.0";
  const s = String(d);
  return /[.e]/.test(s) ? s : s + ".0";
}

export function stringLit(cx: Ctx, bytes: Buffer, frozen: boolean): Val {
  const lit = `"${cBytes(bytes)}", ${bytes.length}`;
  if (!frozen) return { code: `kn_str_lit(${lit})`, kind: "effect" };
  const s = cx.unit.unique("fstr");
  cx.unit.statics.push(`static kn_value ${s};`);
  return { code: `(${s} ? ${s} : (${s} = kn_str_frozen_lit(${lit})))`, kind: "effect" };
}

/** "a#{b}c": a new String built part by part; each embedded value goes through to_s. */
function interpolated(cx: Ctx, parts: AstNode[]): Val {
  const fn = cx.fn;
  const t = fn.temp();
  fn.emit(`${t} = kn_str_lit("", 0);`);
  for (const p of parts) {
    if (p.kind === "StringNode") {
      fn.emit(`kn_str_concat(${t}, ${stringLit(cx, p.bytes("unescaped"), false).code});`);
      continue;
    }
    let v: string;
    if (p.kind === "EmbeddedStatementsNode") {
      const body = p.node("statements");
      if (body && body.nodes("body").length === 1 && !CONTROL_NODES.has(body.nodes("body")[0].kind)) v = use(cx, value(cx, body.nodes("body")[0]));
      else { v = fn.temp(); statements(cx, body, v); }
    } else if (p.kind === "EmbeddedVariableNode") v = use(cx, value(cx, p.node("variable")!));
    else v = use(cx, value(cx, p));
    fn.emit(`kn_str_concat(${t}, kn_obj_to_s(${v}));`);
  }
  return pure(t);
}

function arrayLit(cx: Ctx, elements: AstNode[]): Val {
  const fn = cx.fn;
  if (!elements.some((e) => e.kind === "SplatNode")) {
    if (elements.length === 0) return { code: "kn_ary_new(0)", kind: "effect" };
    const ops = operands(cx, elements);
    return { code: `kn_ary_new_from(${ops.length}, (kn_value[]){${ops.join(", ")}})`, kind: "effect" };
  }
  const t = fn.temp();
  fn.emit(`${t} = kn_ary_new(${elements.length});`);
  for (const e of elements) {
    if (e.kind === "SplatNode") fn.emit(`kn_ary_concat(${t}, kn_splat(${use(cx, value(cx, e.node("expression")!))}));`);
    else fn.emit(`kn_ary_push(${t}, ${use(cx, value(cx, e))});`);
  }
  return pure(t);
}

/** {k => v, **h}; keyword hashes (brace-less call arguments) are marked KN_FL_KWARGS. */
export function hashLit(cx: Ctx, elements: AstNode[], keywords: boolean): Val {
  const fn = cx.fn;
  const t = fn.temp();
  fn.emit(`${t} = kn_hash_new();`);
  for (const e of elements) {
    if (e.kind === "AssocNode") {
      const [k, v] = operands(cx, [e.node("key")!, e.node("value")!]);
      fn.emit(`kn_hash_aset(${t}, ${k}, ${v});`);
    } else if (e.kind === "AssocSplatNode") {
      if (!e.node("value")) cx.fail(e, "anonymous keyword splat");
      const v = use(cx, value(cx, e.node("value")!));
      fn.emit(`kn_send(${t}, ${cx.sym("update")}, 1, (kn_value[]){${v}}, KN_NIL);`);
    } else cx.fail(e, e.kind);
  }
  if (keywords) fn.emit(`KN_HDR(${t})->flags |= KN_FL_KWARGS;`);
  return pure(t);
}

/** x op= v, x ||= v, x &&= v where t holds x's current value; write stores the new value. */
function opWrite(cx: Ctx, n: AstNode, t: string, write: (v: string) => void): void {
  const fn = cx.fn;
  if (n.kind.endsWith("OperatorWriteNode")) {
    const v = use(cx, value(cx, n.node("value")!));
    fn.emit(`${t} = ${binop(cx, n.str("binary_operator"), t, v)};`);
    write(t);
    return;
  }
  fn.open(n.kind.endsWith("OrWriteNode") ? `if (!KN_TEST(${t})) {` : `if (KN_TEST(${t})) {`);
  fn.emit(`${t} = ${use(cx, value(cx, n.node("value")!))};`);
  write(t);
  fn.close();
}

/** recv[args] op= v and recv.attr op= v (and their ||= and &&= forms). */
function callOpWrite(cx: Ctx, n: AstNode): Val {
  const fn = cx.fn;
  if (n.flags & 4) cx.fail(n, "&. with operator assignment");
  const recvNode = n.node("receiver");
  const recv = recvNode ? fn.pin(value(cx, recvNode)) : "self";
  const selfCall = !recvNode || recvNode.kind === "SelfNode";
  const send = selfCall ? "kn_send_self_cached" : "kn_send_cached";
  const t = fn.temp();
  if (n.kind.startsWith("Index")) {
    if (n.node("block")) cx.fail(n, "a block argument in an index assignment");
    const args = argValues(cx, argNodesOf(n.node("arguments")));
    if (args.splat) cx.fail(n, "a splat in an index assignment");
    const av = args.list;
    fn.emit(`${t} = ${send}(&${cx.unit.callsite()}, ${recv}, ${cx.sym("[]")}, ${av.length}, (kn_value[]){${av.join(", ")}}, KN_NIL);`);
    opWrite(cx, n, t, (v) => fn.emit(`${send}(&${cx.unit.callsite()}, ${recv}, ${cx.sym("[]=")}, ${av.length + 1}, (kn_value[]){${[...av, v].join(", ")}}, KN_NIL);`));
  } else {
    fn.emit(`${t} = ${send}(&${cx.unit.callsite()}, ${recv}, ${cx.sym(n.str("read_name"))}, 0, NULL, KN_NIL);`);
    opWrite(cx, n, t, (v) => fn.emit(`${send}(&${cx.unit.callsite()}, ${recv}, ${cx.sym(n.str("write_name"))}, 1, (kn_value[]){${v}}, KN_NIL);`));
  }
  return pure(t);
}

// ---------------------------------------------------------------------------
// Multiple assignment
// ---------------------------------------------------------------------------

/** Assigns one value to a target; prepared before the right-hand side runs (Ruby 3.1 order). */
type Assign = (v: string) => void;

/**
 * Prepares an assignment target: evaluates its receiver and index arguments
 * now, and returns the function that stores a value into it later.
 */
export function prepareTarget(cx: Ctx, t: AstNode): Assign {
  const fn = cx.fn;
  switch (t.kind) {
    case "LocalVariableTargetNode": {
      const ref = cx.scope.ref(t.str("name"), t.num("depth") as number);
      return (v) => fn.emit(`${ref} = ${v};`);
    }
    case "RequiredParameterNode": {
      const ref = cx.scope.ref(t.str("name"), 0);
      return (v) => fn.emit(`${ref} = ${v};`);
    }
    case "InstanceVariableTargetNode": {
      const s = cx.sym(t.str("name"));
      return (v) => fn.emit(`kn_ivar_set(self, ${s}, ${v});`);
    }
    case "IndexTargetNode": {
      if (t.node("block")) cx.fail(t, "a block argument in an index assignment");
      const recv = fn.pin(value(cx, t.node("receiver")!));
      const args = argValues(cx, argNodesOf(t.node("arguments")));
      if (args.splat) cx.fail(t, "a splat in an index assignment");
      const self = t.node("receiver")!.kind === "SelfNode";
      return (v) => fn.emit(`${self ? "kn_send_self_cached" : "kn_send_cached"}(&${cx.unit.callsite()}, ${recv}, ${cx.sym("[]=")}, ${args.list.length + 1}, (kn_value[]){${[...args.list, v].join(", ")}}, KN_NIL);`);
    }
    case "CallTargetNode": {
      if (t.flags & 4) cx.fail(t, "&. in multiple assignment");
      const recv = fn.pin(value(cx, t.node("receiver")!));
      const self = t.node("receiver")!.kind === "SelfNode";
      return (v) => fn.emit(`${self ? "kn_send_self_cached" : "kn_send_cached"}(&${cx.unit.callsite()}, ${recv}, ${cx.sym(t.str("name"))}, 1, (kn_value[]){${v}}, KN_NIL);`);
    }
    case "MultiTargetNode": {
      const assign = prepareDestructure(cx, t);
      return (v) => assign(v);
    }
    default:
      return cx.fail(t, UNSUPPORTED[t.kind] ?? `assignment to ${t.kind.replace(/Node$/, "")}`);
  }
}

/**
 * `a, (b, *c), d = value`: spreads an Array (a non-Array value counts as a
 * one-element Array) over the targets: leading ones from the front, the
 * splat takes the middle, trailing ones from the end.
 */
export function prepareDestructure(cx: Ctx, n: AstNode): Assign {
  const fn = cx.fn;
  const lefts = n.nodes("lefts").map((t) => prepareTarget(cx, t));
  const restNode = n.node("rest");
  const rest = restNode && restNode.kind === "SplatNode" && restNode.node("expression")
    ? prepareTarget(cx, restNode.node("expression")!) : null;
  const rights = n.nodes("rights").map((t) => prepareTarget(cx, t));
  return (v) => {
    const a = fn.temp();
    fn.emit(`${a} = ${v};`);
    fn.emit(`if (!KN_TYPE_P(${a}, KN_T_ARRAY)) ${a} = kn_ary_new_from(1, (kn_value[]){${a}});`);
    lefts.forEach((assign, i) => assign(`kn_ary_entry(${a}, ${i})`));
    const npre = lefts.length;
    const npost = rights.length;
    if (rest) {
      const k = fn.intTemp();
      fn.emit(`${k} = KN_ARY(${a})->len - ${npre + npost};`);
      rest(`(${k} > 0 ? kn_ary_new_from(${k}, KN_ARY(${a})->ptr + ${npre}) : kn_ary_new(0))`);
    }
    if (npost > 0) {
      const start = fn.intTemp();
      fn.emit(`${start} = KN_ARY(${a})->len - ${npost} > ${npre} ? KN_ARY(${a})->len - ${npost} : ${npre};`);
      rights.forEach((assign, j) => assign(`kn_ary_entry(${a}, ${start} + ${j})`));
    }
  };
}

function multiWrite(cx: Ctx, n: AstNode): Val {
  const assign = prepareDestructure(cx, n);
  const v = cx.fn.pin(value(cx, n.node("value")!));
  assign(v);
  return pure(v);
}

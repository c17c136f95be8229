// calls.ts: method calls, operators, arguments, blocks passed to calls (with break), yield and super.

import { AstNode } from "../ast.js";
import { Ctx } from "./ctx.js";
import { compileBlockFn, programDefines } from "./defs.js";
import { Val, pure } from "./emit.js";
import { operands, use, value } from "./expr.js";
import { isLambdaBlock } from "./scope.js";

/** Methods outside the dialect, by name, whatever the receiver (unless the program defines one of that name). */
const UNSUPPORTED_METHODS: Record<string, string> = {
  eval: "eval", instance_eval: "instance_eval", class_eval: "class_eval", module_eval: "module_eval",
  instance_exec: "instance_exec", class_exec: "class_exec", module_exec: "module_exec",
  define_method: "define_method", define_singleton_method: "define_singleton_method",
  binding: "binding", instance_variable_get: "instance_variable_get", instance_variable_set: "instance_variable_set",
  remove_method: "remove_method", undef_method: "undef_method", method_missing: "method_missing",
  remove_const: "remove_const", const_set: "const_set", class_variable_get: "class_variable_get",
  class_variable_set: "class_variable_set", __method__: "__method__", require: "require (only require_relative)",
  load: "load", autoload: "autoload", callcc: "callcc", set_trace_func: "set_trace_func",
};

/** Binary operators with a kn_op_* fast path (Integer/Float inline, anything else a send). */
const FAST_OPS: Record<string, string> = {
  "+": "kn_op_plus", "-": "kn_op_minus", "*": "kn_op_mul", "/": "kn_op_div", "%": "kn_op_mod",
  "<": "kn_op_lt", "<=": "kn_op_le", ">": "kn_op_gt", ">=": "kn_op_ge", "==": "kn_op_eq",
  "!=": "kn_op_neq", "<=>": "kn_op_cmp", "<<": "kn_op_lshift", "[]": "kn_op_aref",
};

/** `a op b` for operator assignment: the fast path when there is one, else a send. */
export function binop(cx: Ctx, op: string, a: string, b: string): string {
  if (FAST_OPS[op]) return `${FAST_OPS[op]}(${a}, ${b})`;
  return `kn_send_cached(&${cx.unit.callsite()}, ${a}, ${cx.sym(op)}, 1, (kn_value[]){${b}}, KN_NIL)`;
}

/** Positional arguments as C operands, or (with a splat) one Array holding them all. */
export interface Args { list: string[]; splat: string | null }

export function argValues(cx: Ctx, args: AstNode[]): Args {
  for (const a of args) {
    if (a.kind === "ForwardingArgumentsNode") cx.fail(a, "argument forwarding (...)");
    if (a.kind === "KeywordHashNode" && a.nodes("elements").some((e) => e.kind === "AssocSplatNode")) cx.fail(a, "double splat (**) in call arguments");
    if (a.kind === "BlockArgumentNode") cx.fail(a, "a block argument here");
  }
  if (!args.some((a) => a.kind === "SplatNode")) return { list: operands(cx, args), splat: null };
  const fn = cx.fn;
  const t = fn.temp();
  fn.emit(`${t} = kn_ary_new(${args.length});`);
  for (const a of args) {
    if (a.kind === "SplatNode") {
      if (!a.node("expression")) cx.fail(a, "anonymous splat");
      fn.emit(`kn_ary_concat(${t}, kn_splat(${use(cx, value(cx, a.node("expression")!))}));`);
    } else fn.emit(`kn_ary_push(${t}, ${use(cx, value(cx, a))});`);
  }
  return { list: [], splat: t };
}

/** argc, argv for a C call from Args. */
function argvOf(a: Args): string {
  if (a.splat) return `(int)KN_ARY(${a.splat})->len, KN_ARY(${a.splat})->ptr`;
  return a.list.length ? `${a.list.length}, (kn_value[]){${a.list.join(", ")}}` : "0, NULL";
}

/** True if a `break` in this block body leaves the block (not a loop or block nested in it). */
function breaksOut(n: AstNode | null): boolean {
  if (n === null) return false;
  if (n.kind === "BreakNode") return true;
  if (n.kind === "BlockNode" || n.kind === "LambdaNode" || n.kind === "WhileNode" || n.kind === "UntilNode" ||
      n.kind === "DefNode" || n.kind === "ClassNode" || n.kind === "ModuleNode") return false;
  return n.values.some((v, i) => {
    const kind = n.type.fields[i].kind;
    if ((kind === "node" || kind === "node?") && v) return breaksOut(v as AstNode);
    if (kind === "node[]") return (v as AstNode[]).some(breaksOut);
    return false;
  });
}

/** Creates the Proc for a literal block (or lambda) here; returns the temporary holding it. */
function makeProc(cx: Ctx, block: AstNode): string {
  const fn = cx.fn;
  const { name, arity, scope } = compileBlockFn(cx, block);
  const t = fn.temp();
  fn.emit(`${t} = kn_proc_new(${name}, self, ${cx.scope.hasEnv ? "env" : "NULL"}, ${arity}, ${isLambdaBlock(block)});`);
  const owner = scope.returnScope;
  if (owner !== scope && owner.procReturn) {
    if (owner === cx.scope) fn.emit(`KN_PROC(${t})->return_to = &${cx.returnJump};`);
    else fn.emit(`KN_PROC(${t})->return_to = KN_PROC(proc)->return_to;`);
  }
  return t;
}

/** The block argument of a call: a literal block, &expr, or none. */
function blockOf(cx: Ctx, b: AstNode | null): { code: string; literal: boolean } {
  if (b === null) return { code: "KN_NIL", literal: false };
  if (b.kind === "BlockArgumentNode") {
    if (!b.node("expression")) cx.fail(b, "anonymous block arguments (&)");
    const v = cx.fn.pin(value(cx, b.node("expression")!));
    if (b.node("expression")!.kind === "SymbolNode") return { code: `kn_to_proc(${v})`, literal: false };
    return { code: `(${v} == KN_NIL ? KN_NIL : kn_to_proc(${v}))`, literal: false };
  }
  return { code: makeProc(cx, b), literal: true };
}

/** Emits `dest = call`, catching a `break` from the literal block blk when it has one. */
function callWithBlock(cx: Ctx, call: string, block: AstNode | null, blk: { code: string; literal: boolean }): Val {
  if (!blk.literal || !breaksOut(block!.node("body")) || isLambdaBlock(block!)) return { code: call, kind: "effect" };
  const fn = cx.fn;
  fn.protects = true;
  const j = fn.jump();
  const t = fn.temp();
  fn.emit(`KN_PROC(${blk.code})->break_to = &${j};`);
  fn.open(`if (KN_PROTECT(${j}) == 0) {`);
  fn.emit(`${t} = ${call};`);
  fn.emit(`KN_UNPROTECT(${j});`);
  fn.reopen(`} else if (${j}.kind == KN_JUMP_BREAK && ${j}.target == &${j}) {`);
  fn.emit(`${t} = ${j}.value;`);
  fn.reopen("} else {");
  fn.emit(`kn_rethrow(&${j});`);
  fn.close();
  fn.emit(`KN_PROC(${blk.code})->break_to = NULL;`);
  return pure(t);
}

export function compileCall(cx: Ctx, n: AstNode): Val {
  const fn = cx.fn;
  if (n.kind === "LambdaNode") return pure(makeProc(cx, n));
  let name = n.str("name");
  const recvNode = n.node("receiver");
  let argNodes = n.node("arguments") ? n.node("arguments")!.nodes("arguments") : [];
  const blockNode = n.node("block");
  const reflective = (m: string): boolean => UNSUPPORTED_METHODS[m] !== undefined && !programDefines(m);
  if (reflective(name)) cx.fail(n, UNSUPPORTED_METHODS[name]);

  // send(:name, ...) with a literal name is a plain call (send may call private methods).
  let selfCall = recvNode === null || recvNode.kind === "SelfNode";
  if (name === "send" || name === "__send__" || name === "public_send") {
    if (argNodes.length === 0 || argNodes[0].kind !== "SymbolNode") return cx.fail(n, `${name} with a non-literal method name`);
    if (name !== "public_send") selfCall = true;
    name = argNodes[0].str("unescaped");
    argNodes = argNodes.slice(1);
    if (reflective(name)) cx.fail(n, UNSUPPORTED_METHODS[name]);
  }
  if (recvNode === null) {
    if (name === "block_given?" && argNodes.length === 0 && !blockNode) return pure(`KN_BOOL(${cx.blockArg()} != KN_NIL)`);
    // A protected method may be called only from instances of its class: the
    // runtime's sends do not know the caller, so stage0 cannot enforce it.
    if (name === "protected") cx.fail(n, "protected methods");
  }

  // Operators with fast paths.
  const plain = !blockNode && (n.flags & 4) === 0 && !argNodes.some((a) => a.kind === "SplatNode" || a.kind === "KeywordHashNode");
  if (recvNode && plain) {
    if (argNodes.length === 1 && FAST_OPS[name]) {
      const [a, b] = operands(cx, [recvNode, argNodes[0]]);
      return { code: `${FAST_OPS[name]}(${a}, ${b})`, kind: "effect" };
    }
    if (argNodes.length === 0 && name === "!") return { code: `kn_op_not(${use(cx, value(cx, recvNode))})`, kind: "effect" };
    if (argNodes.length === 2 && name === "[]=") {
      const [r, i, v] = operands(cx, [recvNode, ...argNodes]);
      fn.emit(`kn_op_aset(${r}, ${i}, ${v});`);
      return pure(v);
    }
  }

  const sym = cx.sym(name);
  if (recvNode === null && (n.flags & 8) && argNodes.length === 0 && !blockNode) {
    return { code: `kn_send_vcall(&${cx.unit.callsite()}, self, ${sym})`, kind: "effect" };
  }

  // Safe navigation: a&.b(args) is nil when a is nil, and then the arguments are not evaluated.
  if (n.flags & 4) {
    const recv = fn.pin(value(cx, recvNode!));
    const t = fn.temp();
    fn.open(`if (${recv} == KN_NIL) {`);
    fn.emit(`${t} = KN_NIL;`);
    fn.reopen("} else {");
    fn.emit(`${t} = ${use(cx, finishCall(cx, n, recv, false, name, sym, argNodes, blockNode))};`);
    fn.close();
    return pure(t);
  }

  let recv = "self";
  if (recvNode && !argNodes.some((a) => a.kind === "SplatNode")) {
    // Receiver and arguments in one left-to-right operand list.
    const ops = operands(cx, [recvNode, ...argNodes]);
    recv = ops[0];
    return finishCall(cx, n, recv, selfCall, name, sym, argNodes, blockNode, ops.slice(1));
  }
  if (recvNode) recv = fn.pin(value(cx, recvNode));
  return finishCall(cx, n, recv, selfCall, name, sym, argNodes, blockNode);
}

/** The call itself, once the receiver is known; args may already be evaluated. */
function finishCall(cx: Ctx, n: AstNode, recv: string, selfCall: boolean, name: string, sym: string,
                    argNodes: AstNode[], blockNode: AstNode | null, evaluated?: string[]): Val {
  const args: Args = evaluated ? { list: evaluated, splat: null } : argValues(cx, argNodes);
  const blk = blockOf(cx, blockNode);
  let call: string;
  if (args.splat) call = `kn_send_splat(${recv}, ${sym}, ${args.splat}, ${blk.code}, ${selfCall})`;
  else call = `${selfCall ? "kn_send_self_cached" : "kn_send_cached"}(&${cx.unit.callsite()}, ${recv}, ${sym}, ${argvOf(args)}, ${blk.code})`;
  const v = callWithBlock(cx, call, blockNode, blk);
  if ((n.flags & 16) && !args.splat && args.list.length > 0) {
    // An attribute or index assignment's value is the assigned value, not the method's result.
    cx.fn.discard(v);
    return { code: args.list[args.list.length - 1], kind: "var" };
  }
  void name;
  return v;
}

/** The nodes of an ArgumentsNode (none when it is absent). */
export function argNodesOf(n: AstNode | null): AstNode[] { return n ? n.nodes("arguments") : []; }

export function compileYield(cx: Ctx, n: AstNode): Val {
  const args = argValues(cx, argNodesOf(n.node("arguments")));
  return { code: `kn_yield(${cx.blockArg()}, ${argvOf(args)})`, kind: "effect" };
}

/** super(args) and zsuper (`super` alone: the method's own parameters, as they are now). */
export function compileSuper(cx: Ctx, n: AstNode): Val {
  const m = cx.method;
  if (!m) return cx.fail(n, "super outside a method");
  const fn = cx.fn;
  let args: Args;
  if (n.kind === "SuperNode") args = argValues(cx, argNodesOf(n.node("arguments")));
  else args = zsuperArgs(cx, m.params);
  const b = n.node("block");
  const blk = b ? blockOf(cx, b) : { code: cx.blockArg(), literal: false };
  const call = `kn_super((kn_class *)${m.owner}, ${cx.sym(m.name)}, self, ${argvOf(args)}, ${blk.code})`;
  void fn;
  return callWithBlock(cx, call, b, blk);
}

function zsuperArgs(cx: Ctx, params: AstNode | null): Args {
  const fn = cx.fn;
  const home = cx.scope.home;
  const depth = cx.scope.depthOfScope(home);
  const ref = (p: AstNode): string => cx.scope.ref(p.str("name"), depth);
  if (!params) return { list: [], splat: null };
  const pre = params.nodes("requireds"), opt = params.nodes("optionals"), post = params.nodes("posts");
  const rest = params.node("rest"), kws = params.nodes("keywords"), kwrest = params.node("keyword_rest");
  for (const p of [...pre, ...post]) if (p.kind !== "RequiredParameterNode") cx.fail(p, "zsuper with destructuring parameters");
  if ((rest && !rest.optStr("name")) || (kwrest && (kwrest.kind !== "KeywordRestParameterNode" || !kwrest.optStr("name")))) {
    cx.fail(params, "zsuper with anonymous splat parameters");
  }
  let kw: string | null = null;
  if (kws.length || kwrest) {
    kw = fn.temp();
    fn.emit(`${kw} = kn_hash_new();`);
    for (const k of kws) fn.emit(`kn_hash_aset(${kw}, ${cx.sym(k.str("name").replace(/:$/, ""))}, ${ref(k)});`);
    if (kwrest) fn.emit(`kn_send(${kw}, ${cx.sym("update")}, 1, (kn_value[]){${ref(kwrest)}}, KN_NIL);`);
    fn.emit(`KN_HDR(${kw})->flags |= KN_FL_KWARGS;`);
  }
  if (!rest) return { list: [...pre, ...opt, ...post].map(ref).map((r) => fn.pin({ code: r, kind: "var" })).concat(kw ? [kw] : []), splat: null };
  const t = fn.temp();
  fn.emit(`${t} = kn_ary_new(0);`);
  for (const p of [...pre, ...opt]) fn.emit(`kn_ary_push(${t}, ${ref(p)});`);
  fn.emit(`kn_ary_concat(${t}, ${ref(rest)});`);
  for (const p of post) fn.emit(`kn_ary_push(${t}, ${ref(p)});`);
  if (kw) fn.emit(`kn_ary_push(${t}, ${kw});`);
  return { list: [], splat: t };
}

// control.ts: control flow: if/unless/case, &&/||, loops, break/next/return/retry, begin/rescue/else/ensure.

import { AstNode } from "../ast.js";
import { Ctx } from "./ctx.js";
import { Region } from "./emit.js";
import { into, statements, use, value } from "./expr.js";

/** Nodes compiled into a destination rather than to a C expression. */
export const CONTROL_NODES = new Set([
  "IfNode", "UnlessNode", "ElseNode", "CaseNode", "WhileNode", "UntilNode", "BeginNode", "RescueModifierNode",
  "AndNode", "OrNode", "ParenthesesNode", "StatementsNode",
]);

/** A Ruby condition as a C boolean. */
function cond(cx: Ctx, n: AstNode): string {
  return `KN_TEST(${use(cx, value(cx, n))})`;
}

/** Compiles a control node, storing its value in dest (a C lvalue) unless dest is null. */
export function controlInto(cx: Ctx, n: AstNode, dest: string | null): void {
  const fn = cx.fn;
  switch (n.kind) {
    case "StatementsNode": statements(cx, n, dest); return;
    case "ParenthesesNode": statements(cx, n.node("body"), dest); return;
    case "ElseNode": statements(cx, n.node("statements"), dest); return;
    case "IfNode": case "UnlessNode": {
      fn.open(`if (${n.kind === "IfNode" ? "" : "!"}${cond(cx, n.node("predicate")!)}) {`);
      statements(cx, n.node("statements"), dest);
      const other = n.node(n.kind === "IfNode" ? "subsequent" : "else_clause");
      if (other || dest) {
        fn.reopen("} else {");
        into(cx, other, dest);
      }
      fn.close();
      return;
    }
    case "AndNode": case "OrNode": {
      const t = dest ?? fn.temp();
      into(cx, n.node("left"), t);
      fn.open(n.kind === "AndNode" ? `if (KN_TEST(${t})) {` : `if (!KN_TEST(${t})) {`);
      into(cx, n.node("right"), dest);
      fn.close();
      return;
    }
    case "CaseNode": return caseWhen(cx, n, dest);
    case "WhileNode": case "UntilNode": return loop(cx, n, dest);
    case "BeginNode": return begin(cx, n, dest);
    case "RescueModifierNode": {
      rescue(cx, dest, (d) => into(cx, n.node("expression"), d), [{ classes: [], target: null, body: (d) => into(cx, n.node("rescue_expression"), d) }]);
      return;
    }
  }
  cx.fail(n, n.kind);
}

/** case/when: each `when` value is tested with value === subject, in order, lazily. */
function caseWhen(cx: Ctx, n: AstNode, dest: string | null): void {
  const fn = cx.fn;
  const pred = n.node("predicate");
  const subject = pred ? fn.pin(value(cx, pred)) : null;
  const done = cx.unit.label("case_end");
  for (const w of n.nodes("conditions")) {
    if (w.kind !== "WhenNode") cx.fail(w, "pattern matching");
    const body = cx.unit.label("when");
    const next = cx.unit.label("when_next");
    for (const c of w.nodes("conditions")) {
      if (c.kind === "SplatNode") cx.fail(c, "splat in when");
      const v = use(cx, value(cx, c));
      if (subject) fn.emit(`if (KN_TEST(kn_send_cached(&${cx.unit.callsite()}, ${v}, ${cx.sym("===")}, 1, (kn_value[]){${subject}}, KN_NIL))) goto ${body};`);
      else fn.emit(`if (KN_TEST(${v})) goto ${body};`);
      fn.usedLabels.add(body);
    }
    fn.goto(next);
    fn.placeLabel(body);
    statements(cx, w.node("statements"), dest);
    fn.goto(done);
    fn.placeLabel(next);
  }
  into(cx, n.node("else_clause"), dest);
  fn.placeLabel(done);
}

/** while/until, and the begin...end while form that runs the body first. */
function loop(cx: Ctx, n: AstNode, dest: string | null): void {
  const fn = cx.fn;
  const brk = cx.unit.label("break");
  const nxt = cx.unit.label("next");
  const test = (): void => {
    const c = cond(cx, n.node("predicate")!);
    fn.emit(n.kind === "WhileNode" ? `if (!${c}) goto ${brk};` : `if (${c}) goto ${brk};`);
    fn.usedLabels.add(brk);
  };
  const doWhile = (n.flags & 4) !== 0;
  if (dest) fn.emit(`${dest} = KN_NIL;`);
  fn.open("for (;;) {");
  if (!doWhile) test();
  fn.regions.push({ kind: "loop", brk, nxt, dest });
  statements(cx, n.node("statements"), null);
  fn.regions.pop();
  fn.placeLabel(nxt);
  if (doWhile) test();
  fn.close();
  fn.placeLabel(brk);
}

/** The value a break/next/return carries: nil, the one argument, or an Array of several. */
function jumpValue(cx: Ctx, n: AstNode): string {
  const args = n.node("arguments") ? n.node("arguments")!.nodes("arguments") : [];
  if (args.length === 0) return "KN_NIL";
  if (args.length === 1 && args[0].kind !== "SplatNode") return use(cx, value(cx, args[0]));
  const fn = cx.fn;
  const t = fn.temp();
  fn.emit(`${t} = kn_ary_new(${args.length});`);
  for (const a of args) {
    if (a.kind === "SplatNode") fn.emit(`kn_ary_concat(${t}, kn_splat(${use(cx, value(cx, a.node("expression")!))}));`);
    else fn.emit(`kn_ary_push(${t}, ${use(cx, value(cx, a))});`);
  }
  return t;
}

/**
 * Emits a jump to target (a region of this function, or null for the
 * function's exit), leaving every region in between: protected regions are
 * unprotected, and an ensure region runs its ensure clause first and then
 * continues the jump (its dispatch calls this again from outside it).
 */
export function emitJump(cx: Ctx, target: Region | null, final: () => void): void {
  const fn = cx.fn;
  for (let i = fn.regions.length - 1; i >= 0; i--) {
    const r = fn.regions[i];
    if (r === target) break;
    if (r.kind === "protect") fn.emit(`KN_UNPROTECT(${r.jump});`);
    if (r.kind === "ensure") {
      const code = r.conts.length + 1;
      r.conts.push({ code, emit: () => emitJump(cx, target, final) });
      fn.emit(`${r.pend} = ${code};`);
      fn.emit(`KN_UNPROTECT(${r.jump});`);
      fn.goto(r.label);
      return;
    }
  }
  final();
}

/** Leaves the function with value v (already stored in ret). */
function exitFunction(cx: Ctx): void { emitJump(cx, null, () => cx.fn.goto("out")); }

export function compileJump(cx: Ctx, n: AstNode): void {
  const fn = cx.fn;
  const innermost = <K extends Region["kind"]>(kind: K): Extract<Region, { kind: K }> | null => {
    for (let i = fn.regions.length - 1; i >= 0; i--) if (fn.regions[i].kind === kind) return fn.regions[i] as Extract<Region, { kind: K }>;
    return null;
  };
  switch (n.kind) {
    case "BreakNode": case "NextNode": {
      const lp = innermost("loop");
      if (lp) {
        if (n.kind === "BreakNode") {
          const v = jumpValue(cx, n);
          if (lp.dest) fn.emit(`${lp.dest} = ${v};`);
          emitJump(cx, lp, () => fn.goto(lp.brk));
        } else {
          jumpValue(cx, n);
          emitJump(cx, lp, () => fn.goto(lp.nxt));
        }
        return;
      }
      if (!cx.inBlock) cx.fail(n, `${n.kind === "BreakNode" ? "break" : "next"} outside a loop or block`);
      const v = jumpValue(cx, n);
      if (n.kind === "BreakNode" && !cx.scope.lambda) { fn.emit(`kn_break(proc, ${v});`); return; }
      fn.emit(`ret = ${v};`);
      exitFunction(cx);
      return;
    }
    case "ReturnNode": {
      const v = jumpValue(cx, n);
      if (cx.inBlock && !cx.scope.lambda) {
        if (cx.scope.returnScope.kind !== "method" && !cx.scope.returnScope.lambda) cx.fail(n, "return inside a block outside a method");
        fn.emit(`kn_proc_return(proc, ${v});`);
        return;
      }
      if (cx.scope.kind === "class") cx.fail(n, "return in a class body");
      fn.emit(`ret = ${v};`);
      exitFunction(cx);
      return;
    }
    case "RetryNode": {
      const r = innermost("rescue");
      if (!r) return cx.fail(n, "retry outside rescue");
      emitJump(cx, r, () => fn.goto(r.retry));
      return;
    }
  }
}

/** One rescue clause: the classes it matches (empty: StandardError), its `=> target`, its body. */
interface Clause { classes: AstNode[]; target: AstNode | null; body: (dest: string | null) => void }

/**
 * body with rescue clauses. The body runs under KN_PROTECT; when something
 * arrives, a raise is matched against each clause in order (kn_exc_match),
 * anything else (break, return, throw) or an unmatched exception goes on.
 */
function rescue(cx: Ctx, dest: string | null, body: (d: string | null) => void, clauses: Clause[], elseBody?: (d: string | null) => void): void {
  const fn = cx.fn;
  fn.protects = true;
  const j = fn.jump();
  const retry = cx.unit.label("retry");
  const done = cx.unit.label("rescue_end");
  fn.placeLabel(retry);
  fn.open(`if (KN_PROTECT(${j}) == 0) {`);
  fn.regions.push({ kind: "protect", jump: j });
  body(elseBody ? null : dest);
  fn.regions.pop();
  fn.emit(`KN_UNPROTECT(${j});`);
  if (elseBody) elseBody(dest);
  fn.reopen("} else {");
  fn.emit(`if (${j}.kind != KN_JUMP_RAISE) kn_rethrow(&${j});`);
  fn.regions.push({ kind: "rescue", retry });
  for (const c of clauses) {
    const match = cx.unit.label("rescue");
    const next = cx.unit.label("rescue_next");
    if (c.classes.length === 0) fn.emit(`if (kn_exc_match(${j}.value, kn_eStandardError)) goto ${match};`);
    for (const k of c.classes) {
      if (k.kind === "SplatNode") cx.fail(k, "splat in rescue");
      fn.emit(`if (kn_exc_match(${j}.value, ${use(cx, value(cx, k))})) goto ${match};`);
    }
    fn.usedLabels.add(match);
    fn.goto(next);
    fn.placeLabel(match);
    const saved = fn.temp();
    fn.emit(`${saved} = kn_errinfo();`);
    fn.emit(`kn_set_errinfo(${j}.value);`);
    if (c.target) {
      const t = c.target;
      if (t.kind === "LocalVariableTargetNode") fn.emit(`${cx.scope.ref(t.str("name"), t.num("depth") as number)} = ${j}.value;`);
      else if (t.kind === "InstanceVariableTargetNode") fn.emit(`kn_ivar_set(self, ${cx.sym(t.str("name"))}, ${j}.value);`);
      else cx.fail(t, "this rescue target");
    }
    c.body(dest);
    fn.emit(`kn_set_errinfo(${saved});`);
    fn.goto(done);
    fn.placeLabel(next);
  }
  fn.emit(`kn_rethrow(&${j});`);
  fn.regions.pop();
  fn.close();
  fn.placeLabel(done);
  fn.usedLabels.add(done);
}

/**
 * ensure: the body runs under KN_PROTECT; the ensure clause is emitted once,
 * after it. pend says how the body was left: 0 normally, -1 by a longjmp
 * (rethrown after the clause), k > 0 by the k-th static jump through it.
 */
function ensure(cx: Ctx, dest: string | null, body: (d: string | null) => void, clause: AstNode | null): void {
  const fn = cx.fn;
  fn.protects = true;
  const j = fn.jump();
  const pend = fn.intTemp();
  const label = cx.unit.label("ensure");
  const region: Region = { kind: "ensure", jump: j, pend, label, conts: [] };
  fn.emit(`${pend} = 0;`);
  fn.open(`if (KN_PROTECT(${j}) == 0) {`);
  fn.regions.push(region);
  body(dest);
  fn.regions.pop();
  fn.emit(`KN_UNPROTECT(${j});`);
  fn.reopen("} else {");
  fn.emit(`${pend} = -1;`);
  fn.close();
  fn.placeLabel(label);
  statements(cx, clause, null);
  fn.emit(`if (${pend} == -1) kn_rethrow(&${j});`);
  for (const c of region.conts) {
    fn.open(`if (${pend} == ${c.code}) {`);
    c.emit();
    fn.close();
  }
}

function begin(cx: Ctx, n: AstNode, dest: string | null): void {
  const body = (d: string | null): void => statements(cx, n.node("statements"), d);
  const rescueNode = n.node("rescue_clause");
  const elseNode = n.node("else_clause");
  const withRescue = (d: string | null): void => {
    if (!rescueNode) {
      body(elseNode ? null : d);
      if (elseNode) into(cx, elseNode, d);
      return;
    }
    const clauses: Clause[] = [];
    for (let r: AstNode | null = rescueNode; r; r = r.node("subsequent")) {
      const stmts = r.node("statements");
      clauses.push({ classes: r.nodes("exceptions"), target: r.node("reference"), body: (dd) => statements(cx, stmts, dd) });
    }
    rescue(cx, d, body, clauses, elseNode ? (dd) => into(cx, elseNode, dd) : undefined);
  };
  const ens = n.node("ensure_clause");
  if (ens) ensure(cx, dest, withRescue, ens.node("statements"));
  else withRescue(dest);
}

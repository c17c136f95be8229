// scope.ts: local-variable scopes and closure conversion: which locals blocks capture, and where each local lives in C.
//
// Every Ruby local is a C local `l_name`, except locals that a nested block
// reads or writes: those live in the scope's env, a kn_alloc'ed array of
// kn_value whose slot 0 points to the enclosing scope's env. A block's
// kn_proc carries the env of the scope that created it.

import { AstNode } from "../ast.js";

/** The method's block and self are reachable from blocks through these pseudo-locals. */
export const BLOCK_LOCAL = "%blk";

export type ScopeKind = "top" | "method" | "class" | "block";

export class Scope {
  readonly captured = new Set<string>();
  readonly slots = new Map<string, number>();
  /** For method-like scopes: a non-lambda block inside returns from it (needs a kn_jump for proc returns). */
  procReturn = false;
  /** Block scopes: counts the block levels below the enclosing method, for frame names. */
  readonly level: number;

  constructor(
    readonly kind: ScopeKind,
    readonly node: AstNode,
    readonly parent: Scope | null, // enclosing scope, for blocks only
    readonly locals: string[],
    readonly lambda = false,
  ) {
    this.level = parent && kind === "block" ? (parent.kind === "block" ? parent.level + 1 : 1) : 0;
  }

  /** Has its own env array (some local of it is captured). */
  get ownEnv(): boolean { return this.captured.size > 0; }
  /** Has an env pointer at all: its own or one inherited from enclosing scopes. */
  get hasEnv(): boolean { return this.ownEnv || (this.parent !== null && this.parent.hasEnv); }

  /** The method, class body or top level this scope's blocks belong to. */
  get home(): Scope { let s: Scope = this; while (s.parent) s = s.parent; return s; }

  /** The scope that `return` leaves: the innermost lambda, or the home. */
  get returnScope(): Scope { let s: Scope = this; while (s.parent && !s.lambda) s = s.parent; return s; }

  capture(name: string): void {
    if (!this.captured.has(name)) {
      this.captured.add(name);
      this.slots.set(name, this.slots.size + 1);
    }
  }

  /** The C lvalue of local `name` seen from this scope at Prism depth `depth`. */
  ref(name: string, depth: number): string {
    let target: Scope = this;
    for (let i = 0; i < depth; i++) target = target.parent!;
    if (!target.captured.has(name)) {
      if (depth !== 0) throw new Error(`compiler bug: uncaptured local ${name} at depth ${depth}`);
      return cLocal(name);
    }
    let ptr = "env";
    let s: Scope = this;
    for (let i = 0; i < depth; i++) { if (s.ownEnv) ptr = `UP(${ptr})`; s = s.parent!; }
    return `${ptr}[${target.slots.get(name)}]`;
  }

  /** Number of block levels from this scope up to s. */
  depthOfScope(s: Scope): number {
    let d = 0;
    for (let c: Scope = this; c !== s; c = c.parent!) d++;
    return d;
  }

  /** Depth of `name` as Prism would count it from this scope, or -1 if not visible. */
  depthOf(name: string): number {
    let s: Scope | null = this;
    for (let d = 0; s; d++, s = s.parent) if (s.locals.includes(name)) return d;
    return -1;
  }
}

export const cLocal = (name: string): string => `l_${name}`;

const LOCAL_REFS = new Set([
  "LocalVariableReadNode", "LocalVariableWriteNode", "LocalVariableTargetNode",
  "LocalVariableOperatorWriteNode", "LocalVariableOrWriteNode", "LocalVariableAndWriteNode",
]);

/** Names of every method the program defines (`def name`), anywhere. */
export function definedMethodNames(root: AstNode): Set<string> {
  const names = new Set<string>();
  const walk = (n: AstNode): void => {
    if (n.kind === "DefNode") names.add(n.str("name"));
    n.values.forEach((v, i) => {
      const kind = n.type.fields[i].kind;
      if ((kind === "node" || kind === "node?") && v) walk(v as AstNode);
      else if (kind === "node[]") for (const c of v as AstNode[]) walk(c);
    });
  };
  walk(root);
  return names;
}

/**
 * Walks the program once and builds the scope of every method, class body,
 * block and lambda, marking the locals nested blocks capture. Returns scopes
 * keyed by their node (ProgramNode, DefNode, ClassNode, ModuleNode,
 * SingletonClassNode, BlockNode, LambdaNode).
 */
export function analyzeScopes(root: AstNode): Map<AstNode, Scope> {
  const scopes = new Map<AstNode, Scope>();

  const walk = (n: AstNode, scope: Scope): void => {
    let inner = scope;
    switch (n.kind) {
      case "ProgramNode":
        inner = new Scope("top", n, null, n.strs("locals"));
        break;
      case "DefNode":
        inner = new Scope("method", n, null, n.strs("locals"));
        break;
      case "ClassNode": case "ModuleNode": case "SingletonClassNode":
        // The class path and superclass are evaluated outside the body.
        for (const f of ["constant_path", "superclass", "expression"]) {
          if (n.has(f) && n.node(f)) walk(n.node(f)!, scope);
        }
        inner = new Scope("class", n, null, n.strs("locals"));
        scopes.set(n, inner);
        if (n.node("body")) walk(n.node("body")!, inner);
        return;
      case "BlockNode": case "LambdaNode": {
        const lambda = n.kind === "LambdaNode" || (n as AstNode & { lambdaBlock?: boolean }).lambdaBlock === true;
        inner = new Scope("block", n, scope, n.strs("locals"), lambda);
        break;
      }
      default:
        if (LOCAL_REFS.has(n.kind)) {
          const depth = n.num("depth") as number;
          if (depth > 0) {
            let s = scope;
            for (let i = 0; i < depth; i++) s = s.parent!;
            s.capture(n.str("name"));
          }
        } else if (n.kind === "YieldNode" || n.kind === "SuperNode" || n.kind === "ForwardingSuperNode" ||
                   (n.kind === "CallNode" && n.node("receiver") === null && n.str("name") === "block_given?")) {
          if (scope.kind === "block") scope.home.capture(BLOCK_LOCAL);
          if (n.kind === "ForwardingSuperNode" && scope.kind === "block") {
            for (const name of scope.home.locals) scope.home.capture(name);
          }
        } else if (n.kind === "ReturnNode" && scope.kind === "block" && !scope.lambda) {
          scope.returnScope.procReturn = true;
        }
    }
    if (inner !== scope) scopes.set(n, inner);
    n.values.forEach((v, i) => {
      const kind = n.type.fields[i].kind;
      if ((kind === "node" || kind === "node?") && v) walk(v as AstNode, inner);
      else if (kind === "node[]") for (const c of v as AstNode[]) walk(c, inner);
    });
  };

  markLambdaBlocks(root);
  walk(root, new Scope("top", root, null, []));
  return scopes;
}

/** Marks the literal block of a receiverless `lambda { }` call: it is a lambda, as `-> { }` is. */
function markLambdaBlocks(n: AstNode): void {
  if (n.kind === "CallNode" && n.node("receiver") === null && n.str("name") === "lambda" &&
      n.node("arguments") === null && n.node("block")?.kind === "BlockNode") {
    (n.node("block") as AstNode & { lambdaBlock?: boolean }).lambdaBlock = true;
  }
  n.values.forEach((v, i) => {
    const kind = n.type.fields[i].kind;
    if ((kind === "node" || kind === "node?") && v) markLambdaBlocks(v as AstNode);
    else if (kind === "node[]") for (const c of v as AstNode[]) markLambdaBlocks(c);
  });
}

/** True if `name` is a lambda block (`-> {}` or `lambda {}`). */
export function isLambdaBlock(n: AstNode): boolean {
  return n.kind === "LambdaNode" || (n as AstNode & { lambdaBlock?: boolean }).lambdaBlock === true;
}

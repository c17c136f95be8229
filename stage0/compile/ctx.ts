// ctx.ts: what the compiler knows while translating one C function: the unit, the function, the Ruby scope and the lexical class.

import { AstNode } from "../ast.js";
import { Fn, Stage0Error, Unit, cStr, where } from "./emit.js";
import { BLOCK_LOCAL, Scope } from "./scope.js";

/** The lexically enclosing class body, as generated code sees it. */
export interface Lexical {
  /** Static array holding the lexical nesting, innermost first (`nest_3`), or null at top level. */
  nest: string | null;
  depth: number;
  /** C-name fragment of the class path (`Foo_Bar`), "" at top level. */
  path: string;
}

/** The method being compiled, for blocks inside it and for super. */
export interface MethodInfo {
  name: string;
  /** Static holding the class the method was defined in (set when the def runs), for super. */
  owner: string;
  params: AstNode | null;
}

export class Ctx {
  /** The C function's name without its prefix, to name the blocks inside it. */
  fnBase = "";

  constructor(
    readonly unit: Unit,
    readonly fn: Fn,
    readonly scope: Scope,
    readonly lex: Lexical,
    readonly method: MethodInfo | null,
    readonly fileId: number,
    /** The kn_jump catching `return` from procs created here, if this function owns one. */
    readonly returnJump: string | null,
  ) {}

  get files(): string[] { return this.unit.files; }
  get fileName(): string { return this.unit.files[this.fileId]; }
  get fileLit(): string { return cStr(this.fileName); }
  get inBlock(): boolean { return this.scope.kind === "block"; }

  sym(name: string | Buffer): string { return this.unit.sym(name); }

  fail(n: AstNode, construct: string): never {
    throw new Stage0Error(`${where(this.files, n)}: stage0 does not support ${construct}`);
  }

  /** C expression of the method's block (nil-or-Proc) from here. */
  blockArg(): string {
    if (!this.inBlock) return this.scope.kind === "method" ? "blk" : "KN_NIL";
    const home = this.scope.home;
    if (home.kind !== "method") return "KN_NIL";
    return this.scope.ref(BLOCK_LOCAL, this.scope.depthOfScope(home));
  }

  /** The constant lookup call for `name` with the static lexical nesting. */
  constLookup(name: string): string {
    const s = this.sym(name);
    return this.lex.nest ? `kn_const_lookup(${this.lex.depth}, ${this.lex.nest}, ${s})` : `kn_const_lookup(0, NULL, ${s})`;
  }

  /** The class constants and `def` go into: the class body's self, or Object at top level. */
  get cref(): string { return this.lex.nest ? `${this.lex.nest}[0]` : "kn_cObject"; }
}

// defs.ts: C functions for the top level, methods, blocks and class bodies; parameter binding; def, class, module, alias, require_relative.

import { AstNode } from "../ast.js";
import { Ctx, Lexical, MethodInfo } from "./ctx.js";
import { Fn, Unit, Val, cStr, mangle, pure } from "./emit.js";
import { prepareDestructure, statements, use, value } from "./expr.js";
import { BLOCK_LOCAL, Scope, cLocal, isLambdaBlock } from "./scope.js";

/** Classes and modules of the core library: reopening them is outside the dialect. */
const CORE = new Set([
  "BasicObject", "Object", "Module", "Class", "Kernel", "Comparable", "Enumerable", "NilClass", "TrueClass",
  "FalseClass", "Numeric", "Integer", "Float", "String", "Symbol", "Array", "Hash", "Range", "Proc", "Struct",
  "Regexp", "MatchData", "IO", "File", "Dir", "Time", "Math", "Process", "GC", "ObjectSpace", "Method",
  "UnboundMethod", "Encoding", "Enumerator", "Exception", "StandardError", "RuntimeError", "ArgumentError",
  "TypeError", "NameError", "NoMethodError", "ZeroDivisionError", "IndexError", "KeyError", "RangeError",
  "StopIteration", "FrozenError", "IOError", "SystemExit", "ScriptError", "NotImplementedError", "Signal",
  "Marshal", "Random", "Rational", "Complex", "Thread", "Fiber", "Set", "Warning",
]);

/** Per-program state the function builders share. */
export interface Program {
  unit: Unit;
  scopes: Map<AstNode, Scope>;
  /** Methods the program defines itself: calls to them are never rejected as reflection. */
  defined: Set<string>;
}
let program: Program;
export function setProgram(p: Program): void { program = p; }
export function programDefines(name: string): boolean { return program.defined.has(name); }

function scopeOf(n: AstNode): Scope {
  const s = program.scopes.get(n);
  if (!s) throw new Error(`compiler bug: no scope for ${n.kind} at line ${n.line}`);
  return s;
}

/** What kind of C function: its signature and how self and the env are set up. */
type FnKind = "top" | "method" | "block" | "class";

const SIGNATURES: Record<FnKind, string> = {
  top: "(void)",
  method: "(kn_value self, int argc, const kn_value *argv, kn_value blk)",
  block: "(kn_value proc, int argc, const kn_value *argv, kn_value blk)",
  class: "(kn_value self)",
};

/**
 * Builds one C function. prologue binds parameters; body compiles the Ruby
 * body into `ret`. The frame is pushed first and popped at the single exit
 * `out`; a function whose blocks `return` through it catches that with jr.
 */
function buildFunction(opts: {
  kind: FnKind; name: string; comment: string; frameName: string; node: AstNode; scope: Scope;
  lex: Lexical; method: MethodInfo | null; nest?: { array: string; parent: Lexical };
  prologue: (cx: Ctx) => void; body: (cx: Ctx) => void;
}): void {
  const { unit } = program;
  const fn = new Fn(unit);
  const scope = opts.scope;
  const ownsReturn = scope.procReturn && (opts.kind === "method" || scope.lambda || opts.kind === "top");
  const cx = new Ctx(unit, fn, scope, opts.lex, opts.method, opts.node.file, ownsReturn ? "jr" : null);
  const pre: string[] = [];
  if (opts.kind === "top") pre.push("  kn_value self UNUSED = kn_top_self;");
  if (opts.kind === "block") pre.push("  kn_value self UNUSED = KN_PROC(proc)->self;");
  fn.emit(`KN_FRAME_PUSH(f, ${cStr(opts.frameName)}, ${cStr(unit.files[opts.node.file])}, ${opts.node.line});`);
  fn.line = opts.node.line;
  if (opts.nest) {
    fn.emit(`${opts.nest.array}[0] = self;`);
    for (let i = 0; i < opts.nest.parent.depth; i++) fn.emit(`${opts.nest.array}[${i + 1}] = ${opts.nest.parent.nest}[${i}];`);
  }
  // The env: captured locals, slot 0 pointing to the enclosing scope's env.
  const size = `sizeof(kn_value) * ${scope.captured.size + 1}`;
  if (scope.ownEnv) {
    const up = opts.kind === "block" ? "(kn_value)KN_PROC(proc)->env" : "0";
    pre.push(`  kn_value *env = kn_alloc(${size});`);
    fn.emit(`env[0] = ${up};`);
    for (const [name, slot] of scope.slots) {
      fn.emit(`env[${slot}] = ${name === BLOCK_LOCAL ? "blk" : "KN_NIL"}; /* ${name === BLOCK_LOCAL ? "the method's block" : name} */`);
    }
  } else if (scope.hasEnv) {
    pre.push("  kn_value *env UNUSED = KN_PROC(proc)->env;");
  }
  opts.prologue(cx);
  if (ownsReturn) {
    fn.protects = true;
    fn.open("if (KN_PROTECT(jr) == 0) {");
    fn.regions.push({ kind: "protect", jump: "jr" });
    opts.body(cx);
    fn.regions.pop();
    fn.emit("KN_UNPROTECT(jr);");
    fn.reopen("} else if (jr.kind == KN_JUMP_RETURN && jr.target == &jr) {");
    fn.emit("ret = jr.value;");
    fn.reopen("} else {");
    fn.emit("kn_rethrow(&jr);");
    fn.close();
  } else {
    opts.body(cx);
  }
  fn.placeLabel("out");
  fn.emit("KN_FRAME_POP(f);");
  fn.emit("return ret;");

  const q = fn.protects ? "volatile " : "";
  const locals = scope.locals.filter((l) => !scope.captured.has(l)).map((l) => `${cLocal(l)} UNUSED = KN_NIL`);
  const decls = [`  kn_frame f;`, `  ${q}kn_value ret = KN_NIL;`];
  for (let i = 0; i < locals.length; i += 6) decls.push(`  ${q}kn_value ${locals.slice(i, i + 6).join(", ")};`);
  if (ownsReturn) decls.push("  kn_jump jr;");
  const proto = `static kn_value ${opts.name}${SIGNATURES[opts.kind]}`;
  unit.protos.push(proto + ";");
  unit.functions.push([`/* ${opts.comment} */`, proto + " {", ...pre, ...decls, ...fn.declarations(), ...fn.body(), "}", ""].join("\n"));
}

// ---------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------

interface ParamList { pre: AstNode[]; opt: AstNode[]; rest: AstNode | null; post: AstNode[]; kw: AstNode[]; kwrest: AstNode | null; block: AstNode | null }

function paramList(cx: Ctx, p: AstNode | null): ParamList {
  if (!p) return { pre: [], opt: [], rest: null, post: [], kw: [], kwrest: null, block: null };
  const kwrest = p.node("keyword_rest");
  if (kwrest?.kind === "ForwardingParameterNode") cx.fail(kwrest, "argument forwarding (...)");
  if (kwrest?.kind === "NoKeywordsParameterNode") cx.fail(kwrest, "**nil");
  return {
    pre: p.nodes("requireds"), opt: p.nodes("optionals"), rest: p.node("rest"), post: p.nodes("posts"),
    kw: p.nodes("keywords"), kwrest: p.node("keyword_rest"), block: p.node("block"),
  };
}

/** Proc#arity / the method's (min, max) positional argument counts. */
function arityOf(pl: ParamList): { min: number; max: number; procArity: number } {
  const req = pl.pre.length + pl.post.length;
  const hasRest = pl.rest !== null && pl.rest.kind === "RestParameterNode";
  const max = hasRest ? -1 : req + pl.opt.length;
  const requiredKw = pl.kw.some((k) => k.kind === "RequiredKeywordParameterNode");
  const procArity = hasRest || pl.opt.length > 0 ? -(req + 1) : requiredKw ? req + 1 : req;
  return { min: req, max, procArity };
}

/** Binds one positional parameter (a name or a destructuring pattern) to the C value v. */
function bindParam(cx: Ctx, p: AstNode, v: string): void {
  if (p.kind === "RequiredParameterNode") cx.fn.emit(`${cx.scope.ref(p.str("name"), 0)} = ${v};`);
  else if (p.kind === "MultiTargetNode") prepareDestructure(cx, p)(v);
  else cx.fail(p, p.kind);
}

function bindDefault(cx: Ctx, p: AstNode, given: string, v: string): void {
  const fn = cx.fn;
  const ref = cx.scope.ref(p.str("name"), 0);
  fn.open(`if (${given}) {`);
  fn.emit(`${ref} = ${v};`);
  fn.reopen("} else {");
  fn.emit(`${ref} = ${use(cx, value(cx, p.node("value")!))};`);
  fn.close();
}

/**
 * Method (and lambda) parameters: strict arity. Keywords come as a trailing
 * Hash marked KN_FL_KWARGS; it is copied, each keyword taken out of it, and
 * what remains is either **rest or an unknown-keyword error.
 */
function bindStrict(cx: Ctx, pl: ParamList): void {
  const fn = cx.fn;
  const { min, max } = arityOf(pl);
  const hasKw = pl.kw.length > 0 || pl.kwrest !== null;
  fn.emit("int argn UNUSED = argc;");
  if (hasKw) {
    fn.emit("kn_value kw = KN_UNDEF;");
    fn.open("if (argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH) && (KN_HDR(argv[argc - 1])->flags & KN_FL_KWARGS)) {");
    fn.emit(`kw = kn_send(argv[argc - 1], ${cx.sym("dup")}, 0, NULL, KN_NIL);`);
    fn.emit("KN_HDR(kw)->flags &= ~(uint32_t)KN_FL_KWARGS;");
    fn.emit("argn = argc - 1;");
    fn.close();
  } else if (pl.pre.length + pl.opt.length + pl.post.length > 0 || pl.rest) {
    fn.emit("KW_POSITIONAL(argc, argv);");
  }
  fn.emit(`kn_check_arity(argn, ${min}, ${max});`);
  pl.pre.forEach((p, i) => bindParam(cx, p, `argv[${i}]`));
  const npre = pl.pre.length, nopt = pl.opt.length, npost = pl.post.length;
  pl.opt.forEach((p, j) => bindDefault(cx, p, `argn > ${min + j}`, `argv[${npre + j}]`));
  if (pl.rest && pl.rest.kind === "RestParameterNode") {
    const k = `argn - ${npre + nopt + npost}`;
    const v = `(${k} > 0 ? kn_ary_new_from(${k}, argv + ${npre + nopt}) : kn_ary_new(0))`;
    if (pl.rest.optStr("name")) fn.emit(`${cx.scope.ref(pl.rest.optStr("name")!, 0)} = ${v};`);
  }
  pl.post.forEach((p, k) => bindParam(cx, p, `argv[argn - ${npost - k}]`));
  if (hasKw) {
    const key = cx.sym("key?"), del = cx.sym("delete");
    const refs = pl.kw.map((k) => cx.scope.ref(k.str("name"), 0));
    pl.kw.forEach((k, i) => fn.emit(`${refs[i]} = kw_take(kw, ${cx.sym(k.str("name"))}, ${key}, ${del});`));
    const required = pl.kw.map((k, i) => [k, refs[i]] as const).filter(([k]) => k.kind === "RequiredKeywordParameterNode");
    if (required.length) {
      fn.emit("kn_value missing = kn_ary_new(0);");
      for (const [k, r] of required) fn.emit(`if (${r} == KN_UNDEF) kn_ary_push(missing, ${cx.sym(k.str("name"))});`);
      fn.emit(`if (KN_ARY(missing)->len > 0) kw_error("missing", missing);`);
    }
    pl.kw.forEach((k, i) => {
      if (k.kind !== "OptionalKeywordParameterNode") return;
      fn.open(`if (${refs[i]} == KN_UNDEF) {`);
      fn.emit(`${refs[i]} = ${use(cx, value(cx, k.node("value")!))};`);
      fn.close();
    });
    if (pl.kwrest && pl.kwrest.optStr("name")) {
      fn.emit(`${cx.scope.ref(pl.kwrest.optStr("name")!, 0)} = kw == KN_UNDEF ? kn_hash_new() : kw;`);
    } else if (!pl.kwrest) {
      fn.emit(`if (kw != KN_UNDEF && !KN_TEST(kn_send(kw, ${cx.sym("empty?")}, 0, NULL, KN_NIL))) kw_error("unknown", kn_send(kw, ${cx.sym("keys")}, 0, NULL, KN_NIL));`);
    }
  }
  if (pl.block && pl.block.optStr("name")) fn.emit(`${cx.scope.ref(pl.block.optStr("name")!, 0)} = blk;`);
}

/**
 * Proc parameters, as Ruby binds a block's: missing arguments are nil, extra
 * ones dropped, and one Array argument is spread over several parameters.
 */
function bindLenient(cx: Ctx, pl: ParamList): void {
  const fn = cx.fn;
  if (pl.post.length) cx.fail(pl.post[0], "block parameters after a splat");
  if (pl.kw.length || pl.kwrest) cx.fail(pl.kw[0] ?? pl.kwrest!, "keyword parameters in blocks");
  const npre = pl.pre.length, nopt = pl.opt.length;
  const spread = (npre > 0 || nopt > 0) && !(npre === 1 && nopt === 0 && pl.rest === null);
  fn.emit("int argn UNUSED = argc;");
  fn.emit("const kn_value *av UNUSED = argv;");
  if (spread) {
    fn.open("if (argn == 1 && KN_TYPE_P(av[0], KN_T_ARRAY)) {");
    fn.emit("kn_value a0 = av[0];");
    fn.emit("argn = (int)KN_ARY(a0)->len;");
    fn.emit("av = KN_ARY(a0)->ptr;");
    fn.close();
  }
  pl.pre.forEach((p, i) => bindParam(cx, p, `(argn > ${i} ? av[${i}] : KN_NIL)`));
  pl.opt.forEach((p, j) => bindDefault(cx, p, `argn > ${npre + j}`, `av[${npre + j}]`));
  if (pl.rest && pl.rest.kind === "RestParameterNode" && pl.rest.optStr("name")) {
    const k = `argn - ${npre + nopt}`;
    fn.emit(`${cx.scope.ref(pl.rest.optStr("name")!, 0)} = ${k} > 0 ? kn_ary_new_from(${k}, av + ${npre + nopt}) : kn_ary_new(0);`);
  }
  if (pl.block && pl.block.optStr("name")) fn.emit(`${cx.scope.ref(pl.block.optStr("name")!, 0)} = blk;`);
}

// ---------------------------------------------------------------------------
// Functions for each kind of scope
// ---------------------------------------------------------------------------

function frameSuffix(s: Scope, methodName: string | null): string {
  const home = s.home;
  if (home.kind === "method") return methodName!;
  if (home.kind === "class") return classFrameName(home.node);
  return home.node.file === 0 ? "<main>" : "<top (required)>";
}

function classFrameName(n: AstNode): string {
  if (n.kind === "SingletonClassNode") return "singleton class";
  return `<${n.kind === "ClassNode" ? "class" : "module"}:${n.str("name")}>`;
}

/** The top level of the main file or of a required file. */
export function compileTop(unit: Unit, root: AstNode, name: string): void {
  const scope = scopeOf(root);
  const file = unit.files[root.file];
  buildFunction({
    kind: "top", name, comment: `${file}: the top level`, frameName: root.file === 0 ? "<main>" : "<top (required)>",
    node: root, scope, lex: { nest: null, depth: 0, path: "" }, method: null,
    prologue: (cx) => { cx.fnBase = name.replace(/^top_/, ""); },
    body: (cx) => statements(cx, root.node("statements"), "ret"),
  });
}

/** A literal block or lambda: its C function, and its Proc arity. */
export function compileBlockFn(cx: Ctx, n: AstNode): { name: string; arity: number; scope: Scope } {
  const scope = scopeOf(n);
  const params = n.node("parameters");
  if (params && params.kind !== "BlockParametersNode") cx.fail(params, params.kind === "NumberedParametersNode" ? "numbered block parameters" : "the it block parameter");
  const pl = paramList(cx, params ? params.node("parameters") : null);
  const name = program.unit.numbered(`blk_${cx.fnBase}`);
  const levels = scope.level;
  const frameName = `block ${levels > 1 ? `(${levels} levels) ` : ""}in ${frameSuffix(scope, cx.method?.name ?? null)}`;
  const lambda = isLambdaBlock(n);
  buildFunction({
    kind: "block", name, comment: `${cx.fileName}:${n.line} ${lambda ? "lambda" : "block"} in ${cx.fnBase}`,
    frameName, node: n, scope, lex: cx.lex, method: cx.method,
    prologue: (bcx) => {
      bcx.fnBase = name.replace(/^blk_/, "");
      if (lambda) {
        if (pl.kw.length || pl.kwrest) cx.fail(pl.kw[0] ?? pl.kwrest!, "keyword parameters in lambdas");
        bindStrict(bcx, pl);
      } else bindLenient(bcx, pl);
    },
    body: (bcx) => statements(bcx, n.node("body"), "ret"),
  });
  return { name, arity: arityOf(pl).procArity, scope };
}

function usesSuper(n: AstNode | null): boolean {
  if (n === null) return false;
  if (n.kind === "SuperNode" || n.kind === "ForwardingSuperNode") return true;
  if (n.kind === "DefNode" || n.kind === "ClassNode" || n.kind === "ModuleNode") return false;
  return n.values.some((v, i) => {
    const kind = n.type.fields[i].kind;
    if ((kind === "node" || kind === "node?") && v) return usesSuper(v as AstNode);
    if (kind === "node[]") return (v as AstNode[]).some(usesSuper);
    return false;
  });
}

/** `def name ... end` runs here: defines the method on the enclosing class; its value is the name. */
export function compileDef(cx: Ctx, n: AstNode): Val {
  const fn = cx.fn;
  const name = n.str("name");
  if (name === "method_missing" || name === "respond_to_missing?") cx.fail(n, name);
  if (cx.scope.kind === "block") cx.fail(n, "def inside a block");
  if (cx.scope.kind === "method") cx.fail(n, "def inside a method");
  const recv = n.node("receiver");
  if (recv && recv.kind !== "SelfNode") cx.fail(n, "singleton methods on objects other than self");
  if (recv && cx.scope.kind === "top") cx.fail(n, "def self. at the top level");
  const singleton = recv !== null;
  const fname = program.unit.unique(`m_${cx.lex.path ? cx.lex.path + "_" : ""}${singleton ? "s_" : ""}${mangle(name)}`);
  const owner = program.unit.unique(`owner_${fname.slice(2)}`);
  const super_ = usesSuper(n.node("body")) || usesSuper(n.node("parameters"));
  if (super_) program.unit.statics.push(`static kn_value ${owner}; /* where ${fname} is defined, for super */`);
  const pl = paramList(cx, n.node("parameters"));
  const method: MethodInfo = { name, owner, params: n.node("parameters") };
  const who = `${cx.lex.path ? cx.lex.path.replace(/_/g, "::") : "Object"}${singleton ? "." : "#"}${name}`;
  buildFunction({
    kind: "method", name: fname, comment: `${cx.fileName}:${n.line} ${who}`, frameName: name, node: n,
    scope: scopeOf(n), lex: cx.lex, method,
    prologue: (mcx) => { mcx.fnBase = fname.slice(2); bindStrict(mcx, pl); },
    body: (mcx) => statements(mcx, n.node("body"), "ret"),
  });
  const { min, max } = arityOf(pl);
  const s = cx.sym(name);
  const define = (target: string, vis: string): void => {
    if (super_) fn.emit(`${owner} = ${target};`);
    fn.emit(`kn_define_method_sym(${target}, ${s}, ${fname}, ${min}, ${max}, ${vis});`);
  };
  if (cx.scope.kind === "top") define("kn_cObject", "KN_PRIVATE");
  else if (singleton) define("kn_singleton_class(self)", "KN_PUBLIC");
  else define("self", "KN_PUBLIC /* or the default a bare private/module_function set */");
  return pure(s);
}

/** class/module/class << self: defines or reopens it, then runs its body as a C function. */
export function compileClass(cx: Ctx, n: AstNode): Val {
  const fn = cx.fn;
  if (cx.scope.kind === "block") cx.fail(n, "class definitions inside a block");
  let klass: string;
  let pathName: string;
  if (n.kind === "SingletonClassNode") {
    if (n.node("expression")!.kind !== "SelfNode") cx.fail(n, "class << on objects other than self");
    if (cx.scope.kind !== "class") cx.fail(n, "class << self outside a class body");
    klass = fn.temp();
    fn.emit(`${klass} = kn_singleton_class(self);`);
    pathName = `${cx.lex.path}_singleton`;
  } else {
    const cpath = n.node("constant_path")!;
    const name = n.str("name");
    let outer: string;
    if (cpath.kind === "ConstantReadNode") {
      if (cx.lex.nest === null && CORE.has(name)) cx.fail(n, `reopening core ${n.kind === "ModuleNode" ? "module" : "class"} ${name}`);
      outer = cx.cref;
      pathName = (cx.lex.path ? cx.lex.path + "_" : "") + name;
    } else {
      const parent = cpath.node("parent");
      if (parent === null && CORE.has(name)) cx.fail(n, `reopening core ${n.kind === "ModuleNode" ? "module" : "class"} ${name}`);
      outer = parent ? fn.pin(value(cx, parent)) : "kn_cObject";
      pathName = (cx.lex.path ? cx.lex.path + "_" : "") + constPathName(cpath);
    }
    klass = fn.temp();
    if (n.kind === "ClassNode") {
      const sup = n.node("superclass") ? use(cx, value(cx, n.node("superclass")!)) : "KN_UNDEF";
      fn.emit(`${klass} = kn_define_class(${outer}, ${cStr(name)}, ${sup});`);
    } else {
      fn.emit(`${klass} = kn_define_module(${outer}, ${cStr(name)});`);
    }
  }
  const unit = program.unit;
  const bodyName = unit.unique(`c_${pathName}`);
  const nest = unit.unique(`nest_${pathName}`);
  const lex: Lexical = { nest, depth: cx.lex.depth + 1, path: pathName };
  unit.statics.push(`static kn_value ${nest}[${lex.depth}]; /* lexical nesting of ${bodyName}, innermost first */`);
  const frameName = classFrameName(n);
  buildFunction({
    kind: "class", name: bodyName, comment: `${cx.fileName}:${n.line} ${frameName}`, frameName, node: n,
    scope: scopeOf(n), lex, method: null, nest: { array: nest, parent: cx.lex },
    prologue: (ccx) => { ccx.fnBase = bodyName.slice(2); },
    body: (ccx) => statements(ccx, n.node("body"), "ret"),
  });
  const t = fn.temp();
  fn.emit(`${t} = ${bodyName}(${klass});`);
  return pure(t);
}

function constPathName(n: AstNode): string {
  if (n.kind === "ConstantReadNode") return n.str("name");
  const parent = n.node("parent");
  return (parent ? constPathName(parent) + "_" : "") + n.optStr("name");
}

export function compileAlias(cx: Ctx, n: AstNode): Val {
  if (cx.scope.kind !== "class" && cx.scope.kind !== "top") cx.fail(n, "alias outside a class body");
  const a = n.node("new_name")!, b = n.node("old_name")!;
  if (a.kind !== "SymbolNode" || b.kind !== "SymbolNode") cx.fail(n, "alias with interpolated names");
  const target = cx.scope.kind === "top" ? "kn_cObject" : "self";
  cx.fn.emit(`kn_alias_method(${target}, ${cx.sym(a.bytes("unescaped"))}, ${cx.sym(b.bytes("unescaped"))});`);
  return pure("KN_NIL");
}

/** require_relative: the required file's top level runs here the first time (a C function of its own). */
export function compileRequire(cx: Ctx, n: AstNode): Val {
  const prog = n.node("program");
  if (!prog) return pure("KN_FALSE");
  const base = program.unit.files[n.num("file") as number].replace(/^.*\//, "").replace(/\.rb$/, "");
  const name = program.unit.unique(`top_${mangle(base)}`);
  compileTop(program.unit, prog, name);
  cx.fn.emit(`${name}();`);
  return pure("KN_TRUE");
}

// index.ts: stage0's entry point: an AST file (docs/ast-format.md) of a stage1-dialect program -> one C file.

import { AstFile } from "../ast.js";
import { compileTop, setProgram } from "./defs.js";
import { Unit } from "./emit.js";
import { analyzeScopes, definedMethodNames } from "./scope.js";

export { Stage0Error } from "./emit.js";

/**
 * Translates a whole program to C against runtime-c/kiln.h. Throws
 * Stage0Error (`file:line: stage0 does not support <construct>`) for anything
 * outside the dialect (docs/stage1-dialect.md).
 */
export function compileProgram(ast: AstFile): string {
  const unit = new Unit(ast.files);
  setProgram({ unit, scopes: analyzeScopes(ast.root), defined: definedMethodNames(ast.root) });
  compileTop(unit, ast.root, unit.unique("top_main"));
  return unit.text(ast.files[0], "top_main");
}

// tslib for both browser builds (rollup.config.mjs): the one helper TypeScript's output takes from
// it, __decorate, as tslib writes it less what the elements' decorators never use: the branch
// for a page's Reflect.decorate (reflect-metadata's, which applies them the same way) and the
// skip of an empty slot in the list (TypeScript lists each decorator written). Rollup also kept
// tslib's unused `typeof SuppressedError == "function" && SuppressedError` (a global read).
// A helper missing here fails the build.
export function __decorate(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? (desc = Object.getOwnPropertyDescriptor(target, key)) : desc;
  for (var i = decorators.length; i--; ) r = (c < 3 ? decorators[i](r) : c > 3 ? decorators[i](target, key, r) : decorators[i](target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
}

/**
 * Not tslib's: the reactive properties of a class, as Lit's property decorators declare them one
 * by one (compact-properties.mjs writes the calls).
 */
export function __properties(cls, options) {
  for (const name in options) cls.createProperty(name, options[name]);
}

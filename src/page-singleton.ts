/**
 * One value for the whole page or process, shared by every copy of the package in it (an app's
 * bundle and the embed script; an element module and `pioneer-viz/server`): the first copy to
 * ask makes it, under `Symbol.for('pioneer-viz.<name>')`, and the others use that one.
 */
export function pageSingleton<T>(name: string, make: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[Symbol.for(`pioneer-viz.${name}`)] ??= make());
}

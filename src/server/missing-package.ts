import { createRequire } from 'node:module';

/**
 * A package the server side needs is not installed: says which, and the command that installs it.
 * The server side's packages (a DOM without a browser, Lit's server renderer, the PNG rasteriser)
 * are optional peer dependencies in package.json, not dependencies: an app that draws charts in
 * the browser does not install them (with resvg's binary, about 25 MB), and a server app or the
 * command line installs them beside pioneer-viz.
 */
export class MissingPackageError extends Error {
  constructor(readonly packageName: string, forWhat: string) {
    super(`${forWhat} needs ${packageName}, which is not installed (a browser app does not need it, so installing pioneer-viz does not bring it): npm install ${packageName}`);
  }
}

/** The CommonJS package `name` (resvg's binding), loaded only when asked for: MissingPackageError if it is not installed. */
export function requireServerPackage<T>(name: string, forWhat: string): T {
  try {
    return createRequire(import.meta.url)(name) as T;
  } catch (e) {
    // Only the package itself missing (not a package that fails as it loads, e.g. a binary for
    // another platform: that error is its own, and says more).
    if ((e as { code?: unknown } | null)?.code === 'MODULE_NOT_FOUND' && String((e as Error).message).includes(`'${name}'`)) throw new MissingPackageError(name, forWhat);
    throw e;
  }
}

// Packages the lead installs for a feature (imagetracerjs, jpeg-js): loaded when first needed, so
// the subgraph starts and everything else works without them; callers say what is missing.
const loaded = new Map<string, Promise<unknown>>();

/** The package's export (CommonJS default unwrapped), or null when it is not installed. */
export function optionalPackage<T>(name: string): Promise<T | null> {
  let module = loaded.get(name);
  if (!module) {
    module = import(name).then(
      (m: { default?: unknown }) => m.default ?? m,
      (error: { code?: string }) => {
        if (error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'MODULE_NOT_FOUND') return null;
        throw error;
      },
    );
    loaded.set(name, module);
  }
  return module as Promise<T | null>;
}

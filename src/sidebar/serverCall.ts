/**
 * The one seam between sidebar and server: google.script.run wrapped in promises and typed
 * from the server API, so a renamed or re-typed server function is a type error here.
 */
import type { ServerApi } from '../addon/serverApi';

type Promised<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

export const server = new Proxy({} as Promised<ServerApi>, {
  get:
    (_target, name: string) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject) as unknown as Record<
          string,
          (...a: unknown[]) => void
        >;
        runner[name]!(...args);
      }),
});

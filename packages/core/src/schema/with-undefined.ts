/**
 * `T` with `| undefined` allowed on every optional property, deeply: the shape zod gives its
 * outputs. Used only in compile-time checks that a schema's output fits a public type.
 */
export type WithUndefined<T> = T extends readonly (infer U)[]
  ? readonly WithUndefined<U>[]
  : T extends object
    ? {
        [K in keyof T]: undefined extends T[K]
          ? WithUndefined<T[K]> | undefined
          : WithUndefined<T[K]>;
      }
    : T;

import { z } from "zod";

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * The fields of an input schema without their defaults, to build a patch from. zod applies a field's default even
 * inside `.partial()`, so a patch made straight from the input would fill every absent field with its default
 * and wipe what is stored (a patch of `{ positions: 3 }` would also reset `tasks` to "").
 */
export function withoutDefaults<Shape extends z.ZodRawShape>(shape: Shape): { [K in keyof Shape]: WithoutDefault<Shape[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field])) as {
    [K in keyof Shape]: WithoutDefault<Shape[K]>;
  };
}

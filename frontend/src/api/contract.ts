// Compile-time helper for the features' `types.contract.ts` files: `SameKeys<Here, Generated>` is
// `true` when a hand-written API type names exactly the fields of the generated schema, otherwise
// an object type naming the differences (so that `= true` fails vue-tsc with a readable message).
export type SameKeys<Here, Generated> = [Exclude<keyof Here, keyof Generated>, Exclude<keyof Generated, keyof Here>] extends [never, never]
  ? true
  : { onlyInTypesTs: Exclude<keyof Here, keyof Generated>; onlyInOpenApi: Exclude<keyof Generated, keyof Here> }

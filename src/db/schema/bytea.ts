import { customType } from "drizzle-orm/pg-core";

/** Raw bytes. pg hands back a Buffer, PGlite a Uint8Array: both come out as a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * The version of the published bank format (`schemas/bank.v1.json`). A module of its own, with no
 * Zod, so the `<study-quiz>` element can check a file's version without bundling the schemas.
 */
export const BANK_SCHEMA_VERSION = 1;
